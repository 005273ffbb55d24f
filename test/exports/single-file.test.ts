// The deck in one HTML file (`npm run export -- --only one-file`, made by the global setup), opened
// from disk as a trainer double-clicks it: no server. One page per edition walks every slide and
// click; the checks: nothing logged, nothing asked for but the file itself and its data: URLs, the
// charts grow with their clicks, the knowledge check's answers appear; and the presenter view
// shows the notes and keeps the room's window in step.
import type { Browser, Page } from 'playwright-chromium'
import type { DeckFacts } from '../outputs'
import { readFileSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { externalReferences } from '../../vite/single-file'
import { fullyRevealed, launchChromium, positionOf, pressAndSettle, pressRemote, recordPage } from '../browser/browser'
import { lowContrastTexts } from '../browser/legibility'
import { EDITION_LOCALES, noteHeading } from '../deck'
import { outputsOf, slidesOfKind } from '../outputs'

/** What `npm run bench` aims for; the deck is about 1 MB. */
const MAX_BYTES = 3 * 1024 * 1024

/** What the walk saw at one slide and click. */
interface Step {
  no: number
  clicks: number
  /** The total drawn length of the slide's chart bars, in SVG units (0 without a chart). */
  barLength: number
  /** How many knowledge-check answers are shown. */
  answersShown: number
  /** Texts below WCAG AA against what is drawn behind them: this file's one stylesheet orders rules unlike the site's. */
  lowContrast: string[]
}

/** Reads the displayed slide's chart bars and shown answers. */
function readStep(page: Page, no: number): Promise<Omit<Step, 'no' | 'clicks' | 'lowContrast'>> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const svg = slide.querySelector<SVGSVGElement>('svg.comparison-chart__svg')
    const unit = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1
    const barLength = [...slide.querySelectorAll('rect.bar')].reduce((sum, bar) => sum + bar.getBoundingClientRect().width / unit, 0)
    const answersShown = [...slide.querySelectorAll('.quiz-question__answer')].filter(answer => !answer.classList.contains('slidev-vclick-hidden')).length
    return { barLength, answersShown }
  }, no)
}

/** Opens the file at its first slide (hash routing: `…html#/1`), and waits until it is displayed. */
async function openFirstSlide(page: Page, fileUrl: string): Promise<void> {
  await page.goto(`${fileUrl}#/1`)
  await page.locator('.slidev-page-1').waitFor({ state: 'visible' })
}

/** Walks the deck from its first slide to its last click with the right arrow, as a trainer presents. */
async function walkDeck(page: Page, fileUrl: string, deck: DeckFacts): Promise<Step[]> {
  await openFirstSlide(page, fileUrl)
  const steps: Step[] = []
  let position = positionOf(page.url(), fileUrl)
  while (true) {
    steps.push({ ...position, ...await readStep(page, position.no), lowContrast: await lowContrastTexts(page, `.slidev-page-${position.no}`) })
    if (position.no === deck.slideCount && await fullyRevealed(page, position.no, position.clicks, deck.slideClicks[position.no - 1]))
      return steps
    position = await pressAndSettle(page, 'ArrowRight', fileUrl)
  }
}

describe.each(EDITION_LOCALES)('the %s edition in one HTML file, opened from disk', (locale) => {
  const deck = inject('decks')[locale]
  const file = outputsOf(locale).html
  const fileUrl = pathToFileURL(file).href
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('stands alone: no src, href or url() points outside it', () => {
    expect(externalReferences(readFileSync(file, 'utf8'))).toEqual([])
  })

  it(`weighs at most ${MAX_BYTES / 1024 / 1024} MB`, () => {
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES)
  })

  describe('walked slide by slide and click by click', () => {
    let steps: Step[]
    let record: ReturnType<typeof recordPage>

    beforeAll(async () => {
      // Reduced motion, as the site's walk: every click shows its final state once the page has
      // settled, so what is measured is what the room reads, not a slide mid-transition.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
      const page = await context.newPage()
      record = recordPage(page)
      steps = await walkDeck(page, fileUrl, deck)
      await context.close()
    })

    it('reaches every slide in order, logs nothing, and asks for nothing but itself and its data: URLs', () => {
      expect([...new Set(steps.map(step => step.no))]).toEqual(deck.slideTitles.map((_, i) => i + 1))
      expect(record.problems).toEqual([])
      expect(record.requests.filter(url => !url.startsWith('data:') && url.split('#')[0] !== fileUrl)).toEqual([])
    })

    it('grows each chart with its clicks: no bar before the first, a row more at each of the next two', () => {
      const charted = slidesOfKind(deck, 'impact')
      expect(charted.length).toBe(4)
      for (const no of charted) {
        const lengths = steps.filter(step => step.no === no).map(step => Math.round(step.barLength))
        // The third click turns the question into the finding, the fourth shows the article's
        // points; the bars stay.
        expect(lengths.length, `slide ${no}: ${lengths.join(' → ')}`).toBe(5)
        expect(lengths[0]).toBe(0)
        expect(lengths[1]).toBeGreaterThan(0)
        expect(lengths[2]).toBeGreaterThan(lengths[1])
        expect(lengths.slice(3)).toEqual([lengths[2], lengths[2]])
      }
    })

    it('draws every text of every click state at WCAG AA against what is drawn behind it, as the site does', () => {
      expect(steps.flatMap(step => step.lowContrast.map(text => `slide ${step.no}, click ${step.clicks}: ${text}`))).toEqual([])
    })

    it('shows the knowledge check\'s answers, one more at each click', () => {
      const quizzes = slidesOfKind(deck, 'quiz').filter(no => steps.some(step => step.no === no && step.answersShown > 0))
      expect(quizzes.length).toBeGreaterThan(0)
      for (const no of quizzes) {
        const shown = steps.filter(step => step.no === no).map(step => step.answersShown)
        expect(shown, `slide ${no}`).toEqual(shown.map((_, i) => i))
      }
    })
  })

  it('switches to dark mode and opens the overview of every slide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const record = recordPage(page)
    await openFirstSlide(page, fileUrl)
    const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'))
    const before = await dark()
    await page.keyboard.press('d')
    await expect.poll(dark).toBe(!before)
    await page.keyboard.press('o')
    await expect.poll(() => page.locator('.z-modal .grid > .relative').count()).toBe(deck.slideCount)
    await page.close()
    expect(record.problems).toEqual([])
  })

  it('shows the trainer the notes in the presenter view, and the room\'s window follows it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const audience = await context.newPage()
    const record = recordPage(audience)
    await openFirstSlide(audience, fileUrl)
    const presenter = await context.newPage()
    await presenter.goto(`${fileUrl}#/presenter/2`)
    await expect.poll(() => presenter.locator('.slidev-note').first().textContent()).toContain(noteHeading(deck.slideNotes[1]))
    await expect.poll(() => positionOf(audience.url(), fileUrl).no).toBe(2)
    await pressRemote(presenter, 'ArrowRight')
    await expect.poll(() => presenter.url()).toMatch(/#\/presenter\/3\b/)
    await expect.poll(() => positionOf(audience.url(), fileUrl).no).toBe(3)
    await context.close()
    expect(record.problems).toEqual([])
  })
})
