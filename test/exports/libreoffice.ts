// A PowerPoint file as it looks on another machine: opened headless in LibreOffice, with only the
// fonts this machine has (Debian's: DejaVu, Liberation, metric twins of Arial and Times, and
// WenQuanYi Zen Hei for Chinese; none of the deck's own faces), saved as PDF, and every word
// LibreOffice drew compared with the box it was written in.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import JSZip from 'jszip'
import { slideShapes } from '../../tools/pptx'

/**
 * `pptx` opened headless in LibreOffice, with the profile in `profile`, and saved as the PDF `pdf`.
 * As long as it takes (no clock: on a loaded machine LibreOffice starts when it starts); rejects
 * with what LibreOffice printed if it fails or writes nothing.
 */
export async function convertWithLibreOffice(pptx: string, pdf: string, profile: string): Promise<void> {
  const out = dirname(pdf)
  mkdirSync(out, { recursive: true })
  const printed = await new Promise<string>((done, fail) => {
    const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, pptx])
    let output = ''
    child.stdout.on('data', chunk => output += chunk)
    child.stderr.on('data', chunk => output += chunk)
    child.on('error', fail)
    child.on('close', status => status === 0 ? done(output) : fail(new Error(`LibreOffice could not convert ${pptx} (exit ${status}):\n${output}`)))
  })
  const written = join(out, basename(pptx).replace(/\.pptx$/, '.pdf'))
  if (!existsSync(written))
    throw new Error(`LibreOffice wrote no PDF of ${pptx}:\n${printed}`)
  if (written !== pdf)
    renameSync(written, pdf)
}

/** Each word of each page of `pdf` and its box, in points from the top left (`pdftotext -bbox`). */
function wordsDrawn(pdf: string): { page: number, word: string, x0: number, y0: number, x1: number, y1: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'' }
  return html.split('<page ').slice(1).flatMap((page, p) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map(([, x0, y0, x1, y1, word]) => ({ page: p + 1, word: word.replace(/&(?:amp|lt|gt|quot|apos);/g, entity => entities[entity]), x0: Number(x0), y0: Number(y0), x1: Number(x1), y1: Number(y1) })))
}

/** Points per EMU: 12,700 EMU to a point. */
const PT_PER_EMU = 1 / 12700

/** A box's edges in points. */
interface Edges { left: number, top: number, right: number, bottom: number }

/** A word with Chinese in it: the only kind the exporter cuts into phrase boxes. */
const CJK_WORD = /[\u3400-\u9FFF]/

/** Punctuation that may hang past the end of a line of Chinese (PowerPoint's and LibreOffice's "hanging punctuation"). */
const HANGING = /[，。、；：？！」』）]$/

/**
 * Every word LibreOffice drew over another (overprinted), and every word it drew outside the text box it belongs to (or the frame of the chart that
 * draws it: a chart lays out its own title, names and values within it). A word belongs to the boxes whose
 * text holds it; where the exporter set one line of Chinese as several boxes side by side (one per
 * phrase), LibreOffice's glyphs run together into one "word", which then belongs to those boxes
 * together (the word split into pieces, each held by one box). It must lie within them: across,
 * give or take `slackPt` points, and a full-width punctuation mark that hangs past the line's end;
 * down, by its middle (a glyph's ascent may rise past a tight box's top, but a line that does not
 * fit falls below its bottom). Said as "slide 4: "word" (12.0 pt below its box)", against the
 * nearest box.
 */
