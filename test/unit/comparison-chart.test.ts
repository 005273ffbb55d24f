// @vitest-environment happy-dom
import type { ComparisonDataset } from '../../data/types'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import ComparisonChart from '../../components/ComparisonChart.vue'
import { layoutComparison } from '../../lib/chart-layout'
import { chartsOf, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES, sourcesOf, STRATEGIC_DECISIONS } from '../deck'

// Slidev's client only runs inside a deck; stand in for what the chart uses of it.
const slidev = vi.hoisted(() => ({ printMode: false, enter: [] as (() => void)[], leave: [] as (() => void)[], configs: {} as { lang?: string } }))
vi.mock('@slidev/client', () => ({
  configs: slidev.configs,
  useNav: () => ({ isPrintMode: ref(slidev.printMode) }),
  onSlideEnter: (callback: () => void) => slidev.enter.push(callback),
  onSlideLeave: (callback: () => void) => slidev.leave.push(callback),
}))

/** Makes `prefers-reduced-motion: reduce` match, or not. */
function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

/** Runs the queued animation frames, as a browser would on its next paints. */
async function nextFrames() {
  vi.runAllTimers()
  await flushPromises()
}

beforeEach(() => {
  delete slidev.configs.lang
  slidev.printMode = false
  slidev.enter = []
  slidev.leave = []
  preferReducedMotion(false)
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const mountChart = (data: ComparisonDataset, step: number) => mount(ComparisonChart, { props: { data, sources: sourcesOf('en'), step } })
/** The chart's accessible name, as the spec computes it from aria-labelledby: the named elements' text, a space between. */
function accessibleName(wrapper: ReturnType<typeof mount>): string {
  return wrapper.find('svg').attributes('aria-labelledby')!.split(' ').map(id => wrapper.find(`[id="${id}"]`).text()).join(' ')
}
function scales(wrapper: ReturnType<typeof mountChart>) {
  return wrapper.findAll('rect.bar').map(bar => `${bar.attributes('data-value')}:${bar.attributes('style')}`)
}

describe('comparisonChart', () => {
  it('draws one bar per figure at the lengths the layout gives, each value as precise as its source', () => {
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    const expected = layoutComparison(MARKET_EXPANSION).rows.flatMap(row => row.bars)
    const bars = wrapper.findAll('rect.bar')
    expect(bars.map(bar => [bar.attributes('data-value'), Number(bar.attributes('width'))]))
      .toEqual(expected.map(bar => [String(bar.value), bar.width]))
    // 21.2 is derived (25.6 − 4.4), so it carries the mark the source line explains.
    expect(wrapper.findAll('.value-label').map(label => label.text())).toEqual(['21.2*', '4.4', '21.8', '4.9'])
    expect(mountChart(FINANCIAL_PERFORMANCE, 3).findAll('.value-label').map(label => label.text())).toEqual(['5.15%', '6.81%', '24.8%*', '26.3%*'])
  })

  it('names each row\'s own unit and its scale\'s end, and labels the bars directly: no gridlines', () => {
    const wrapper = mountChart(STRATEGIC_DECISIONS, 2)
    expect(wrapper.findAll('.unit-label').map(label => label.text())).toEqual(['% of the firm\'s budget, product companies', '% of revenue as reported (possibly of firm budget), product companies'])
    expect(wrapper.findAll('.scale-end').map(label => label.text())).toEqual(['0–100%', '0–100%'])
    expect(mountChart(FINANCIAL_PERFORMANCE, 2).findAll('.scale-end').map(label => label.text())).toEqual(['0–8%', '0–100%'])
    expect(mountChart(MARKET_EXPANSION, 2).findAll('.scale-end').map(label => label.text())).toEqual(['0–25', '0–25'])
    expect(wrapper.findAll('.tick-label, .grid')).toHaveLength(0)
  })

  it('draws a 0–100% lane under every share before its bars grow, and none under amounts or rates', () => {
    expect(mountChart(OPERATIONAL_CHALLENGES, 0).findAll('rect.track')).toHaveLength(4)
    expect(mountChart(MARKET_EXPANSION, 0).findAll('rect.track')).toHaveLength(0)
    // Churn is a rate (no lane), the Q4 share a share.
    expect(mountChart(FINANCIAL_PERFORMANCE, 0).findAll('rect.track')).toHaveLength(2)
    expect(mountChart(MARKET_EXPANSION, 0).findAll('.row-label').map(label => label.text())).toEqual(['Global e-commerce sales, 2018', 'Global e-commerce sales, 2019'])
  })

  it('is named by its title and every row\'s figures, unique to each chart', () => {
    const first = mountChart(MARKET_EXPANSION, 3)
    const second = mountChart(OPERATIONAL_CHALLENGES, 3)
    const svg = first.find('svg')
    expect(svg.attributes('role')).toBe('img')
    // The name a screen reader says, and a tagged PDF keeps as the chart's alternative text.
    expect(accessibleName(first)).toBe('How big each market is, B2B vs B2C. '
      + 'Global e-commerce sales, 2018 (US$ trillion): B2B 21.2*, B2C 4.4, B2B 4.8× B2C. Global e-commerce sales, 2019 (US$ trillion): B2B 21.8, B2C 4.9, B2B 4.4× B2C.')
    expect(second.find('svg').attributes('aria-labelledby')).not.toBe(svg.attributes('aria-labelledby'))
  })

  it('carries every value, its unit and its source in a hidden table', () => {
    const table = mountChart(FINANCIAL_PERFORMANCE, 0).find('table.sr-only')
    // The caption carries what the slide's one source line leaves to the sources page.
    expect(table.find('caption').text()).toMatch(/^Repeat business and seasonality, B2B vs B2C\. Sources: Recurly Research 2019; US Census Bureau 2023 \(secondary source\)\. \*Derived: formula in the appendix\. \*Derived: B2B = manufacturers' shipments/)
    expect(table.find('caption').text()).toContain('not directly comparable')
    expect(table.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))).toEqual([
      ['Median monthly subscriber churn, 2019', '% of subscribers lost a month, subscription businesses', '5.15%', '6.81%'],
      ['Q4 share of sales, US 2023: manufacturers vs retail', '% of the year\'s sales', '24.8%*', '26.3%*'],
    ])
  })

  it('names the model beside every bar, so colour is never the only cue', () => {
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    const slots = wrapper.findAll('.slot')
    expect(slots.map(slot => [slot.attributes('data-side'), slot.find('.side-label').text()]))
      .toEqual([['b2b', 'B2B'], ['b2c', 'B2C'], ['b2b', 'B2B'], ['b2c', 'B2C']])
  })

  it('names the gap of a row of one survey, says "not directly comparable" for two, and labels a baseline at its line', () => {
    const wrapper = mountChart(FINANCIAL_PERFORMANCE, 2)
    expect(wrapper.findAll('.gap-label').map(label => label.text())).toEqual(['B2C +1.66 pts over B2B', 'not directly comparable'])
    expect(wrapper.findAll('.gap-label--none')).toHaveLength(1)
    expect(wrapper.findAll('.baseline-key text').map(label => label.text())).toEqual(['25% = an even quarter'])
    // A rough figure and its gap say so.
    const digital = mountChart(OPERATIONAL_CHALLENGES, 2)
    expect(digital.findAll('.value-label').map(label => label.text())).toEqual(['6%', '30%', '10%', '≈20%*'])
    expect(digital.findAll('.gap-label').map(label => label.text())).toEqual(['B2C +24 pts over B2B', 'B2C about +10 pts over B2B'])
  })

  it('prints one source line under the chart: its sources, and where a derived figure\'s formula is', () => {
    expect(mountChart(MARKET_EXPANSION, 0).find('figcaption').text()).toBe(
      'Sources: UNCTAD 2020; UNCTAD 2021 (secondary source). *Derived: formula in the appendix.',
    )
  })

  it('grows a row a step after the slide is entered: both bars of row 1 on step 1, of row 2 on step 2', async () => {
    const wrapper = mountChart(MARKET_EXPANSION, 1)
    slidev.enter.forEach(enter => enter())
    await flushPromises()
    // First frame: every bar at zero, so the transition has a start.
    expect(scales(wrapper)).toEqual(['21.2:transform: scaleX(0);', '4.4:transform: scaleX(0);', '21.8:transform: scaleX(0);', '4.9:transform: scaleX(0);'])
    await nextFrames()
    expect(scales(wrapper)).toEqual(['21.2:transform: scaleX(1);', '4.4:transform: scaleX(1);', '21.8:transform: scaleX(0);', '4.9:transform: scaleX(0);'])
    expect(wrapper.findAll('.gap-label').map(gap => gap.attributes('style'))).toEqual(['opacity: 1;', 'opacity: 0;'])
    await wrapper.setProps({ step: 2 })
    expect(scales(wrapper)).toEqual(['21.2:transform: scaleX(1);', '4.4:transform: scaleX(1);', '21.8:transform: scaleX(1);', '4.9:transform: scaleX(1);'])
    expect(wrapper.findAll('.gap-label').every(gap => gap.attributes('style') === 'opacity: 1;')).toBe(true)
  })

  it('starts again from zero when the slide is left and entered again', async () => {
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    slidev.enter.forEach(enter => enter())
    await nextFrames()
    slidev.leave.forEach(leave => leave())
    await flushPromises()
    expect(wrapper.findAll('rect.bar').every(bar => bar.attributes('style') === 'transform: scaleX(0);')).toBe(true)
  })

  it.each([
    ['in print and export', () => { slidev.printMode = true }],
    ['under reduced motion', () => preferReducedMotion(true)],
  ])('shows the final state of its step at once %s', async (_, setUp) => {
    setUp()
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    slidev.enter.forEach(enter => enter())
    await flushPromises()
    // No animation frame has run: the state is final already, with transitions off.
    expect(wrapper.find('figure').classes()).toContain('comparison-chart--instant')
    expect(wrapper.findAll('rect.bar').every(bar => bar.attributes('style') === 'transform: scaleX(1);')).toBe(true)
    expect(wrapper.findAll('.gap-label').every(gap => gap.attributes('style') === 'opacity: 1;')).toBe(true)
  })

  it('speaks the language of the deck\'s headmatter, with its own number formats, from the same figures', () => {
    slidev.configs.lang = 'zh-Hant'
    const wrapper = mount(ComparisonChart, { props: { data: chartsOf('zh-Hant')[3], sources: sourcesOf('zh-Hant'), step: 3 } })
    expect(accessibleName(wrapper)).toBe(
      '回購（留存）與季節性，B2B 與 B2C 對比。 '
      + '訂閱者每月流失率中位數，2019 年（每月流失的訂閱者 %，僅限訂閱制企業）：B2B 5.15%，B2C 6.81%，B2C 比 B2B 高 1.66 個百分點。'
      + '第四季占全年銷售額，美國 2023 年：製造商對零售業（占全年銷售額的 %）：B2B 24.8%*，B2C 26.3%*，25% = 每季平均，不能直接比較。',
    )
    expect(wrapper.findAll('.value-label').map(label => label.text())).toEqual(['5.15%', '6.81%', '24.8%*', '26.3%*'])
    expect(wrapper.findAll('.gap-label').map(label => label.text())).toEqual(['B2C 比 B2B 高 1.66 個百分點', '不能直接比較'])
    expect(wrapper.find('figcaption').text()).toBe('資料來源：Recurly Research 2019；US Census Bureau 2023（二手來源）。*推算值：公式見附錄。')
    expect(wrapper.find('table.sr-only thead').text()).toContain('項目')
    expect(wrapper.find('table.sr-only caption').text()).toMatch(/^回購（留存）與季節性，B2B 與 B2C 對比。資料來源：/)
  })
})
