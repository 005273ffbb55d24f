// Where things sit on a slide, against the deck's grid (styles/theme.css): one left edge for
// every slide's content, a bottom edge clear of the progress rail, and content that fills the
// slide rather than leaving most of it empty. Positions are in pixels of the 980 × 552 slide.
// (Texts drawn over each other: overlappingTexts in legibility.ts.)
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

    return {
      left,
      bottom,
      filled: { height: (bottom - top) / (frame.height / scale), width: (right - left) / slideWidth },
    }
  }, { no, slideWidth: SLIDE_WIDTH })
}
