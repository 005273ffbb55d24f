// Every output of `npm run export` beyond the site, checked the way its user meets it: the step-by-step PDF
// and the notes PDF in a reader, the PowerPoint files as packages. (The site
// is walked in site.test.ts; the deck PDF is read in pdf.test.ts.)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS, wordsOf } from '../../data/editions'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { chartsOf, EDITION_LOCALES, noteHeading } from '../deck'
import { outputsOf } from '../outputs'
import { missingPhrases, normaliseText } from '../text'
import { horizontalRules, pageCount, pdfFonts, pdfText } from './pdf-tools'

/** The text of a PowerPoint slide's XML, a line per paragraph, as PowerPoint shows it. */
function pptxText(xml: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'' }
  return xml.split('</a:p>')
    .map(paragraph => [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, run]) => run).join(''))
    .join('\n')
    .replace(/&(?:amp|lt|gt|quot|apos);/g, entity => entities[entity])
}

/** A PowerPoint package's slides and notes, in slide order. */
async function pptxParts(path: string): Promise<{ slides: string[], notes: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const inOrder = (pattern: RegExp) => zip.file(pattern)
    .sort((a, b) => Number(a.name.match(/(\d+)\.xml$/)![1]) - Number(b.name.match(/(\d+)\.xml$/)![1]))
    .map(file => file.async('string'))
  return {
    slides: await Promise.all(inOrder(/^ppt\/slides\/slide\d+\.xml$/)),
    notes: await Promise.all(inOrder(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)),
  }
}

