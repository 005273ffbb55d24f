import type { ComparisonDataset } from '../../data/types'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import ComparisonChart from '../../components/ComparisonChart.vue'
import { chartIn } from '../../data/chart-text'
import { MARKET_EXPANSION, OPERATIONAL_CHALLENGES } from '../../data/charts'
import { layoutComparison } from '../../lib/chart-layout'

// Slidev's client only runs inside a deck; stand in for what the chart uses of it.
const slidev = vi.hoisted(() => ({ printMode: false, enter: [] as (() => void)[], leave: [] as (() => void)[] }))
vi.mock('@slidev/client', () => ({
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

const mountChart = (data: ComparisonDataset, step: number) => mount(ComparisonChart, { props: { data, step } })
function scales(wrapper: ReturnType<typeof mountChart>) {
  return wrapper.findAll('rect.bar').map(bar => `${bar.attributes('data-value')}:${bar.attributes('style')}`)
}

describe('comparisonChart', () => {
  it('draws one bar per figure at the lengths the layout gives', () => {
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    const expected = layoutComparison(MARKET_EXPANSION).rows.flatMap(row => row.slots)
    const bars = wrapper.findAll('rect.bar')
    expect(bars.map(bar => [bar.attributes('data-value'), Number(bar.attributes('width'))]))
      .toEqual(expected.map(slot => ['value' in slot ? String(slot.value) : '', 'width' in slot ? slot.width : 0]))
    expect(wrapper.findAll('.value-label').map(label => label.text())).toEqual(['21.0', '4.4', '21.8', '4.9'])
  })

  it('has an accessible name and description, unique to each chart', () => {
    const first = mountChart(MARKET_EXPANSION, 3)
    const second = mountChart(OPERATIONAL_CHALLENGES, 3)
    const svg = first.find('svg')
    expect(svg.attributes('role')).toBe('img')
    const title = first.find(`[id="${svg.attributes('aria-labelledby')}"]`)
    expect(title.text()).toBe('Global e-commerce sales (US$ trillion), B2B vs B2C')
    expect(first.find(`[id="${svg.attributes('aria-describedby')}"]`).text())
      .toBe('2018: B2B 21.0, B2C 4.4. 2019: B2B 21.8, B2C 4.9.')
    expect(second.find('svg').attributes('aria-labelledby')).not.toBe(svg.attributes('aria-labelledby'))
  })

  it('carries every value and its source in a hidden table', () => {
    const table = mountChart(OPERATIONAL_CHALLENGES, 0).find('table.sr-only')
    expect(table.find('caption').text()).toMatch(/^Seasonality: holiday share of a year's US retail sales \(% of the year's sales\), B2B vs B2C\. Sources: US Census Bureau 2021; National Retail Federation 2021\./)
    expect(table.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))).toEqual([
      ['Q4 share of retail e-commerce (2020)', 'No published B2B figure', '31%', '25%'],
      ['Nov–Dec share of all retail sales (5-year avg.)', 'No published B2B figure', '19%', '17%'],
    ])
  })

  it('names the model beside every bar, so colour is never the only cue', () => {
    const wrapper = mountChart(MARKET_EXPANSION, 3)
    const slots = wrapper.findAll('.slot')
    expect(slots.map(slot => [slot.attributes('data-side'), slot.find('.side-label').text()]))
      .toEqual([['b2b', 'B2B'], ['b2c', 'B2C'], ['b2b', 'B2B'], ['b2c', 'B2C']])
  })

  it('prints the source line under the chart', () => {
    expect(mountChart(MARKET_EXPANSION, 0).find('figcaption').text()).toBe('Sources: UNCTAD 2020; UNCTAD 2021 (secondary source).')
  })

  it('grows the bars after the slide is entered, B2B on step 1, B2C on step 2', async () => {
    const wrapper = mountChart(MARKET_EXPANSION, 1)
    slidev.enter.forEach(enter => enter())
    await flushPromises()
    // First frame: every bar at zero, so the transition has a start.
    expect(scales(wrapper)).toEqual(['21:transform: scaleX(0);', '4.4:transform: scaleX(0);', '21.8:transform: scaleX(0);', '4.9:transform: scaleX(0);'])
    await nextFrames()
    expect(scales(wrapper)).toEqual(['21:transform: scaleX(1);', '4.4:transform: scaleX(0);', '21.8:transform: scaleX(1);', '4.9:transform: scaleX(0);'])
    await wrapper.setProps({ step: 3 })
    expect(scales(wrapper)).toEqual(['21:transform: scaleX(1);', '4.4:transform: scaleX(1);', '21.8:transform: scaleX(1);', '4.9:transform: scaleX(1);'])
    expect(wrapper.findAll('.gap').every(gap => gap.attributes('style') === 'opacity: 1;')).toBe(true)
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
    expect(wrapper.findAll('.gap').every(gap => gap.attributes('style') === 'opacity: 1;')).toBe(true)
  })

  it('speaks the Chinese edition\'s language, with its own number formats, from the same figures', () => {
    const wrapper = mount(ComparisonChart, { props: { data: chartIn(OPERATIONAL_CHALLENGES, 'zh-Hant'), step: 3, locale: 'zh-Hant' } })
    const svg = wrapper.find('svg')
    expect(wrapper.find(`[id="${svg.attributes('aria-labelledby')}"]`).text()).toBe('季節性：節慶檔期占美國全年零售額的比例（占全年銷售額，單位 %），B2B 與 B2C 對比')
    expect(wrapper.find(`[id="${svg.attributes('aria-describedby')}"]`).text()).toBe(
      '第四季占零售電商銷售額（2020 年）：B2B 沒有公開的 B2B 數據，B2C 31%，全年平均分布 25%。'
      + '11–12 月占全部零售額（5 年平均）：B2B 沒有公開的 B2B 數據，B2C 19%，全年平均分布 17%。',
    )
    expect(wrapper.findAll('.value-label').map(label => label.text())).toEqual(['31%', '19%'])
    expect(wrapper.findAll('.gap text').map(label => label.text())).toEqual([
      'B2C 比 全年平均分布（25%） 高 6 個百分點',
      'B2C 比 全年平均分布（17%） 高 2 個百分點',
    ])
    expect(wrapper.find('figcaption').text()).toMatch(/^資料來源：US Census Bureau 2021；National Retail Federation 2021。推算方式：/)
    expect(wrapper.find('table.sr-only thead').text()).toContain('項目')
    expect(wrapper.find('table.sr-only caption').text()).toMatch(/^季節性：節慶檔期占美國全年零售額的比例（占全年銷售額，單位 %），B2B 與 B2C 對比。資料來源：/)
  })

  it('shows the data\'s problems instead of a wrong chart', () => {
    const broken = { ...MARKET_EXPANSION, b2c: [{ value: -1, source: 'E2' }, { value: 4.9, source: 'E1' }] }
    const wrapper = mountChart(broken, 3)
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toContain('[chart data] market-expansion: b2c[0].value is -1, below zero')
  })
})
