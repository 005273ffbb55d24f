// Every output of `npm run export` beyond the site, checked the way its user meets it: the step-by-step PDF
// and the notes PDF in a reader, the handout as printed (its sizes measured on the rendered page),
// the PowerPoint files as packages and as LibreOffice draws them on a machine without the deck's
// fonts. (The site is walked in site.test.ts; the deck PDF is read in pdf.test.ts; every PDF's
// tags and bookmarks in accessible-pdf.test.ts.)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS, wordsOf } from '../../data/editions'
import { MODEL_IDS } from '../../data/types'
import { citedSources, figureText, sourceLine } from '../../lib/format'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { slideShapes } from '../../tools/pptx'
import { MODEL_COLOURS } from '../../tools/pptx-chart'
import { chartsOf, EDITION_LOCALES, noteHeading, sourcesOf } from '../deck'
import { outputsOf } from '../outputs'
import { missingPhrases, normaliseText } from '../text'
import { overflowingWords } from './libreoffice'
import { smallestTextOnPages } from './pdf-drawn-sizes'
import { framedSlideWidths, horizontalRules, pageCount, pdfFonts, pdfText } from './pdf-tools'

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

/**
 * What is wrong with a PowerPoint notes slide's text, held against the note it was made from: a
 * paragraph per paragraph of the note (its lines joined), no Markdown marks, no line breaks.
 */
