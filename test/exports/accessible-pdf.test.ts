// Every PDF of every edition as a screen-reader user and a reader's sidebar meet it: tagged, each
// slide's heading the first thing read where its bookmark opens, one bookmark per slide, the
// document's title and language, and each chart a figure whose alternative text gives its figures.
import { execFileSync } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { wordsOf } from '../../data/editions'
import { MODEL_IDS } from '../../data/types'
import { formatValue } from '../../lib/format'
import { chartsOf, EDITION_LOCALES, noteHeading } from '../deck'
import { outputsOf } from '../outputs'
import { normaliseText } from '../text'
import { headingTexts, pdfFacts } from './pdf-structure'
import { pageCount } from './pdf-tools'

/** A heading or title compared as a reader hears it: its quotes and hyphens as typed, no spaces (a line break drops one), any case (kickers print in capitals). */
const spoken = (text: string) => normaliseText(text).replace(/\s+/g, '').toLowerCase()

describe.each(EDITION_LOCALES)('the PDFs of the %s edition', (locale) => {
  const { slideCount, slideTitles, slideKinds } = inject('decks')[locale]
  const outputs = outputsOf(locale)
  const pdfs = {
    'deck': outputs.pdf,
    'step-by-step': outputs.stepByStepPdf,
    'speaker notes': outputs.notesPdf,
    'notes pages': outputs.notesPagesPdf,
    'handout': outputs.handoutPdf,
  }
  const bookmarkTitles = slideTitles.map((title, i) => `${i + 1} · ${title}`)

  describe.each(Object.entries(pdfs))('the %s PDF', (_, pdf) => {
    it('is tagged, titled with the deck\'s title and in the edition\'s language', async () => {
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
      const facts = await pdfFacts(pdf)
      expect(facts).toMatchObject({ tagged: true, title: slideTitles[0], showsTitle: true, lang: locale })
      // Every tag a PDF 1.7 reader knows, or is told what it stands for; every figure described.
      expect(facts.unmappedTypes).toEqual([])
      expect(facts.figureAlts.filter(alt => !alt.trim())).toEqual([])
    })

    it('has one bookmark per slide, with its number and title, each opening a page whose first tag read is a heading', async () => {
      const facts = await pdfFacts(pdf)
      expect(facts.bookmarks.map(bookmark => bookmark.title)).toEqual(bookmarkTitles)
      expect(facts.bookmarks.every(bookmark => bookmark.children === 0)).toBe(true)
      const pages = facts.bookmarks.map(bookmark => bookmark.page)
      expect(pages.every((page, i) => page >= 1 && page <= facts.pages && (i === 0 || page >= pages[i - 1]))).toBe(true)
      const notHeadingFirst = facts.bookmarks.filter(({ page }) => !/^H\d$/.test(facts.firstTagOnPage.get(page) ?? ''))
      expect(notHeadingFirst.map(({ title, page }) => `${title} (page ${page}): ${facts.firstTagOnPage.get(page)}`)).toEqual([])
    })
  })

  it.each(Object.entries(pdfs).filter(([name]) => name !== 'speaker notes'))('the %s PDF\'s top-level headings are the slides\' titles, in order', (name, pdf) => {
    const headings = headingTexts(pdf).map(spoken)
    // The step-by-step deck repeats a slide's heading on each of its clicks: a page each.
    expect(headings).toHaveLength(name === 'step-by-step' ? pageCount(pdf) : slideCount)
    expect(headings.filter((heading, i) => heading !== headings[i - 1])).toEqual(slideTitles.map(spoken))
  })

  it('heads each slide\'s script in the speaker notes with the note\'s plan', () => {
    // "Agenda (about 1 minute, from 0:02).": the slide's name in the session, its minutes.
    expect(headingTexts(outputs.notesPdf).map(spoken)).toEqual(inject('decks')[locale].slideNotes.map(noteHeading).map(spoken))
  })

  it('gives each chart of the deck PDF a figure whose alternative text names its rows and figures', async () => {
    const alts = (await pdfFacts(outputs.pdf)).figureAlts.join('\n')
    const charts = chartsOf(locale)
    expect(slideKinds.filter(kind => kind === 'impact')).toHaveLength(charts.length)
    const missing = charts.flatMap(chart => [wordsOf(locale).ui.chartName(chart.title), ...chart.rows.flatMap(row => [row.label, ...MODEL_IDS.map(side => formatValue(row[side].value, row.unit, row[side].digits, locale))])])
      .filter(phrase => !alts.includes(phrase))
    expect(missing).toEqual([])
  })
})
