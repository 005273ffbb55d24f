import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishDocument, outlinePages } from '../../tools/pdf-finish'
import { pdfFacts } from '../exports/pdf-structure'

/** A PDF of `pages` pages whose outline is one top-level item per page listed in `headings` (as Chromium prints its `<h1>`s), each with a child. */
async function printed(pages: number, headings: number[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const refs = Array.from({ length: pages }, () => doc.addPage([980, 552]).ref)
  const { context } = doc
  const root = context.nextRef()
  const items = headings.map(() => context.nextRef())
  headings.forEach((page, i) => {
    const child = context.register(context.obj({ Title: PDFHexString.fromText('a card'), Parent: items[i], Dest: [refs[page - 1], 'XYZ', 0, 0, 0] }))
    context.assign(items[i], context.obj({
      Title: PDFHexString.fromText(`heading ${i}`),
      Parent: root,
      ...(i > 0 ? { Prev: items[i - 1] } : {}),
      ...(i < items.length - 1 ? { Next: items[i + 1] } : {}),
      First: child,
      Last: child,
      Count: 1,
      Dest: [refs[page - 1], 'XYZ', 0, 0, 0],
    }))
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: items[0], Last: items.at(-1)!, Count: items.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  // Tagged as Chromium tags: a document of a heading and a paragraph, a PDF 2.0 Strong inside it.
  const strong = context.obj({ S: 'Strong', K: 0 })
  const paragraph = context.obj({ S: 'P', K: [strong] })
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: context.obj({ S: 'Document', K: [context.obj({ S: 'H1', K: 1 }), paragraph] }) })))
  return doc
}

/** The facts a reader meets in `doc`, once saved. */
async function readBack(doc: PDFDocument) {
  const path = join(mkdtempSync(join(tmpdir(), 'pdf-finish-')), 'finished.pdf')
  writeFileSync(path, await doc.save())
  return pdfFacts(path)
}

describe('finishing a printed PDF', () => {
  it('bookmarks each slide, flat, at the page its heading was printed on, with the title and language', async () => {
    const doc = await printed(5, [1, 2, 2, 4])
    expect(outlinePages(doc).map(ref => doc.getPages().findIndex(page => page.ref === ref) + 1)).toEqual([1, 2, 2, 4])
    finishDocument(doc, { title: 'B2B vs B2C', lang: 'zh-Hant', bookmarks: ['1 · Cover', '2 · Agenda', null, '3 · Goals'] })
    const facts = await readBack(doc)
    expect(facts.bookmarks).toEqual([
      { title: '1 · Cover', page: 1, children: 0 },
      { title: '2 · Agenda', page: 2, children: 0 },
      { title: '3 · Goals', page: 4, children: 0 },
    ])
    expect(facts).toMatchObject({ title: 'B2B vs B2C', showsTitle: true, lang: 'zh-Hant', pages: 5 })
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
  })

  it('maps the PDF 2.0 types Chromium writes to PDF 1.7\'s, for readers that know only those', async () => {
    const doc = await printed(1, [1])
    expect((await readBack(doc)).unmappedTypes).toEqual(['Strong'])
    finishDocument(doc, { title: 't', lang: 'en', bookmarks: ['1 · a'] })
    const roles = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict)
    expect(roles.get(PDFName.of('Strong'))).toBe(PDFName.of('Span'))
    expect((await readBack(doc)).unmappedTypes).toEqual([])
  })

  it('refuses a PDF printed without tags', async () => {
    const doc = await printed(1, [1])
    doc.catalog.delete(PDFName.of('StructTreeRoot'))
    expect(() => finishDocument(doc, { title: 't', lang: 'en', bookmarks: ['1 · a'] })).toThrow('the printed PDF has no structure tree: it was not printed tagged')
  })

  it('leaves none of the printed outline behind', async () => {
    const doc = await printed(2, [1, 2])
    finishDocument(doc, { title: 't', lang: 'en', bookmarks: ['1 · a', '2 · b'] })
    const titles = doc.context.enumerateIndirectObjects().flatMap(([, object]) => {
      const title = object instanceof PDFDict ? object.lookup(PDFName.of('Title')) : undefined
      return title instanceof PDFHexString ? [title.decodeText()] : []
    })
    // The document's own title (its Info dictionary), then the two bookmarks.
    expect(titles).toEqual(['t', '1 · a', '2 · b'])
  })

  it('refuses to guess when the printed headings are not one per slide', async () => {
    const doc = await printed(3, [1, 2, 3])
    expect(() => finishDocument(doc, { title: 't', lang: 'en', bookmarks: ['1 · a', '2 · b'] }))
      .toThrow('the PDF printed 3 top-level headings where 2 were expected (one <h1> per slide printed)')
  })
})
