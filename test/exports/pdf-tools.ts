// Reads PDFs with poppler, as a learner's PDF reader would.
import type { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'

/** `pdfinfo`'s page count. */
export function pageCount(pdf: string): number {
  return Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1])
}

/** The PDF's text in drawing order (so each column's text stays together), pages split by \f. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
}

/** One line per font: [name without subset prefix, embedded?]. */
export function pdfFonts(pdf: string): { name: string, embedded: boolean }[] {
  // pdffonts prints two header lines, then one font a line: name, type, encoding, emb, sub, uni, …
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2).map((line) => {
    const columns = line.split(/\s+/)
    return { name: columns[0].replace(/^[A-Z]{6}\+/, ''), embedded: columns.at(-5) === 'yes' }
  })
}

/** Page `page` (1-based) rendered in grey at `dpi`: its width, height and pixels (0 black to 255 white). */
function greyPage(pdf: string, page: number, dpi: number): { width: number, height: number, pixels: Buffer } {
  const image = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 })
  // A binary PGM: "P5", width, height, maximum value, each followed by whitespace; then the pixels.
  const header = image.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
  if (!header)
    throw new Error(`pdftoppm gave no greyscale image of page ${page} of ${pdf}`)
  const [width, height] = header.slice(1, 3).map(Number)
  return { width, height, pixels: image.subarray(header[0].length) }
}

/** A pixel a reader sees as ink: darker than light grey. */
const INK = 200

/**
 * The width of each framed slide on page `page`, in centimetres, as printed: the page rendered at
 * 150 dpi (a hairline frame covers a whole pixel), every vertical line of ink at least `minCm` long
 * (a frame's sides, and lines inside the slide; a slide's frame is 7 cm tall or more, the handout's
 * first-step box 6.2 cm), those starting at one height grouped as one row, and the outermost two of
 * each row taken as its frame's sides.
 */
export function framedSlideWidths(pdf: string, page: number, minCm = 6.5): number[] {
  const dpi = 150
  const { width, height, pixels } = greyPage(pdf, page, dpi)
  const minLength = minCm / 2.54 * dpi
  const runs: { x: number, top: number }[] = []
  for (let x = 0; x < width; x++) {
    let top = -1
    for (let y = 0; y <= height; y++) {
      const ink = y < height && pixels[y * width + x] < INK
      if (ink && top < 0)
        top = y
      if (!ink && top >= 0) {
        if (y - top >= minLength)
          runs.push({ x, top })
        top = -1
      }
    }
  }
  const rows = new Map<number, number[]>()
  for (const { x, top } of runs) {
    const row = [...rows.keys()].find(start => Math.abs(start - top) <= 3) ?? top
    rows.set(row, [...(rows.get(row) ?? []), x])
  }
  // A lone line (a rule, a column of QR codes) has no second side: it is no frame.
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, xs]) => (Math.max(...xs) - Math.min(...xs) + 1) / dpi * 2.54).filter(width => width >= 1)
}

/**
 * The horizontal rules drawn across the band of page `page` (1-based) between `from` and `to`
 * (fractions of the page's width), as a reader sees them: the page rendered in grey at 100 dpi,
 * and each run of rows that is dark across nine tenths of the band counted once.
 */
export function horizontalRules(pdf: string, page: number, from: number, to: number): number {
  const { width, height, pixels } = greyPage(pdf, page, 100)
  const [left, right] = [Math.round(width * from), Math.round(width * to)]
  let rules = 0
  let inRule = false
  for (let y = 0; y < height; y++) {
    let dark = 0
    for (let x = left; x < right; x++) {
      if (pixels[y * width + x] < INK)
        dark++
    }
    const ruled = dark >= 0.9 * (right - left)
    if (ruled && !inRule)
      rules++
    inRule = ruled
  }
  return rules
}
