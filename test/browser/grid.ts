// Where things sit on a slide, against the deck's grid (styles/theme.css): one left edge for
// every slide's content, chart labels that never collide, and content that fills the slide
// rather than leaving most of it empty. Positions are in pixels of the 980 × 552 slide.
import type { Page } from 'playwright-chromium'
import { SLIDE_WIDTH } from './text-size'

/** --edge-x: where every slide's content starts. */
export const GRID_LEFT_EDGE = 56
/** 552 − --edge-bottom: where every slide's content ends, clear of the progress rail under it. */
export const GRID_BOTTOM_EDGE = 500
/** A balanced slide's content spans at least this share of the slide's height and width. */
export const MIN_FILLED = { height: 0.5, width: 0.6 }

export interface SlideGeometry {
  /** The leftmost and the lowest edge of the slide's content. */
  left: number
  bottom: number
  /** The share of the slide's height and width its content spans. */
  filled: { height: number, width: number }
  /** Pairs of chart texts whose boxes overlap, as `"21.2*" × "B2B 4.8× B2C"`. */
  chartCollisions: string[]
}

/**
 * Measures displayed slide `no`. Content is every visible element of the slide's layout but the
 * layout itself and panels that run to the slide's edge on purpose (`data-bleed`, whose own
 * content still counts); the progress rail is not content.
 */
export function slideGeometry(page: Page, no: number): Promise<SlideGeometry> {
  return page.evaluate(({ no, slideWidth }) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const frame = slide.getBoundingClientRect()
    const scale = frame.width / slideWidth
    const inSlide = (rect: DOMRect) => ({
      left: (rect.left - frame.left) / scale,
      right: (rect.right - frame.left) / scale,
      top: (rect.top - frame.top) / scale,
      bottom: (rect.bottom - frame.top) / scale,
    })
    const visible = (element: Element) => {
      const style = getComputedStyle(element)
      return style.visibility !== 'hidden' && Number(style.opacity) > 0 && element.getClientRects().length > 0
    }
    const layout = slide.querySelector('.slidev-layout')!
    const boxes = [...layout.querySelectorAll('*')]
      .filter(element => !element.hasAttribute('data-bleed') && !element.closest('.sr-only, title, desc, .slidev-vclick-hidden'))
      .filter(element => visible(element))
      .map(element => inSlide(element.getBoundingClientRect()))
      .filter(box => box.right > box.left && box.bottom > box.top)
    const left = Math.min(...boxes.map(box => box.left))
    const right = Math.max(...boxes.map(box => box.right))
    const top = Math.min(...boxes.map(box => box.top))
    const bottom = Math.max(...boxes.map(box => box.bottom))

    const chartCollisions: string[] = []
    for (const svg of layout.querySelectorAll('.comparison-chart svg')) {
      const texts = [...svg.querySelectorAll('text')]
        .filter(text => text.textContent?.trim() && Number(getComputedStyle(text).opacity) > 0 && Number(getComputedStyle(text.parentElement!).opacity) > 0)
        .map(text => ({ text: text.textContent!.trim(), box: inSlide(text.getBoundingClientRect()) }))
      texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
        // Half a pixel of tolerance: glyph boxes of neighbouring lines may touch.
        const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5
          && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5
        if (overlap)
          chartCollisions.push(`"${a.text}" × "${b.text}"`)
      }))
    }
    return {
      left,
      bottom,
      filled: { height: (bottom - top) / (frame.height / scale), width: (right - left) / slideWidth },
      chartCollisions,
    }
  }, { no, slideWidth: SLIDE_WIDTH })
}
