// Every output of `npm run export:all`, checked the way its user meets it: the step-by-step PDF
// and the notes PDF in a reader, the PowerPoint file as a package. (The site, under its sub-path,
// is walked in site.test.ts; the deck PDF is read in pdf.test.ts.)
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { QUESTIONS } from '../../data/knowledge-check'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { EDITION_LOCALES, noteHeading } from '../deck'
import { missingPhrases, normaliseText } from '../text'
import { exportsDone, outputsOf } from './artifacts'
import { pageCount, pdfFonts, pdfText } from './pdf-tools'

// The step-by-step PDF, the notes and the PowerPoint come after the sites in export:all.
beforeAll(exportsDone, 10 * 60_000)

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
})
