// The impact charts as the room sees them, in each edition: bars that really grow with the
// trainer's clicks, a row (both bars) a click, and end at the data's values, grow again when the
// trainer comes back, and stand still under reduced motion. One page per edition goes from chart
// to chart.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { RemoteKey } from './browser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { layoutComparison } from '../../lib/chart-layout'
import { chartsOf, EDITION_LOCALES } from '../deck'
import { outputsOf, slidesOfKind } from '../outputs'
import { openSlide, pressAndSettle, pressRemote, recordPage, useBuiltSite } from './browser'

/** Rendered widths, in SVG units, of the bars of row `row` (B2B, then B2C) of the chart on slide `no`. */
function barWidths(page: Page, no: number, row: number): Promise<number[]> {
  return page.evaluate(({ no, row }) => {
    const svg = document.querySelector(`.slidev-page-${no} .comparison-chart__svg`) as SVGSVGElement
    const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    return [...svg.querySelectorAll(`.row[data-row="${row}"] rect.bar`)].map(bar => bar.getBoundingClientRect().width / unit)
  }, { no, row })
}

/**
 * Presses `key`, then reads row `row`'s bar widths on every animation frame until they reach
 * `final` (or 3 s pass): the growth as the room sees it, frame by frame. The sampling starts on the
 * key's own event, in its task: started by the test after the press, it could find on a loaded
 * machine the whole growth already passed.
 */
async function growthAfter(page: Page, key: RemoteKey, no: number, row: number, final: number[]): Promise<number[][]> {
  type Sampled = Window & { growth?: Promise<number[][]> }
  await page.evaluate(({ no, row, final }) => {
    (window as Sampled).growth = new Promise<number[][]>((done) => {
      addEventListener('keydown', () => {
        const samples: number[][] = []
        const start = performance.now()
        const frame = () => {
          const svg = document.querySelector(`.slidev-page-${no} .comparison-chart__svg`) as SVGSVGElement
          const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
          const widths = [...svg.querySelectorAll(`.row[data-row="${row}"] rect.bar`)].map(bar => bar.getBoundingClientRect().width / unit)
          samples.push(widths)
          const arrived = widths.every((width, i) => Math.abs(width - final[i]) < 0.5)
          if ((arrived && samples.length > 1) || performance.now() - start > 3000)
            done(samples)
          else
            requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }, { once: true, capture: true })
    })
  }, { no, row, final })
  await pressRemote(page, key)
  return page.evaluate(() => (window as Sampled).growth!)
}

/** Some sample lies strictly between nothing and the full length: the bars were caught growing. */
function caughtMidway(samples: number[][], final: number[]): boolean {
  return samples.some(widths => widths.some((width, i) => width > 0.5 && width < final[i] - 0.5))
}

/** Growth only ever goes one way. */
function neverShrinks(samples: number[][]): boolean {
  return samples.every((widths, i) => i === 0 || widths.every((width, bar) => width >= samples[i - 1][bar] - 0.01))
}

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const deckFacts = inject('decks')[locale]
  // The impact slides, in the order of the charts they show.
  const impactNumbers = slidesOfKind(deckFacts, 'impact')
  const impactSlides = chartsOf(locale).map((chart, i) => ({ chart, no: impactNumbers[i], title: deckFacts.slideTitles[impactNumbers[i] - 1] }))
  const { site, siteBase } = outputsOf(locale)
  const deck = useBuiltSite(site, siteBase)

  let page: Page
  let record: ReturnType<typeof recordPage>
  beforeAll(async () => {
    page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
    record = recordPage(page)
  })
  afterAll(() => page?.close())

  it('has one chart per impact slide', () => {
    expect(impactNumbers).toHaveLength(chartsOf(locale).length)
  })

  describe.each(impactSlides)('the chart on "$title"', ({ chart, no }) => {
    const finalWidths = (row: number) => layoutComparison(chart).rows[row].bars.map(bar => bar.width)

    it('is on its slide and grows its rows with the clicks, both bars of one row a click, to the values of the data', async () => {
      await openSlide(page, deck.site.url, no)
      expect(await page.locator(`.slidev-page-${no} [data-chart]`).getAttribute('data-chart')).toBe(chart.id)
      for (const row of chart.rows.keys()) {
        const final = finalWidths(row)
        expect(await barWidths(page, no, row)).toEqual(final.map(() => 0))
        const samples = await growthAfter(page, 'ArrowRight', no, row, final)
        expect(caughtMidway(samples, final), `no sample between start and end: ${JSON.stringify(samples)}`).toBe(true)
        expect(neverShrinks(samples)).toBe(true)
        samples.at(-1)!.forEach((width, i) => expect(width).toBeCloseTo(final[i], 0))
      }
      expect(record.problems).toEqual([])
    })

    it('grows again from zero when the trainer comes back to the slide', async () => {
      // The finding's click and the points' click, then on to the next slide and back: going back
      // lands on the last click.
      await pressAndSettle(page, 'ArrowRight', deck.site.url)
      await pressAndSettle(page, 'ArrowRight', deck.site.url)
      expect(await pressAndSettle(page, 'ArrowRight', deck.site.url)).toEqual({ no: no + 1, clicks: 0 })
      const final = finalWidths(0)
      const samples = await growthAfter(page, 'ArrowLeft', no, 0, final)
      expect(caughtMidway(samples, final), `no sample between start and end: ${JSON.stringify(samples)}`).toBe(true)
      samples.at(-1)!.forEach((width, i) => expect(width).toBeCloseTo(final[i], 0))
      expect(record.problems).toEqual([])
    })
  })

  describe('under reduced motion', () => {
    let context: BrowserContext
    let still: Page
    beforeAll(async () => {
      context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
      still = await context.newPage()
    })
    afterAll(() => context?.close())

    it.each(impactSlides)('the chart on "$title" jumps straight to each step\'s final state', async ({ chart, no }) => {
      await openSlide(still, deck.site.url, no)
      const before = still.url()
      await pressRemote(still, 'ArrowRight')
      await still.waitForURL(url => url.href !== before)
      // What reduced motion means, read from the page rather than timed: the bars have no
      // transition and run no animation, and they stand at their final length.
      const final = layoutComparison(chart).rows[0].bars.map(bar => bar.width)
      const bars = still.locator(`.slidev-page-${no} .bar`)
      expect(await bars.evaluateAll(all => all.map(bar => getComputedStyle(bar).transitionDuration))).toEqual(await bars.evaluateAll(all => all.map(() => '0s')))
      expect(await still.evaluate(n => document.querySelector(`.slidev-page-${n}`)!.getAnimations({ subtree: true }).length, no)).toBe(0)
      await expect.poll(() => barWidths(still, no, 0)).toEqual(final.map(width => expect.closeTo(width, 0)))
    })
  })
})
