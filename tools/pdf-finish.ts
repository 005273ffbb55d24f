// The last step of every PDF the exports print: Chromium prints it tagged (a structure tree a
// screen reader follows) with an outline of its headings; this gives it one bookmark per slide,
// named by the slide's title, its document title and its language, and maps the structure types
// Chromium takes from PDF 2.0 to PDF 1.7's. The file is loaded and saved
// whole with pdf-lib, never copied page by page into a new document, which would drop the tags.
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib'

/** What a finished PDF says about itself. */
export interface PdfFinish {
  /** Its document title, shown in the reader's window (not the print server's address). */
  title: string
  /** Its language, a BCP 47 tag ("en", "zh-Hant"). */
  lang: string
  /**
   * One entry per top-level heading Chromium printed, in order: the bookmark to make of it (its
   * title), or null where the heading repeats a slide already bookmarked (a later click of it).
   */
  bookmarks: (string | null)[]
}

/**
 * The structure types of PDF 1.7 (ISO 32000-1, 14.8.4): a reader of that version knows these. Chromium
 * also writes some of PDF 2.0's (Strong, Em, Aside) into a file it declares PDF 1.4, without mapping
 * them; a reader that does not know them drops their text (poppler read the bold words of a card as
 * nothing), and PDF/UA asks for every other type to be mapped to a standard one.
 */
export const STANDARD_TYPES = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form'])

/** The PDF 1.7 type each PDF 2.0 type Chromium writes stands for; any other unknown type reads as a Span. */
const ROLES: Record<string, string> = { Strong: 'Span', Em: 'Span', Sub: 'Span', Aside: 'Sect', Title: 'P', FENote: 'Note', DocumentFragment: 'Div' }

/** Every structure type used under the document's structure tree root. */
function structureTypes(doc: PDFDocument): Set<string> {
  const types = new Set<string>()
  const seen = new Set<unknown>()
  const walk = (node: unknown): void => {
    const value = node instanceof PDFRef ? doc.context.lookup(node) : node
    if (seen.has(value))
      return
    seen.add(value)
    if (value instanceof PDFArray)
      return value.asArray().forEach(walk)
    if (value instanceof PDFDict && value.get(PDFName.of('S'))) {
      types.add(value.get(PDFName.of('S'))!.toString().slice(1))
      walk(value.get(PDFName.of('K')))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')))
  return types
}

/** `doc`'s structure tree with a role map for every type PDF 1.7 does not define (STANDARD_TYPES). */
export function mapRoles(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root)
    throw new Error('the printed PDF has no structure tree: it was not printed tagged')
  const roles = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({})
  for (const type of structureTypes(doc)) {
    if (!STANDARD_TYPES.has(type) && !roles.has(PDFName.of(type)))
      roles.set(PDFName.of(type), PDFName.of(ROLES[type] ?? 'Span'))
  }
  root.set(PDFName.of('RoleMap'), roles)
}

/** The page each top-level item of the document's outline opens, in order (Chromium's: one per `<h1>` printed). */
export function outlinePages(doc: PDFDocument): PDFRef[] {
  const pages: PDFRef[] = []
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  let item = outlines?.get(PDFName.of('First'))
  while (item instanceof PDFRef) {
    const entry = doc.context.lookup(item, PDFDict)
    const page = entry.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0)
    if (!(page instanceof PDFRef))
      throw new Error('an outline item of the printed PDF opens no page')
    pages.push(page)
    item = entry.get(PDFName.of('Next'))
  }
  return pages
}

/** Every object of the outline under `root` (its items and theirs), for removal. */
function outlineObjects(doc: PDFDocument, first: unknown): PDFRef[] {
  const refs: PDFRef[] = []
  let item = first
  while (item instanceof PDFRef) {
    refs.push(item)
    const entry = doc.context.lookup(item, PDFDict)
    refs.push(...outlineObjects(doc, entry.get(PDFName.of('First'))))
    item = entry.get(PDFName.of('Next'))
  }
  return refs
}

/**
 * `doc` with its outline replaced by one flat bookmark per slide, each opening the page of the
 * heading it stands for, and with its title and language set. Throws, naming both counts, when the
 * printed headings are not the ones expected: a bookmark must never open the wrong page.
 */
export function finishDocument(doc: PDFDocument, { title, lang, bookmarks }: PdfFinish): void {
  const pages = outlinePages(doc)
  if (pages.length !== bookmarks.length)
    throw new Error(`the PDF printed ${pages.length} top-level headings where ${bookmarks.length} were expected (one <h1> per slide printed)`)
  const { context, catalog } = doc
  const old = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const oldRef = catalog.get(PDFName.of('Outlines'))
  for (const ref of [...outlineObjects(doc, old?.get(PDFName.of('First'))), ...(oldRef instanceof PDFRef ? [oldRef] : [])])
    context.delete(ref)

  const rootRef = context.nextRef()
  const kept = bookmarks.flatMap((name, i) => name === null ? [] : [{ name, page: pages[i] }])
  const refs = kept.map(() => context.nextRef())
  kept.forEach(({ name, page }, i) => {
    context.assign(refs[i], context.obj({
      Title: PDFHexString.fromText(name),
      Parent: rootRef,
      ...(i > 0 ? { Prev: refs[i - 1] } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}),
      Dest: [page, 'Fit'],
    }))
  })
  context.assign(rootRef, context.obj({ Type: 'Outlines', ...(refs.length > 0 ? { First: refs[0], Last: refs.at(-1)!, Count: refs.length } : {}) }))
  catalog.set(PDFName.of('Outlines'), rootRef)
  // The reader opens with its bookmarks showing.
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  doc.setTitle(title, { showInWindowTitleBar: true })
  doc.setLanguage(lang)
  mapRoles(doc)
}

/** Finishes the PDF file `path` in place (finishDocument). */
export async function finishPdf(path: string, finish: PdfFinish): Promise<void> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  finishDocument(doc, finish)
  writeFileSync(path, await doc.save())
}
