// Reads PDFs with poppler, as a learner's PDF reader would.
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

/**
 * The horizontal rules drawn across the band of page `page` (1-based) between `from` and `to`
 * (fractions of the page's width), as a reader sees them: the page rendered in grey at 100 dpi,
 * and each run of rows that is dark across nine tenths of the band counted once.
 */
export function horizontalRules(pdf: string, page: number, from: number, to: number): number {
  const image = execFileSync('pdftoppm', ['-gray', '-r', '100', '-f', String(page), '-l', String(page), pdf])
  // A binary PGM: "P5", width, height, maximum value, each followed by whitespace; then the pixels.
  const header = image.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
  if (!header)
    throw new Error(`pdftoppm gave no greyscale image of page ${page} of ${pdf}`)
  const [, width, height] = header.slice(0, 3).map(Number)
  const pixels = image.subarray(header[0].length)
  const [left, right] = [Math.round(width * from), Math.round(width * to)]
  let rules = 0
  let inRule = false
  for (let y = 0; y < height; y++) {
    let dark = 0
    for (let x = left; x < right; x++) {
      if (pixels[y * width + x] < 200)
        dark++
    }
    const ruled = dark >= 0.9 * (right - left)
    if (ruled && !inRule)
      rules++
    inRule = ruled
  }
  return rules
}