/** `pptx` converted to PDF by LibreOffice, headless, with a profile of its own; the PDF's path. */
function convertedByLibreOffice(soffice: string, pptx: string): string {
  const out = mkdtempSync(join(tmpdir(), 'libreoffice-'))
  execFileSync(soffice, [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, pptx], { timeout: 120_000, stdio: 'ignore' })
  return join(out, basename(pptx).replace(/\.pptx$/, '.pdf'))
}

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const { slideCount, slideNotes, slideTitles, slideKinds } = inject('decks')[locale]
  const noteHeadings = slideNotes.map(noteHeading)
  const outputs = outputsOf(locale)
  const quiz = knowledgeCheck(wordsOf(locale).quiz, chartsOf(locale), locale)
  /** A font of this edition's own faces, as a PDF names it ("NotoSansSC-Bold"). */
  const OWN_FONT = new RegExp(`^(?:${[...new Set(EDITIONS[locale].faces.map(face => face.family.replace(/\s+/g, '')))].join('|')})`)

  describe('the step-by-step PDF', () => {
    it('has a page for every click, so more pages than the deck PDF', () => {
      expect(pageCount(outputs.stepByStepPdf)).toBeGreaterThan(pageCount(outputs.pdf))
    })

    it('asks each knowledge-check question on a page before the one that answers it', () => {
      const pages = pdfText(outputs.stepByStepPdf).split('\f').map(normaliseText)
      for (const { question, answer } of quiz) {
        const asked = pages.findIndex(page => page.includes(normaliseText(question)))
        const answered = pages.findIndex(page => page.includes(normaliseText(answer)))
        expect(asked, question).toBeGreaterThanOrEqual(0)
        expect(answered, answer).toBeGreaterThan(asked)
      }
    })
  })

  describe('the deck PDF as an answer key', () => {
    it('shows every knowledge-check answer', () => {
      expect(missingPhrases(pdfText(outputs.pdf), quiz.map(item => item.answer))).toEqual([])
    })
  })

  describe('the speaker-notes PDF', () => {
    it('sets its text in the self-hosted fonts only, none drawn as outlines', () => {
      const fonts = pdfFonts(outputs.notesPdf).map(font => font.name)
      expect(fonts.filter(name => !OWN_FONT.test(name))).toEqual([])
    })

    it('holds the notes of every slide, with its minutes', () => {
      const text = pdfText(outputs.notesPdf)
      expect(noteHeadings).toHaveLength(slideCount)
      expect(missingPhrases(text, noteHeadings)).toEqual([])
    })
  })

  describe('the notes pages', () => {
    /** A note's first sentence after its heading, as a reader sees it (no markdown, no click marks). */
    function firstSentence(note: string): string {
      const paragraph = note.trim().split(/\n\s*\n/)[1] ?? ''
      const text = paragraph.replace(/\[click\]/g, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
      return text.match(/^.+?[.。?？:：]/)?.[0] ?? text
    }

    it('show each slide on a page of its own, its number, its heading and its notes under it', () => {
      const pages = pdfText(outputs.notesPagesPdf).split('\f').map(normaliseText)
      expect(pageCount(outputs.notesPagesPdf)).toBeGreaterThanOrEqual(slideCount)
      const missing = slideNotes.flatMap((note, i) => {
        const wanted = [noteHeadings[i], firstSentence(note)].map(normaliseText)
        const page = pages.find(text => text.replace(/\s+/g, '').includes(`${i + 1}/${slideCount}`) && wanted.every(phrase => text.includes(phrase)))
        return page ? [] : [`slide ${i + 1}: ${wanted.join(' | ')}`]
      })
      expect(missing).toEqual([])
    })

    it('set their text in the self-hosted fonts only', () => {
      expect(pdfFonts(outputs.notesPagesPdf).filter(font => !OWN_FONT.test(font.name) || !font.embedded)).toEqual([])
    })
  })

  describe('the learner handout', () => {
    it('sets three slides a page, in order, each page with the deck\'s title and its number', () => {
      const pages = pdfText(outputs.handoutPdf).split('\f').filter(page => page.trim())
      const expectedPages = Math.ceil(slideCount / 3)
      expect(pageCount(outputs.handoutPdf)).toBe(expectedPages)
      // The deck's title is its cover's (the headmatter's `title`, which the handout prints).
      const missing = pages.flatMap((page, p) => missingPhrases(page, [
        slideTitles[0],
        ...slideTitles.slice(p * 3, p * 3 + 3).filter(Boolean),
      ]).map(phrase => `page ${p + 1}: ${phrase}`))
      expect(missing).toEqual([])
      // "1 / 9", which the PDF's text may hold without its spaces.
      expect(pages.map(page => page.replace(/\s+/g, '').includes(`${pages.indexOf(page) + 1}/${expectedPages}`))).toEqual(pages.map(() => true))
    })

    it('rules eight lines for the learner\'s notes beside each slide', () => {
      // The slides fill the left of the page up to 57% of its width; the lines the rest.
      const pages = Math.ceil(slideCount / 3)
      const rules = Array.from({ length: pages }, (_, p) => horizontalRules(outputs.handoutPdf, p + 1, 0.6, 0.9))
      expect(rules).toEqual(Array.from({ length: pages }, (_, p) => 8 * Math.min(3, slideCount - p * 3)))
    })

    it('sets its text in the self-hosted fonts only', () => {
      expect(pdfFonts(outputs.handoutPdf).filter(font => !OWN_FONT.test(font.name) || !font.embedded)).toEqual([])
    })
  })

  describe('the PowerPoint file', () => {
    it('is a valid presentation package with one slide per deck slide, each with its notes', async () => {
      const zip = await JSZip.loadAsync(readFileSync(outputs.pptx))
      const contentTypes = await zip.file('[Content_Types].xml')!.async('string')
      expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml')
      const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/)
      const notes = zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      expect(slides).toHaveLength(slideCount)
      expect(notes).toHaveLength(slideCount)
      const notesText = (await Promise.all(notes.map(file => file.async('string')))).join('\n')
      expect(missingPhrases(notesText, noteHeadings)).toEqual([])
    })
  })

  describe('the editable PowerPoint file', () => {
    let pptx: Awaited<ReturnType<typeof pptxParts>>
    beforeAll(async () => {
      pptx = await pptxParts(outputs.editablePptx)
    })

    it('has one slide per deck slide, each with its title as editable text and its notes', () => {
      expect(pptx.slides).toHaveLength(slideCount)
      expect(pptx.notes).toHaveLength(slideCount)
      const missing = slideTitles.flatMap((title, i) => missingPhrases(pptxText(pptx.slides[i]), [title]).map(phrase => `slide ${i + 1}: ${phrase}`))
      expect(missing).toEqual([])
      const notesText = pptx.notes.map(pptxText).join('\n')
      expect(missingPhrases(notesText, noteHeadings)).toEqual([])
    })

    // Where LibreOffice is installed (CI installs it: .ci/run), the package must open in it too.
    it('opens in LibreOffice: converted headless, a page per slide with the slides\' titles', () => {
      const pdf = convertedByLibreOffice('soffice', outputs.editablePptx)
      expect(pageCount(pdf)).toBe(slideCount)
      expect(missingPhrases(pdfText(pdf), slideTitles.filter(Boolean))).toEqual([])
    })

    it('draws each chart as a picture whose alt text carries the chart\'s name and figures, and no stray screen-reader table', () => {
      const chartSlides = slideKinds.flatMap((kind, i) => kind === 'impact' ? [i] : [])
      const charts = chartsOf(locale)
      expect(chartSlides).toHaveLength(charts.length)
      chartSlides.forEach((index, n) => {
        const alts = [...pptx.slides[index].matchAll(/descr="([^"]*)"/g)].map(([, alt]) => pptxText(`<a:t>${alt}</a:t>`)).join('\n')
        expect(missingPhrases(alts, [charts[n].title, charts[n].rows[0].label])).toEqual([])
        // The chart's table for screen readers (its header: "Measure", "Unit") is no text box.
        expect(pptxText(pptx.slides[index]).split('\n')).not.toContain(wordsOf(locale).ui.measure)
      })
    })
  })
})
