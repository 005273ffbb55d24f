// The impact charts as the room sees them, in each edition: bars that really grow with the
// trainer's clicks and end at the data's values; still under reduced motion.
import type { Page } from 'playwright-chromium'
import { describe, expect, inject, it } from 'vitest'
import { chartsIn } from '../../data/chart-text'
import { layoutComparison } from '../../lib/chart-layout'
import { EDITION_LOCALES } from '../deck'
import { outputsOf, slidesOfClass } from './artifacts'
import { openSlide, recordPage, useBuiltSite } from './browser'

/** Rendered widths, in SVG units, of the bars of one side of the chart on slide `no`. */
function barWidths(page: Page, no: number, side: 'b2b' | 'b2c'): Promise<number[]> {
  return page.evaluate(({ no, side }) => {
    const svg = document.querySelector(`.slidev-page-${no} .comparison-chart__svg`) as SVGSVGElement
    const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    return [...svg.querySelectorAll(`.slot[data-side="${side}"] rect.bar`)].map(bar => bar.getBoundingClientRect().width / unit)
  }, { no, side })
}

/** Samples `side`'s bar widths every 30 ms for `ms` after pressing `key` once. */
async function sampleGrowth(page: Page, no: number, side: 'b2b' | 'b2c', ms: number, key = 'ArrowRight'): Promise<number[][]> {
  await page.keyboard.press(key)
  const samples: number[][] = []
  const end = Date.now() + ms
  while (Date.now() < end) {
    samples.push(await barWidths(page, no, side))
    await page.waitForTimeout(30)
  }
  return samples
}

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const deckFacts = inject('decks')[locale]
  // The impact slides, in the order of the charts they show.
  const impactNumbers = slidesOfClass(deckFacts, 'impact-slide')
  const impactSlides = chartsIn(locale).map((chart, i) => ({ chart, no: impactNumbers[i], title: deckFacts.slideTitles[impactNumbers[i] - 1] }))

  const deck = useBuiltSite(outputsOf(locale).site)

  describe.each(impactSlides)('the chart on "$title"', ({ chart, no }) => {
    const expected = layoutComparison(chart).rows.map(row => row.bars)
    const finalWidths = (side: 'b2b' | 'b2c') => expected.flatMap(bars => bars.filter(bar => bar.side === side).map(bar => bar.width))

    it('is on its slide', async () => {
      expect(impactNumbers).toHaveLength(chartsIn(locale).length)
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await openSlide(page, deck.site.url, no)
      expect(await page.locator(`.slidev-page-${no} [data-chart]`).getAttribute('data-chart')).toBe(chart.id)
      await page.close()
    })

    it('grows its bars with the clicks, B2B then B2C, to the values of the data', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      const record = recordPage(page)
      await openSlide(page, deck.site.url, no)
      for (const side of ['b2b', 'b2c'] as const) {
        const final = finalWidths(side)
        expect(await barWidths(page, no, side)).toEqual(final.map(() => 0))
        const samples = await sampleGrowth(page, no, side, 1200)
        // Caught mid-way: some sample lies strictly between nothing and the full length.
        const midway = samples.some(widths => widths.some((width, i) => width > 0.5 && width < final[i] - 0.5))
        expect(midway, `no sample between start and end: ${JSON.stringify(samples)}`).toBe(true)
        // Growth only ever goes one way.
        for (let i = 1; i < samples.length; i++)
          samples[i].forEach((width, bar) => expect(width).toBeGreaterThanOrEqual(samples[i - 1][bar] - 0.01))
        const last = await barWidths(page, no, side)
        last.forEach((width, i) => expect(width).toBeCloseTo(final[i], 0))
      }
      await page.close()
      expect(record.problems).toEqual([])
    })

    it('grows again from zero when the trainer comes back to the slide', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await openSlide(page, deck.site.url, no + 1)
      const final = finalWidths('b2b')
      // Going back lands on the slide's last click, with the whole chart built.
      const samples = await sampleGrowth(page, no, 'b2b', 1200, 'ArrowLeft')
      expect(samples.some(widths => widths.some((width, i) => width > 0.5 && width < final[i] - 0.5))).toBe(true)
      samples.at(-1)!.forEach((width, i) => expect(width).toBeCloseTo(final[i], 0))
      await page.close()
    })

    it('jumps straight to each step\'s final state under reduced motion', async () => {
      const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
      const page = await context.newPage()
      await openSlide(page, deck.site.url, no)
      const samples = await sampleGrowth(page, no, 'b2b', 400)
      const final = finalWidths('b2b')
      // From the first sample after the click on, the bars are already full length.
      for (const widths of samples.slice(1))
        widths.forEach((width, i) => expect(width).toBeCloseTo(final[i], 0))
      await context.close()
    })
  })
})