function plainNotesProblems(xml: string, note: string): string[] {
  const paragraphs = pptxText(xml.match(/<p:ph type="body"[\s\S]*?<\/p:txBody>/)?.[0] ?? '').split('\n').filter(Boolean)
  const problems = paragraphs.flatMap(paragraph => [
    ...(/\*\*|`|\[[^\]]+\]\(/.test(paragraph) ? [`Markdown in "${paragraph.slice(0, 40)}"`] : []),
    ...(/[\r\n]/.test(paragraph) ? [`a line break in "${paragraph.slice(0, 40)}"`] : []),
  ])
  const expected = note.replace(/<!--[\s\S]*?-->/g, '').split(/\n\s*\n/).filter(block => block.trim()).length
  return paragraphs.length < expected ? [...problems, `${paragraphs.length} paragraphs for a note of ${expected}`] : problems
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
    const words = wordsOf(locale).handout
    const pages = pdfText(outputs.handoutPdf).split('\f').slice(0, pageCount(outputs.handoutPdf)).map(normaliseText)
    const compact = pages.map(page => page.replace(/\s+/g, ''))
    /** The slides printed on each page, by the number under each ("Slide 11"). */
    const caption = new RegExp(normaliseText(words.slide(0)).replace('0', '(\\d+)(?!\\d)'), 'g')
    const numbered = pages.map(page => [...page.matchAll(caption)].map(([, no]) => Number(no)))
    const widths = pages.map((_, p) => framedSlideWidths(outputs.handoutPdf, p + 1))
    /** The slide the handout prints as a page of references, and that page (0-based). */
    const referencesSlide = slideTitles.map((_, i) => i + 1).filter(no => !numbered.flat().includes(no))
    const referencesPage = pages.findIndex((page, p) => numbered[p].length === 0 && referencesSlide.length === 1 && page.includes(normaliseText(slideTitles[referencesSlide[0] - 1])))

    it('prints the deck\'s title and "page p of n" on every page, the name and date to fill in on the first, the first-step box last', () => {
      const missing = pages.flatMap((page, p) => missingPhrases(page, [slideTitles[0], words.page(p + 1, pages.length)]).map(phrase => `page ${p + 1}: ${phrase}`))
      expect(missing).toEqual([])
      expect(missingPhrases(pages[0], [words.name, words.date])).toEqual([])
      expect(missingPhrases(pages.at(-1)!, [words.firstStep, words.firstStepHint, words.firstStepDate])).toEqual([])
    })

    it('prints every slide in order with its number under it, but the references: a page of their own, with every cited source\'s link', () => {
      expect(referencesSlide).toHaveLength(1)
      expect(slideKinds[referencesSlide[0] - 1]).toBe('figure-sources')
      expect(numbered.flat()).toEqual(slideTitles.map((_, i) => i + 1).filter(no => no !== referencesSlide[0]))
      expect(referencesPage, 'the references page').toBeGreaterThanOrEqual(0)
      expect(widths[referencesPage]).toEqual([])
      const links = citedSources(chartsOf(locale), sourcesOf(locale)).map(source => source.viaUrl ?? source.url)
      expect(links.filter(link => !compact[referencesPage].includes(normaliseText(link)))).toEqual([])
    })

    it('prints each slide at least 12 cm wide, three a page with eight lines beside each, or two a page 17 cm wide with three under each', () => {
      // Measured on the rendered page: the frame around each slide.
      expect(widths.map(row => row.length)).toEqual(numbered.map(slides => slides.length))
      const tooNarrow = widths.flatMap((row, p) => row.filter(width => width < 12).map(width => `page ${p + 1}: ${width.toFixed(1)} cm`))
      expect(tooNarrow).toEqual([])
      const lastPage = pages.length - 1
      widths.forEach((row, p) => {
        const wide = row.filter(width => width > 16).length
        expect(row.length, `page ${p + 1}`).toBeLessThanOrEqual(wide > 0 ? 2 : 3)
        // Every line ruled across the right of the page: eight beside each slide three a page,
        // three under each wide one; on the last page the first-step box (its top and bottom, its
        // three lines).
        const extra = p === lastPage ? 5 : 0
        expect(horizontalRules(outputs.handoutPdf, p + 1, 0.7, 0.93), `page ${p + 1}`).toBe(8 * (row.length - wide) + 3 * wide + extra)
      })
    })

    it('prints nothing under 6.5 pt, and the references at 9 pt or more', async () => {
      const smallest = await smallestTextOnPages(outputs.handoutPdf)
      expect(smallest.flatMap((size, p) => size < 6.5 ? [`page ${p + 1}: ${size.toFixed(2)} pt`] : [])).toEqual([])
      // 9 pt, as drawn: within a millionth of a point.
      expect(smallest[referencesPage]).toBeGreaterThan(9 - 1e-6)
    })

    it('prints each knowledge-check question without its answer: the handout goes to the room before the check', () => {
      const text = pdfText(outputs.handoutPdf)
      expect(missingPhrases(text, quiz.map(item => item.question))).toEqual([])
      expect(quiz.map(item => item.answer).filter(answer => missingPhrases(text, [answer]).length === 0)).toEqual([])
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
      const { slides, notes } = await pptxParts(outputs.pptx)
      expect(slides).toHaveLength(slideCount)
      expect(notes).toHaveLength(slideCount)
      expect(missingPhrases(notes.map(pptxText).join('\n'), noteHeadings)).toEqual([])
    })

    it('gives each slide its notes as plain paragraphs, one per paragraph of the notes, without Markdown', async () => {
      const { notes } = await pptxParts(outputs.pptx)
      expect(notes.map((xml, i) => plainNotesProblems(xml, slideNotes[i])).flat()).toEqual([])
    })
  })

  describe('the editable PowerPoint file', () => {
    let pptx: Awaited<ReturnType<typeof pptxParts>>
    beforeAll(async () => {
      pptx = await pptxParts(outputs.editablePptx)
    })
    const { office } = EDITIONS[locale]

    it('has one slide per deck slide, each with its title as editable text and its notes', () => {
      expect(pptx.slides).toHaveLength(slideCount)
      expect(pptx.notes).toHaveLength(slideCount)
      const missing = slideTitles.flatMap((title, i) => missingPhrases(pptxText(pptx.slides[i]), [title]).map(phrase => `slide ${i + 1}: ${phrase}`))
      expect(missing).toEqual([])
      expect(pptx.notes.map((xml, i) => plainNotesProblems(xml, slideNotes[i])).flat()).toEqual([])
    })

    it('sets every run in faces every Windows and macOS machine has, its East Asian text in the edition\'s Chinese face', async () => {
      const zip = await JSZip.loadAsync(readFileSync(outputs.editablePptx))
      const parts = await Promise.all(zip.file(/^ppt\/(?:slides|notesSlides|theme|slideMasters|slideLayouts|notesMasters)\/[^/]+\.xml$/).map(file => file.async('string')))
      const faces = new Set(parts.flatMap(xml => [...xml.matchAll(/<a:(latin|ea|cs) typeface="([^"]*)"/g)].map(([, script, face]) => `${script}: ${face}`)))
      expect(faces).toEqual(new Set([`latin: ${office.latin}`, `ea: ${office.eastAsian}`, `cs: ${office.latin}`]))
    })

    it('hides each knowledge-check answer until the click that reveals it, as the deck does', () => {
      for (const { question, answer } of quiz) {
        const index = pptx.slides.findIndex(xml => normaliseText(pptxText(xml)).includes(normaliseText(question)))
        expect(index, question).toBeGreaterThanOrEqual(0)
        const xml = pptx.slides[index]
        const answerShape = slideShapes(xml).find(shape => normaliseText(shape.text).includes(normaliseText(answer)))
        expect(answerShape, answer).toBeDefined()
        const timing = xml.match(/<p:timing>[\s\S]*<\/p:timing>/)?.[0] ?? ''
        // Appears on a click of its own ("Appear": visibility set to visible), never with the slide.
        expect(timing, `slide ${index + 1}`).toContain(`<p:spTgt spid="${answerShape!.id}"/>`)
        expect(timing.match(/nodeType="clickEffect"/g)?.length ?? 0).toBeGreaterThan(0)
        expect(normaliseText(pptxText(xml)).includes(normaliseText(question))).toBe(true)
      }
    })

    it('draws no text written for screen readers only', () => {
      const stray = pptx.slides.flatMap((xml, i) => slideShapes(xml).filter(shape => shape.text === wordsOf(locale).ui.slideNumber(i + 1)).map(() => `slide ${i + 1}`))
      expect(stray).toEqual([])
    })

    // CI installs LibreOffice (.ci/run); this machine has none of the deck's faces (Inter, Noto Sans
    // TC/SC) nor the file's (Arial, Microsoft JhengHei/YaHei): LibreOffice substitutes its own.
    it('opens in LibreOffice without the deck\'s fonts, every slide\'s title there and no word outside its text box', async () => {
      const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
      expect(families).not.toMatch(/^(?:Inter|Noto Sans (?:TC|SC)|Arial|Microsoft (?:JhengHei|YaHei))\b/m)
      // Converted once, in the setup (test/exports/setup.ts).
      const pdf = outputs.editablePptxInLibreOffice
      expect(pageCount(pdf)).toBe(slideCount)
      expect(missingPhrases(pdfText(pdf), slideTitles.filter(Boolean))).toEqual([])
      expect(await overflowingWords(outputs.editablePptx, pdf)).toEqual([])
    })

    it('draws each chart as native charts, a chart per row holding its figures in the deck\'s order and colours, built row by row on the deck\'s clicks, with its source line as text', async () => {
      const zip = await JSZip.loadAsync(readFileSync(outputs.editablePptx))
      const chartSlides = slideKinds.flatMap((kind, i) => kind === 'impact' ? [i + 1] : [])
      const charts = chartsOf(locale)
      expect(chartSlides).toHaveLength(charts.length)
      for (const [n, no] of chartSlides.entries()) {
        const chart = charts[n]
        const xml = pptx.slides[no - 1]
        const rels = await zip.file(`ppt/slides/_rels/slide${no}.xml.rels`)!.async('string')
        const frames = [...xml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)].map(([frame]) => ({
          id: frame.match(/<p:cNvPr id="(\d+)"/)![1],
          alt: pptxText(`<a:t>${frame.match(/descr="([^"]*)"/)![1]}</a:t>`),
          target: rels.match(new RegExp(`Id="${frame.match(/<c:chart [^>]*r:id="([^"]+)"/)![1]}"[^>]*Target="\\.\\./charts/([^"]+)"`))![1],
        }))
        expect(frames, `slide ${no}`).toHaveLength(chart.rows.length)
        for (const [k, frame] of frames.entries()) {
          const part = await zip.file(`ppt/charts/${frame.target}`)!.async('string')
          const values = [...part.match(/<c:numCache>[\s\S]*?<\/c:numCache>/)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, value]) => Number(value))
          expect(values, `slide ${no}, row ${k + 1}`).toEqual(MODEL_IDS.map(side => chart.rows[k][side].value))
          expect([...part.matchAll(/<c:dPt>[\s\S]*?srgbClr val="(\w+)"/g)].map(([, colour]) => colour)).toEqual(MODEL_IDS.map(side => MODEL_COLOURS[side]))
          expect(missingPhrases(frame.alt, [chart.rows[k].label, ...MODEL_IDS.map(side => figureText(chart.rows[k][side], chart.rows[k].unit, locale))])).toEqual([])
        }
        // Row k on click k: the frames are what the first clicks reveal, in order.
        const clicks = (xml.match(/<p:timing>[\s\S]*<\/p:timing>/)?.[0] ?? '').split('delay="indefinite"').slice(1)
        expect(clicks.slice(0, frames.length).map(click => [...click.matchAll(/<p:spTgt spid="(\d+)"\/>/g)].map(([, id]) => id))).toEqual(frames.map(frame => [frame.id]))
        expect(pptxText(xml).replace(/\s+/g, '')).toContain(sourceLine(chart, sourcesOf(locale), locale).replace(/\s+/g, ''))
        // The chart's table for screen readers (its header: "Measure", "Unit") is no text box.
        expect(pptxText(xml).split('\n')).not.toContain(wordsOf(locale).ui.measure)
      }
    })
  })
})
