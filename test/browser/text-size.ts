// How large each text on a slide is drawn, against the floors that keep it legible from the back of
// a room. Sizes are in pixels of Slidev's 980 × 552 slide, whatever the window's size: SVG text is
// measured at the size its chart is drawn.
import type { Page } from 'playwright-chromium'

/** Slidev's slide width, the unit every floor is given in. */
export const SLIDE_WIDTH = 980

/**
 * The scale's floors (styles/theme.css), for slides the room watches. Main text, anything not
 * named below: body text, 22 px. Chart values and labels: 20 px. Secondary labels the room may
 * still read (kickers, units, keys, the progress rail, credits): 18 px. A chart's one source line,
 * read from the front rows: 14 px.
 */
export const MAIN_TEXT_FLOOR = 22

/** The first matching rule applies. */
export const TEXT_FLOORS: { what: string, selector: string, floor: number }[] = [
  {
    what: 'source line under a chart',
    selector: '.comparison-chart__source',
    floor: 14,
  },
  {
    what: 'secondary label',
    selector: [
      '.kicker, .slidev-layout.impact h1, .unit-label, .scale-end, .baseline-key, .model-badge__name, .progress-rail',
      '.slidev-layout.agenda li em, .closing__credit, .slidev-layout.cover h1 + p + p',
      // the running case's line under an impact chart, the recap diagram's column leads
      '.case-strip--compact, .conclusion__levers p, .conclusion__impacts p',
    ].join(', '),
    floor: 18,
  },
  {
    what: 'chart value or label',
    selector: [
      '.row-label, .value-label, .side-label, .gap-label, .slidev-layout.impact h1 + p',
      // a diagram's labels (the recap), the running case, how an activity works and its timer's caption
      '.conclusion__model li, .conclusion__scene, .case-strip, .discussion__format, .activity-timer__caption',
      // the closing's contact line, and the appendix's summary tables
      '.closing__contact, .slidev-layout.summary',
    ].join(', '),
    floor: 20,
  },
]

/**
 * Handout pages, by their kind: the publisher's notice in two languages (sources) and the
 * references (figure-sources) are read in the PDF, not from the back of the room. Every text there
 * may go down to the scale's source size, 14 px.
 */
export const HANDOUT_KINDS = ['sources', 'figure-sources']
export const HANDOUT_FLOOR = 14

/** The largest number of sizes the slides of one edition draw their text in (styles/theme.css). */
export const MAX_TYPE_SIZES = 8

/** One drawn text of a slide: its first words, its tag, its size in slide pixels, and the floor it is held to. */
export interface DrawnText {
  tag: string
  text: string
  size: number
  floor: number
  what: string
}

/**
 * Every text drawn on displayed slide `no`, with its size and its floor (TEXT_FLOORS; on a
 * `handout` page, the handout floor). Hidden text (the charts' tables for screen readers, SVG
 * titles) is not drawn and not measured.
 */
export function drawnTexts(page: Page, no: number, handout = false): Promise<DrawnText[]> {
  const floors = handout ? [{ what: 'handout text', selector: '*', floor: HANDOUT_FLOOR }] : TEXT_FLOORS
  return page.evaluate(({ no, slideWidth, mainFloor, floors }) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const slideScale = slide.getBoundingClientRect().width / slideWidth
    const found: DrawnText[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
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
      found.push({ tag: element.tagName.toLowerCase(), text: text.slice(0, 40), size, floor: rule?.floor ?? mainFloor, what: rule?.what ?? 'main text' })
    }
    return found
  }, { no, slideWidth: SLIDE_WIDTH, mainFloor: MAIN_TEXT_FLOOR, floors })
}

/** The texts drawn below their floor, as `tag "text…" 17.1 px < 18 px (secondary label)`. */
export function belowFloors(texts: DrawnText[]): string[] {
  return texts.filter(({ size, floor }) => size < floor - 0.05)
    .map(({ tag, text, size, floor, what }) => `${tag} "${text}" ${size.toFixed(1)} px < ${floor} px (${what})`)
}

/** The sizes the texts are drawn in, to the half pixel: the type scale they use. */
export function typeSizes(texts: DrawnText[]): number[] {
  return [...new Set(texts.map(({ size }) => Math.round(size * 2) / 2))].sort((a, b) => b - a)
}

/** Every text of displayed slide `no` drawn below its floor (drawnTexts, belowFloors). */
export async function textBelowFloors(page: Page, no: number, handout = false): Promise<string[]> {
  return belowFloors(await drawnTexts(page, no, handout))
}
