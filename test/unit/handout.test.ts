import { describe, expect, it } from 'vitest'
import { HANDOUT_PAPER, planHandout, printedPt, rowHeight, widthFor } from '../../tools/handout'

const CANVAS = { canvasWidth: 980, aspectRatio: 980 / 552 }
/** Slides 1…n whose smallest text is 18 px (they read three a page). */
const plain = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ no: from + i, smallestTextPx: 18 }))

describe('the handout\'s page plan', () => {
  it('prints text at its size on paper: 14 px on a 980 px slide 17 cm wide is 6.9 pt, 18 px 12.6 cm wide 6.6 pt', () => {
    expect(printedPt(14, 170, 980)).toBeCloseTo(6.884, 3)
    expect(printedPt(18, 126, 980)).toBeCloseTo(6.560, 3)
    expect(printedPt(17, 126, 980)).toBeLessThan(6.5)
  })

  it('sets a slide 12.6 cm wide when its smallest text reads there at 6.5 pt, else 17 cm wide', () => {
    expect(widthFor({ no: 3, smallestTextPx: 18 }, 980)).toBe('narrow')
    expect(widthFor({ no: 11, smallestTextPx: 14 }, 980)).toBe('wide')
  })

  it('refuses a slide whose text would print under 6.5 pt even 17 cm wide, naming it', () => {
    expect(() => widthFor({ no: 11, smallestTextPx: 12 }, 980))
      .toThrow('slide 11: its smallest text (12.0 px) would print at 5.9 pt even 17 cm wide; the handout prints nothing under 6.5 pt')
  })

  it('fills pages three slides at a time, the box last under them when it fits', () => {
    expect(planHandout(plain(5), CANVAS)).toEqual([
      { kind: 'slides', rows: [1, 2, 3].map(no => ({ no, width: 'narrow' })) },
      { kind: 'slides', rows: [4, 5].map(no => ({ no, width: 'narrow' })), firstStep: true },
    ])
  })

  it('puts wide slides two a page, the references on a page of their own in the deck\'s order, and the box on a page of its own when the last is full', () => {
    const slides = [...plain(1), { no: 2, smallestTextPx: 14 }, { no: 3, smallestTextPx: 14 }, { no: 4, smallestTextPx: 14 }, { no: 5, smallestTextPx: 14, references: true }, ...plain(3, 6)]
    expect(planHandout(slides, CANVAS)).toEqual([
      { kind: 'slides', rows: [{ no: 1, width: 'narrow' }, { no: 2, width: 'wide' }] },
      { kind: 'slides', rows: [{ no: 3, width: 'wide' }, { no: 4, width: 'wide' }] },
      { kind: 'references', no: 5 },
      { kind: 'slides', rows: [6, 7, 8].map(no => ({ no, width: 'narrow' })) },
      { kind: 'first-step' },
    ])
  })

  it('plans no page taller than A4 within its margins', () => {
    const { height, header, nameLine, gap } = HANDOUT_PAPER
    const narrow = rowHeight('narrow', CANVAS.aspectRatio)
    const wide = rowHeight('wide', CANVAS.aspectRatio)
    expect(header + nameLine + 3 * narrow + 2 * gap).toBeLessThanOrEqual(height)
    expect(header + 2 * wide + gap).toBeLessThanOrEqual(height)
    expect(header + narrow + wide + 2 * gap + Math.min(narrow, wide)).toBeGreaterThan(height)
  })
})
