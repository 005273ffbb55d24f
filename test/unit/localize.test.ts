import type { ChartText } from '../../lib/localize'
import { describe, expect, it } from 'vitest'
import { CHART_TEXT, chartIn, chartProblems, chartsIn } from '../../data/chart-text'
import { CHARTS, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES } from '../../data/charts'
import { knowledgeCheck } from '../../data/knowledge-check'
import { SOURCES } from '../../data/sources'
import { LOCALES } from '../../lib/i18n'
import { chartTextProblems, localizeDataset } from '../../lib/localize'
import { validateDataset } from '../../lib/validate'

/** Everything a chart draws from, without its words. */
function figuresOf(dataset: typeof CHARTS[number]) {
  return {
    id: dataset.id,
    unit: dataset.unit.kind,
    digits: dataset.digits,
    values: [dataset.b2b, dataset.b2c].map(side => side.map(entry => entry.value)),
    sources: [dataset.b2b, dataset.b2c].map(side => side.map(entry => entry.value === null ? null : entry.source)),
    baseline: dataset.baseline?.values,
  }
}

describe('both editions', () => {
  it.each(LOCALES)('chart the same values, units and sources in %s', (locale) => {
    expect(chartsIn(locale).map(figuresOf)).toEqual(CHARTS.map(figuresOf))
  })

  it('have every word of every chart, and valid data', () => {
    expect(chartProblems()).toEqual([])
  })

  it('quote the same chart figures in the knowledge check, each in its own format', () => {
    expect(knowledgeCheck('en')[2].answer).toBe('B2B: US$21.8 trillion against US$4.9 trillion (2019).')
    expect(knowledgeCheck('zh-Hant')[2].answer).toBe('B2B：2019 年為 21.8 兆美元，B2C 為 4.9 兆美元。')
    expect(knowledgeCheck('en')[3].answer).toBe('B2C (11.0% against 3.8%); seasonality and consumer spending.')
    expect(knowledgeCheck('zh-Hant')[3].answer).toBe('B2C（11.0%，B2B 為 3.8%）；更依賴季節性和消費者支出模式。')
  })
})

describe('chartIn', () => {
  it('gives the English chart itself in English', () => {
    expect(chartIn(MARKET_EXPANSION, 'en')).toBe(MARKET_EXPANSION)
  })

  it('replaces the words and keeps the numbers', () => {
    const chart = chartIn(OPERATIONAL_CHALLENGES, 'zh-Hant')
    expect(chart.title).toBe('季節性：節慶檔期占美國全年零售額的比例')
    expect(chart.unit).toEqual({ kind: 'percent', label: '占全年銷售額，單位 %' })
    expect(chart.b2b).toEqual([{ value: null, note: '沒有公開的 B2B 數據' }, { value: null, note: '沒有公開的 B2B 數據' }])
    expect(chart.b2c[0]).toEqual({ ...OPERATIONAL_CHALLENGES.b2c[0], derived: '2020 年第四季 2,453 億美元 ÷ 2020 全年 7,917 億美元，未經季節調整' })
    expect(chart.b2c[1]).toBe(OPERATIONAL_CHALLENGES.b2c[1])
    expect(chart.baseline).toEqual({ label: '全年平均分布', values: [25, 16.7] })
  })
})

describe('a translation that misses words', () => {
  const partial: ChartText = { title: '成長率', unit: '%', categories: [] }

  it('leaves them empty, so the chart reports them instead of drawing half-translated', () => {
    const chart = localizeDataset(FINANCIAL_PERFORMANCE, partial)
    expect(validateDataset(chart, SOURCES)).toEqual([
      '[chart data] financial-performance: categories[0] is an empty label',
      '[chart data] financial-performance: b2b[0].derived is empty: say how the figure was computed',
    ])
    expect(validateDataset(localizeDataset(MARKET_EXPANSION, undefined), SOURCES)).toContain('[chart data] market-expansion: title is empty')
  })

  it('is reported word by word, naming the language, the chart and the field', () => {
    const texts: Record<string, ChartText> = {
      'financial-performance': partial,
      'operational-challenges': { title: '季節性', unit: ' ', categories: ['第四季', ''], b2b: ['沒有數據'], b2c: [null, '多餘'] },
      'strategic-decisions': { ...CHART_TEXT['zh-Hant']['strategic-decisions'], note: undefined, baseline: '基準' },
      'no-such-chart': partial,
    }
    expect(chartTextProblems(CHARTS, texts, 'zh-Hant')).toEqual([
      '[chart text] zh-Hant no-such-chart: translates a chart that data/charts.ts does not have',
      '[chart text] zh-Hant market-expansion: text is missing: translate its title, unit and categories',
      '[chart text] zh-Hant strategic-decisions: baseline is given for a chart without a baseline',
      '[chart text] zh-Hant strategic-decisions: note is missing: translate "The rows measure different things: a share of marketers, then a share of the marketing budget."',
      '[chart text] zh-Hant operational-challenges: unit is empty',
      '[chart text] zh-Hant operational-challenges: categories[1] is empty',
      '[chart text] zh-Hant operational-challenges: b2b[1] is missing: translate "No published B2B figure"',
      '[chart text] zh-Hant operational-challenges: b2c[0] is missing: translate "Q4 2020 US$245.3 bn ÷ year 2020 US$791.7 bn, not seasonally adjusted"',
      '[chart text] zh-Hant operational-challenges: b2c[1] has words the data does not: "多餘"',
      '[chart text] zh-Hant operational-challenges: baseline is missing: translate "even year"',
      '[chart text] zh-Hant operational-challenges: note is missing: translate "The two rows come from different surveys: retail e-commerce only, then all retail."',
      '[chart text] zh-Hant financial-performance: categories has 0 entries for 1 categories',
      '[chart text] zh-Hant financial-performance: b2b[0] is missing: translate "US$21.8 tn (2019) ÷ US$21.0 tn (2018) − 1"',
    ])
  })
})
