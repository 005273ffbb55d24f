// The learner handout's page plan: which slides share a page, at what width, so that nothing on
// paper prints under 6.5 pt. A slide whose smallest text reads at that size 12.6 cm wide goes three
// a page with ruled lines beside it, the height of the slide; one whose smallest text (a chart's
// source line) needs more goes 17 cm wide, two a page, with lines under it. The references are not
// a thumbnail: they are a page of their own at 9 pt, and the learner's first-step box comes last.
// Every length is in millimetres, on A4: the print's CSS (tools/print.ts) draws these very sizes,
// so a planned page is a printed page.

/** The smallest size anything on the handout is printed at, in points. */
export const SMALLEST_PRINTED_PT = 6.5

/** A4 within its margins, and the parts of a page, in millimetres. */
export const HANDOUT_PAPER = {
  margin: { x: 14, y: 12 },
  width: 210 - 2 * 14,
  height: 297 - 2 * 12,
  /** The running header (title, page number) and the space under it. */
  header: 9,
  /** The first page's lines for the learner's name and the date, under the header. */
  nameLine: 14,
  /** Under each slide: its number. */
  caption: 6,
  /** Between two rows. */
  gap: 5,
  /** The ruled lines under a wide slide. */
  linesUnder: 24,
  /** The learner's first-step box, last. */
  firstStep: 62,
} as const

/** How wide a slide prints, three or two a page. */
export const SLIDE_WIDTH_MM = { narrow: 126, wide: 170 } as const

export type SlideWidth = keyof typeof SLIDE_WIDTH_MM

/** What the plan knows of a slide: its number, the smallest text on it in the slide's own pixels, and whether it is the references. */
export interface HandoutSlide {
  no: number
  smallestTextPx: number
  references?: boolean
}

export type HandoutPage
  /** Slides in rows; the first-step box under them on the last page, when it fits there. */
  = | { kind: 'slides', rows: { no: number, width: SlideWidth }[], firstStep?: true }
    | { kind: 'references', no: number }
  /** The first-step box on a page of its own, when the last page has no room for it. */
    | { kind: 'first-step' }

const MM_PER_CSS_PX = 25.4 / 96
const PT_PER_CSS_PX = 72 / 96

/** The size, in points, text of `px` slide pixels prints at on a slide `widthMm` wide (of a `canvasWidth` px canvas). */
export function printedPt(px: number, widthMm: number, canvasWidth: number): number {
  return px * (widthMm / MM_PER_CSS_PX / canvasWidth) * PT_PER_CSS_PX
}

/** The narrower width at which the slide's smallest text prints at 6.5 pt or more; throws, naming the slide, when even the wide one is too small. */
export function widthFor(slide: HandoutSlide, canvasWidth: number): SlideWidth {
  const fits = (Object.keys(SLIDE_WIDTH_MM) as SlideWidth[]).find(width => printedPt(slide.smallestTextPx, SLIDE_WIDTH_MM[width], canvasWidth) >= SMALLEST_PRINTED_PT - 1e-9)
  if (!fits) {
    const pt = printedPt(slide.smallestTextPx, SLIDE_WIDTH_MM.wide, canvasWidth)
    throw new Error(`slide ${slide.no}: its smallest text (${slide.smallestTextPx.toFixed(1)} px) would print at ${pt.toFixed(1)} pt even ${SLIDE_WIDTH_MM.wide / 10} cm wide; the handout prints nothing under ${SMALLEST_PRINTED_PT} pt`)
  }
  return fits
}

/** The height a row takes on the page: the slide, its number and, for a wide one, the lines under it. */
export function rowHeight(width: SlideWidth, aspectRatio: number): number {
  const slide = SLIDE_WIDTH_MM[width] / aspectRatio
  return slide + HANDOUT_PAPER.caption + (width === 'wide' ? HANDOUT_PAPER.linesUnder : 0)
}

/**
 * The handout's pages, in the deck's order: rows of slides filled top to bottom while they fit (the
 * first page also holds the name and date lines), the references slide as a page of its own, and
 * the first-step box last: under the last slides if they leave room, else on a page of its own.
 */
export function planHandout(slides: HandoutSlide[], { canvasWidth, aspectRatio }: { canvasWidth: number, aspectRatio: number }): HandoutPage[] {
  const pages: HandoutPage[] = []
  const { height, header, nameLine, gap } = HANDOUT_PAPER
  let current: { kind: 'slides', rows: { no: number, width: SlideWidth }[], firstStep?: true } | undefined
  let used = 0
  for (const slide of slides) {
    if (slide.references) {
      pages.push({ kind: 'references', no: slide.no })
      current = undefined
      continue
    }
    const width = widthFor(slide, canvasWidth)
    const needed = rowHeight(width, aspectRatio)
    if (!current || used + gap + needed > height) {
      current = { kind: 'slides', rows: [] }
      pages.push(current)
      used = header + (pages.length === 1 ? nameLine : 0) - gap
    }
    current.rows.push({ no: slide.no, width })
    used += gap + needed
  }
  if (current && used + gap + HANDOUT_PAPER.firstStep <= height)
    current.firstStep = true
  else
    pages.push({ kind: 'first-step' })
  return pages
}
