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