export async function overflowingWords(pptx: string, pdf: string, slackPt = 1): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(pptx))
  const compact = (text: string) => text.replace(/\s+/g, '')
  const slides = await Promise.all(zip.file(/^ppt\/slides\/slide\d+\.xml$/)
    .sort((a, b) => Number(a.name.match(/(\d+)\.xml$/)![1]) - Number(b.name.match(/(\d+)\.xml$/)![1]))
    .map(async part => slideShapes(await part.async('string')).filter(shape => shape.text || shape.frame).map(({ box, text, frame }) => ({
      text: compact(text),
      frame,
      edges: { left: box.x * PT_PER_EMU, top: box.y * PT_PER_EMU, right: (box.x + box.width) * PT_PER_EMU, bottom: (box.y + box.height) * PT_PER_EMU },
    }))))
  const words = wordsDrawn(pdf)
  return [...overprinted(words), ...words.flatMap(({ page, word, x0, y0, x1, y1 }) => {
    const boxes = slides[page - 1] ?? []
    const middle = (y0 + y1) / 2
    const hang = HANGING.test(word) ? y1 - y0 : 0
    const miss = ({ left, top, right, bottom }: Edges) => [[left - slackPt - x0, 'left of'], [x1 - right - slackPt - hang, 'right of'], [top - middle, 'above'], [middle - bottom, 'below']] as const
    const fits = (edges: Edges) => miss(edges).every(([by]) => by <= 0)
    const union = (a: Edges | undefined, b: Edges): Edges => a ? { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) } : b
    // The boxes on the word's line: only they can hold a piece of it (phrase boxes share a line).
    const onLine = boxes.filter(box => box.text && box.edges.top <= middle && box.edges.bottom >= middle)
    /** Whether word.slice(from) splits into pieces, each held by a box on its line, that with `region` hold the word. */
    const held = (from: number, region: Edges | undefined): boolean => {
      for (let end = word.length; end > from; end--) {
        const piece = compact(word.slice(from, end))
        for (const box of onLine.filter(box => piece && box.text.includes(piece))) {
          const together = union(region, box.edges)
          if (end === word.length ? fits(together) : held(end, together))
            return true
        }
      }
      return false
    }
    // Held by one box; or a chart's, which lays out its own text (title, names, values) within its
    // frame; or, for a line of Chinese, by the phrase boxes it runs across.
    const whole = compact(word)
    if (boxes.some(box => (box.frame || box.text.includes(whole)) && fits(box.edges)) || (CJK_WORD.test(word) && held(0, undefined)))
      return []
    const near = boxes.filter(box => box.frame || box.text.includes(compact(word)) || [...compact(word)].some(char => box.text.includes(char)))
    if (near.length === 0)
      return [`slide ${page}: "${word}" is in no text box`]
    const [by, where] = near.map(box => miss(box.edges).reduce((most, next) => next[0] > most[0] ? next : most))
      .reduce((least, next) => next[0] < least[0] ? next : least)
    return [`slide ${page}: "${word}" (${by.toFixed(1)} pt ${where} its box)`]
  })]
}

/**
 * Each pair of words drawn over each other: their ink overlaps. A word's box runs from its face's
 * ascent to its descent, deeper than most glyphs, so its ink is taken as the band from cap height
 * to baseline, down to the descent only for a word with a descender (g, j, p, q, y), and nearly the
 * whole box for Chinese. Said as "slide 1: "operations" over "B2B"".
 */
function overprinted(words: ReturnType<typeof wordsDrawn>): string[] {
  const ink = (w: ReturnType<typeof wordsDrawn>[number]) => {
    const h = w.y1 - w.y0
    if (/[\u3400-\u9FFF]/.test(w.word))
      return { ...w, y0: w.y0 + 0.08 * h, y1: w.y1 - 0.08 * h }
    return { ...w, y0: w.y0 + 0.17 * h, y1: /[gjpqy]/.test(w.word) ? w.y1 : w.y1 - 0.19 * h }
  }
  const found: string[] = []
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const [p, q] = [ink(a), ink(b)]
      // Lines set tight (a title's) may touch; one that runs onto another covers a sixth of it or more.
      const across = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0)
      const down = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0)
      if (b.page === a.page && across > 1 && down > Math.min(a.y1 - a.y0, b.y1 - b.y0) / 6)
        found.push(`slide ${a.page}: "${a.word}" over "${b.word}"`)
    }
  })
  return found
}
