// Reads a PDF's accessibility as a screen reader and a PDF reader's sidebar meet it: the structure
// tree (tags), the bookmarks (outline), the document's title and language. pdf-lib reads the
// objects; poppler's `pdfinfo -struct-text` reads the text each tag holds.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib'
import { STANDARD_TYPES } from '../../tools/pdf-finish'

/** A PDF's catalogue facts: its title (shown in the window), its language, whether it is marked as tagged. */
export interface PdfFacts {
  title?: string
  showsTitle: boolean
  lang?: string
  tagged: boolean
  pages: number
  /** Each bookmark at the top level, in order: its title and the page (1-based) it opens. */
  bookmarks: { title: string, page: number, children: number }[]
  /**
   * For each page (1-based index), the tag a reader meets first there: the innermost tag around the
   * first content drawn on it that is not a bare container ("H1", "P", "LI"…).
   */
  firstTagOnPage: Map<number, string>
  /** The alternative text of every Figure tag, in reading order. */
  figureAlts: string[]
  /** The structure types used that PDF 1.7 does not define and the role map does not map. */
  unmappedTypes: string[]
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** Tags that only group others: a reader does not announce them. */
const CONTAINERS = new Set(['Document', 'NonStruct', 'Div', 'Part', 'Sect', 'Span'])

export async function pdfFacts(path: string): Promise<PdfFacts> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const pageRefs = doc.getPages().map(page => page.ref.toString())
  const pageOf = (ref: unknown) => ref instanceof PDFRef ? pageRefs.indexOf(ref.toString()) + 1 : 0
  const catalog = doc.catalog
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  const preferences = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)

  const bookmarks: PdfFacts['bookmarks'] = []
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  let item = outlines?.get(PDFName.of('First'))
  while (item) {
    const entry = doc.context.lookup(item, PDFDict)
    const dest = entry.lookupMaybe(PDFName.of('Dest'), PDFArray)
    const count = entry.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0
    bookmarks.push({ title: text(entry.lookup(PDFName.of('Title'))) ?? '', page: pageOf(dest?.get(0)), children: Math.abs(count) })
    item = entry.get(PDFName.of('Next'))
  }

  const firstTagOnPage = new Map<number, string>()
  const figureAlts: string[] = []
  const used = new Set<string>()
  const walk = (node: unknown, types: string[], page: number): void => {
    if (node instanceof PDFRef)
      return walk(doc.context.lookup(node), types, page)
    if (node instanceof PDFArray)
      return node.asArray().forEach(child => walk(child, types, page))
    // Marked content of this element (an MCID, or a dictionary naming one).
    if (node instanceof PDFNumber || (node instanceof PDFDict && node.has(PDFName.of('MCID')))) {
      const on = node instanceof PDFDict ? pageOf(node.get(PDFName.of('Pg'))) || page : page
      const tag = [...types].reverse().find(type => !CONTAINERS.has(type))
      if (!firstTagOnPage.has(on) && tag)
        firstTagOnPage.set(on, tag)
      return
    }
    if (!(node instanceof PDFDict) || !node.has(PDFName.of('S')))
      return
    const type = node.get(PDFName.of('S'))!.toString().slice(1)
    used.add(type)
    if (type === 'Figure')
      figureAlts.push(text(node.lookup(PDFName.of('Alt'))) ?? '')
    walk(node.get(PDFName.of('K')), [...types, type], pageOf(node.get(PDFName.of('Pg'))) || page)
  }
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  walk(root?.get(PDFName.of('K')), [], 0)
  const roles = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict)
  const unmappedTypes = [...used].filter(type => !STANDARD_TYPES.has(type) && !roles?.has(PDFName.of(type)))

  return {
    title: text(info.lookup(PDFName.of('Title'))),
    showsTitle: preferences?.get(PDFName.of('DisplayDocTitle'))?.toString() === 'true',
    lang: text(catalog.lookup(PDFName.of('Lang'))),
    tagged: markInfo?.get(PDFName.of('Marked'))?.toString() === 'true',
    pages: pageRefs.length,
    bookmarks,
    firstTagOnPage,
    figureAlts,
    unmappedTypes,
  }
}

/** The text of each heading tag of level `level` in reading order, as `pdfinfo -struct-text` reads it. */
export function headingTexts(path: string, level = 1): string[] {
  // An indented tree, two spaces a level: "H1 (block)", then its text nodes below it, quoted.
  const lines = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).split('\n')
  const headings: string[] = []
  lines.forEach((line, i) => {
    const indent = line.search(/\S/)
    if (!line.trim().startsWith(`H${level} `) && line.trim() !== `H${level}`)
      return
    const inside: string[] = []
    for (let j = i + 1; j < lines.length && lines[j].search(/\S/) > indent; j++) {
      const quoted = lines[j].trim().match(/^"(.*)"$/)
      if (quoted)
        inside.push(quoted[1])
    }
    headings.push(inside.join(''))
  })
  return headings
}
