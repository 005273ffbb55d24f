// Every output of `npm run export:all`, checked the way its user meets it: the step-by-step PDF
// and the notes PDF in a reader, the PowerPoint file as a package, the site under a sub-path in
// Chromium.
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { describe, expect, inject, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { QUESTIONS } from '../../data/knowledge-check'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { EDITION_LOCALES, noteHeading } from '../deck'
import { missingPhrases, normaliseText } from '../text'
import { outputsOf, SUBPATH } from './artifacts'
import { launchChromium, offSiteRequests, recordPage, serveSite } from './browser'
import { pageCount, pdfFonts, pdfText } from './pdf-tools'

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const { slideCount, slideNotes } = inject('decks')[locale]
  const noteHeadings = slideNotes.map(noteHeading)
  const outputs = outputsOf(locale)
  const quiz = knowledgeCheck(QUESTIONS[locale], CHARTS, locale)

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
      expect(fonts.filter(name => !/^(?:Inter|NotoSansTC)/.test(name))).toEqual([])
    })

    it('holds the notes of every slide, with its minutes', () => {
      const text = pdfText(outputs.notesPdf)
      expect(noteHeadings).toHaveLength(slideCount)
      expect(missingPhrases(text, noteHeadings)).toEqual([])
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

  describe('the site built under a sub-path', () => {
    it('walks through every slide by keyboard with no failed request and nothing fetched elsewhere', async () => {
      const site = await serveSite(outputs.subpathSite, SUBPATH)
      const browser = await launchChromium()
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const record = recordPage(page)
      await page.goto(`${site.url}/1`, { waitUntil: 'networkidle' })
      const visited = new Set<number>()
      // Every click and every slide, with the keys a presenter remote sends.
      for (let press = 0; press < 200 && visited.size < slideCount; press++) {
        const no = Number(new URL(page.url()).pathname.slice(SUBPATH.length).split('/')[0])
        await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
        visited.add(no)
        await page.keyboard.press('ArrowRight')
        await page.waitForTimeout(150)
      }
      await page.waitForLoadState('networkidle')
      expect([...visited].sort((a, b) => a - b)).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1))
      expect(record.problems).toEqual([])
      expect(offSiteRequests(record.requests, site.url)).toEqual([])

      // The download button's PDF is there, under the same sub-path.
      const pdf = await page.request.get(`${site.url}/${outputs.sitePdfName}`)
      expect(pdf.status()).toBe(200)
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
      await browser.close()
      await site.close()
    })
  })
})
