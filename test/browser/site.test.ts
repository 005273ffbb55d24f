// The built site of each edition as the audience sees it: every slide renders cleanly, offline,
// inside 16:9.
import type { BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ARTICLE_POINTS } from '../article-points'
import { EDITION_LOCALES, noteHeading } from '../deck'
import { missingPhrases } from '../text'
import { outputsOf, slidesOfClass } from './artifacts'
import { offSiteRequests, openSlide, overflowingElements, recordPage, seriousAxeViolations, slideDensity, useBuiltSite } from './browser'
import { textBelowFloors } from './text-size'

/** Readable from the back of the room: the rest belongs in the speaker notes. */
const MAX_BULLETS = 6
/** In English words; a Chinese character counts half a word (see readingLoad). */
const MAX_WORDS = 45
/**
 * Slides meant to be read rather than watched, by their class: the publisher's notice in two
 * languages and the references (sources-slide), and the one-page summary table of the whole
 * comparison, a handout page (summary-slide).
 */
const FULL_TEXT_CLASSES = ['sources-slide', 'summary-slide']

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const deckFacts = inject('decks')[locale]
  const { slideTitles, slideClasses, slideNotes } = deckFacts
  const slides = slideTitles.map((title, index) => ({ no: index + 1, title, classes: slideClasses[index] }))
  const { site, sitePdfName } = outputsOf(locale)

  const deck = useBuiltSite(site)

  describe.each(slides)('slide $no: $title', ({ no, classes }) => {
    let page: Page
    let record: ReturnType<typeof recordPage>

    beforeAll(async () => {
      page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      record = recordPage(page)
      await openSlide(page, deck.site.url, no)
    })

    afterAll(() => page?.close())

    it('renders with no console error or warning', () => {
      expect(record.problems).toEqual([])
      expect(page.locator(`.slidev-page-${no} .slidev-layout`)).toBeTruthy()
    })

    it('makes no request beyond the local server', () => {
      expect(record.requests.length).toBeGreaterThan(0)
      expect(offSiteRequests(record.requests, deck.site.url)).toEqual([])
    })

    it('keeps all of its content inside the 16:9 slide', async () => {
      const slideBox = await page.locator(`.slidev-page-${no}`).boundingBox()
      expect(slideBox!.width / slideBox!.height).toBeCloseTo(16 / 9, 2)
      expect(await overflowingElements(page, no)).toEqual([])
    })

    if (!FULL_TEXT_CLASSES.some(name => classes.includes(name))) {
      it(`asks the room to read at most ${MAX_BULLETS} bullets and ${MAX_WORDS} words`, async () => {
        const { words, bullets } = await slideDensity(page, no)
        expect(bullets).toBeLessThanOrEqual(MAX_BULLETS)
        expect(words).toBeLessThanOrEqual(MAX_WORDS)
      })
    }
  })

  describe.each(slides)('slide $no: $title, fully revealed', ({ no }) => {
    let context: BrowserContext
    let page: Page

    beforeAll(async () => {
      // Reduced motion: every click's final state at once, so no half-faded text is measured.
      context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', colorScheme: 'light' })
      page = await context.newPage()
      await openSlide(page, deck.site.url, no, { allClicks: true })
    })

    afterAll(() => context?.close())

    it('draws every text at least at its size floor, legible from the back of the room', async () => {
      expect(await textBelowFloors(page, no)).toEqual([])
    })

    it('has no serious or critical accessibility problem, in light or in dark mode', async () => {
      await page.waitForTimeout(300)
      const light = await seriousAxeViolations(page, no)
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'))
      await page.waitForTimeout(300)
      const dark = await seriousAxeViolations(page, no)
      expect({ light, dark }).toEqual({ light: [], dark: [] })
    })
  })

  describe('the overflow check', () => {
    it('catches content pushed off the slide and content cut off by its box', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await openSlide(page, deck.site.url, 1)
      await page.evaluate(() => {
        const layout = document.querySelector('.slidev-page-1 .slidev-layout')!
        layout.insertAdjacentHTML('beforeend', '<p id="too-low" style="position:absolute;top:110%">below the slide</p>'
        + '<div id="too-small" style="height:20px;overflow:hidden"><p>one</p><p>two</p></div>')
      })
      const found = await overflowingElements(page, 1)
      await page.close()
      expect(found).toEqual([
        'p "below the slide" lies outside the slide',
        'div "onetwo" cuts off its content',
      ])
    })
  })

  describe('the text-size check', () => {
    it('measures HTML text in slide pixels and SVG text at its drawn size, each against its floor', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await openSlide(page, deck.site.url, 1)
      await page.evaluate(() => {
        const layout = document.querySelector('.slidev-page-1 .slidev-layout')!
        // 20 units drawn in a 100-unit-wide box 50 px wide: 10 px on the slide.
        layout.insertAdjacentHTML('beforeend', '<p style="font-size:17px">small body</p>'
        + '<p class="credits" style="font-size:11px">credit</p>'
        + '<svg viewBox="0 0 100 20" style="width:50px"><text y="18" font-size="20">shrunk</text></svg>')
      })
      const found = await textBelowFloors(page, 1)
      await page.close()
      expect(found).toEqual([
        'p "small body" 17.0 px < 18 px (main text)',
        'text "shrunk" 10.0 px < 18 px (main text)',
      ])
    })
  })

  /**
   * Opens the `nth` slide of class `className`, then presses each of `keys` in turn, returning which
   * `selector` elements were still hidden before the first key and after each.
   */
  async function revealSequence(className: string, selector: string, keys: string[], nth = 0): Promise<boolean[][]> {
    const no = slidesOfClass(deckFacts, className)[nth]
    const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await openSlide(page, deck.site.url, no)
    const hidden = () => page.locator(`.slidev-page-${no} ${selector}`).evaluateAll(elements =>
      elements.map(element => element.classList.contains('slidev-vclick-hidden')))
    const states = [await hidden()]
    for (const key of keys) {
      await page.keyboard.press(key)
      // Wait for the click to land before reading the next state.
      await expect.poll(async () => (await hidden()).filter(Boolean).length).toBeLessThan(states.at(-1)!.filter(Boolean).length)
      states.push(await hidden())
    }
    await page.close()
    return states
  }

  describe('the comparisons', () => {
    it('reveal B2B on the first click and B2C on the second', async () => {
      expect(await revealSequence('comparison-slide', '.compare-column', ['ArrowRight', 'ArrowRight']))
        .toEqual([[true, true], [false, true], [false, false]])
    })
  })

  describe('the knowledge check', () => {
    it('reveals each answer on the next key press, in order', async () => {
      // The second knowledge-check slide asks two questions.
      expect(await revealSequence('quiz-slide', '.quiz-question__answer', ['ArrowRight', 'Space'], 1))
        .toEqual([[true, true], [false, true], [false, false]])
    })
  })

  describe('the built site', () => {
    it('offers the PDF handout for download', async () => {
      const page = await deck.browser.newPage()
      const response = await page.request.get(`${deck.site.url}/${sitePdfName}`)
      expect(response.status()).toBe(200)
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
      await page.close()
    })
  })

  describe('the presenter view', () => {
    it('shows the trainer the current slide\'s notes, with nothing logged and nothing fetched', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      const record = recordPage(page)
      await page.goto(`${deck.site.url}/presenter/2`, { waitUntil: 'networkidle' })
      await expect.poll(() => page.locator('.slidev-note').first().textContent()).toContain(noteHeading(slideNotes[1]))
      await page.close()
      expect(record.problems).toEqual([])
      expect(offSiteRequests(record.requests, deck.site.url)).toEqual([])
    })
  })

  describe('the deck as a whole', () => {
    it('shows every heading and point of the article', async () => {
      const page = await deck.browser.newPage()
      const texts: string[] = []
      for (const { no } of slides) {
        await openSlide(page, deck.site.url, no)
        texts.push(await page.locator(`.slidev-page-${no}`).textContent() ?? '')
      }
      await page.close()
      const deckText = texts.join('\n')
      const missing = ARTICLE_POINTS.flatMap(point => missingPhrases(deckText, point.deck[locale]).map(phrase => `${point.line}: "${phrase}"`))
      expect(missing).toEqual([])
    })

    it('draws its text in the self-hosted fonts', async () => {
      const page = await deck.browser.newPage()
      await openSlide(page, deck.site.url, 1)
      const loaded = await page.evaluate(() =>
        [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/["']/g, '')))
      await page.close()
      expect(new Set(loaded)).toEqual(new Set(['Inter', 'Noto Sans TC']))
    })
  })
})
