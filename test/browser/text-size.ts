// How large each text on a slide is drawn, against the floors that keep it legible from the back of
// a room. Sizes are in pixels of Slidev's 980 × 552 slide, whatever the window's size: SVG text is
// measured at the size its chart is drawn.
import type { Page } from 'playwright-chromium'

/** Slidev's slide width, the unit every floor is given in. */
export const SLIDE_WIDTH = 980

/** Main text: headings, lead lines, bullets, card text. Anything not named below. */
export const MAIN_TEXT_FLOOR = 18

/**
 * Text that may be smaller than main text, by what it is; the first matching rule applies. Chart
 * category labels and values, and reference tables read in the handout: 16 px. Axis ticks, units
 * and secondary labels: 13 px. Source lines and credits: 11 px. Nothing is smaller.
 */
export const TEXT_FLOORS: { what: string, selector: string, floor: number }[] = [
  {
    what: 'source line, reference or credit',
    selector: '.comparison-chart__source, .source-list, .credits',
    floor: 11,
  },
  {
    what: 'axis tick, unit or secondary label',
    selector: [
      '.tick-label, .unit-label, .baseline-key, .side-label, .gap, .model-badge__name, .cover-art',
      '.cover-eyebrow, .slidev-layout.cover h1 + p + p, .slidev-layout.closing h1 + p',
      '.section__kicker, .discussion__kicker, .slidev-layout.agenda li em, .notice-label',
      '.slidev-layout.figure-sources h1 + p',
    ].join(', '),
    floor: 13,
  },
  {
    what: 'chart label or value, reference table',
    selector: '.row-label, .value-label, .comparison-chart__title, .slidev-layout.summary table, .slidev-layout.sources h1 + p, .notice-pair',
    floor: 16,
  },
]

/**
 * Every text of displayed slide `no` drawn below its floor, as `tag "text…" 12.1 px < 13 px
 * (axis tick, unit or secondary label)`. Hidden text (the charts' tables for screen readers, SVG
 * titles) is not drawn and not measured.
 */
export function textBelowFloors(page: Page, no: number): Promise<string[]> {
  return page.evaluate(({ no, slideWidth, mainFloor, floors }) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const slideScale = slide.getBoundingClientRect().width / slideWidth
    const found: string[] = []
    const walker = document.createTreeWalker(slide.querySelector('.slidev-layout')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const element = node.parentElement
      if (!text || !element || element.closest('.sr-only, title, desc') || element.getClientRects().length === 0)
        continue
      const computed = Number.parseFloat(getComputedStyle(element).fontSize)
      // SVG text scales with its drawing: measure it on screen, back in slide pixels.
      const size = element instanceof SVGGraphicsElement
        ? computed * element.getScreenCTM()!.a / slideScale
        : computed
      const rule = floors.find(({ selector }) => element.closest(selector))
      const floor = rule?.floor ?? mainFloor
      if (size < floor - 0.05)
        found.push(`${element.tagName.toLowerCase()} "${text.slice(0, 40)}" ${size.toFixed(1)} px < ${floor} px (${rule?.what ?? 'main text'})`)
    }
    return found
  }, { no, slideWidth: SLIDE_WIDTH, mainFloor: MAIN_TEXT_FLOOR, floors: TEXT_FLOORS })
}
