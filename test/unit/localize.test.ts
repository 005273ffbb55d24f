import type { ChartText } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHART_TEXT } from '../../data/chart-text'
import { CHARTS, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES } from '../../data/charts'
import { SOURCES } from '../../data/sources'
import { LOCALES } from '../../data/types'
import { chartIn, chartTextProblems, editionProblems, findingOf, localizeDataset } from '../../lib/localize'
import { validateDataset } from '../../lib/validate'
import { chartsOf } from '../deck'

const ZH = CHART_TEXT['zh-Hant']!

/** Everything a chart draws from, without its words. */
function figuresOf(dataset: typeof CHARTS[number]) {
  return {
    id: dataset.id,
    rows: dataset.rows.map(row => ({
      unit: row.unit.kind,
      b2b: { value: row.b2b.value, digits: row.b2b.digits, source: row.b2b.source },
      b2c: { value: row.b2c.value, digits: row.b2c.digits, source: row.b2c.source },
      baseline: row.baseline?.value,
    })),
  }
}

describe('both editions', () => {
  it.each(LOCALES)('chart the same values, precision, units and sources in %s', (locale) => {
    expect(chartsOf(locale).map(figuresOf)).toEqual(CHARTS.map(figuresOf))
  })

  it('have every word of every chart, and valid data', () => {
    expect(editionProblems(CHARTS, CHART_TEXT, SOURCES)).toEqual([])
  })

  it('are reported when an edition has no chart words at all', () => {
    expect(editionProblems(CHARTS, {}, SOURCES)).toContain('[chart text] zh-Hant market-expansion: text is missing: translate its title and rows')
  })
})

describe('chartIn', () => {
  it('gives the chart itself where an edition has no words of its own (English)', () => {
    expect(chartIn(MARKET_EXPANSION, CHART_TEXT.en)).toBe(MARKET_EXPANSION)
  })

  it('replaces the words and keeps the numbers', () => {
    const chart = chartIn(FINANCIAL_PERFORMANCE, ZH)
    expect(chart.title).toBe('回購（留存）與季節性')
    expect(chart.rows[1].unit).toEqual({ kind: 'percent', label: '占全年銷售額的 %' })
    expect(chart.rows[1].b2b).toEqual({ ...FINANCIAL_PERFORMANCE.rows[1].b2b, derived: 'B2B = 製造商出貨 10–12 月 1,721.7 ÷ 全年 6,931.6（十億美元）' })
    expect(chart.rows[0].b2b).toBe(FINANCIAL_PERFORMANCE.rows[0].b2b)
    expect(chart.rows[1].baseline).toEqual({ label: '每季平均', value: 25 })
    expect(chart.rows[1].notComparable).toBe('普查局的兩項調查，製造商出貨代表 B2B，零售業代表 B2C')
  })
})

describe('a translation that misses words', () => {
  const partial: ChartText = { title: '數位化', finding: '發現', question: '問題？', rows: [{ label: '行動策略', unit: '' }] }

  it('leaves them empty, so the chart reports them instead of drawing half-translated', () => {
    const chart = localizeDataset(OPERATIONAL_CHALLENGES, partial)
    expect(validateDataset(chart, SOURCES)).toEqual([
      '[chart data] operational-challenges: rows[0].unit.label is empty: every row names its own unit',
      '[chart data] operational-challenges: rows[1].label is empty',
      '[chart data] operational-challenges: rows[1].unit.label is empty: every row names its own unit',
      '[chart data] operational-challenges: rows[1].b2c.derived is empty: give the formula the figure was computed by',
    ])
    expect(validateDataset(localizeDataset(MARKET_EXPANSION, undefined), SOURCES)).toEqual(expect.arrayContaining([
      '[chart data] market-expansion: title is empty',
      '[chart data] market-expansion: finding is empty',
      '[chart data] market-expansion: question is empty',
    ]))
  })

  it('is reported word by word, naming the language, the chart and the field', () => {
    const zh = ZH
    const texts: Record<string, ChartText> = {
      'operational-challenges': { ...partial, note: '多餘' },
      'strategic-decisions': { ...zh['strategic-decisions'], rows: [{ ...zh['strategic-decisions'].rows[0], b2b: '多餘', baseline: '基準', notComparable: '多餘' }, zh['strategic-decisions'].rows[1]] },
      'financial-performance': { ...zh['financial-performance'], note: undefined, rows: [zh['financial-performance'].rows[0], { label: '第四季', unit: '%', b2b: '算式' }] },
      'no-such-chart': partial,
    }
    expect(chartTextProblems(CHARTS, texts, 'zh-Hant')).toEqual([
      '[chart text] zh-Hant no-such-chart: translates a chart that data/charts.ts does not have',
      '[chart text] zh-Hant market-expansion: text is missing: translate its title and rows',
      '[chart text] zh-Hant strategic-decisions: rows[0].b2b has words for a figure that is not derived: "多餘"',
      '[chart text] zh-Hant strategic-decisions: rows[0].baseline is given for a row without a baseline',
      '[chart text] zh-Hant strategic-decisions: rows[0].notComparable is given for a row that is comparable',
      '[chart text] zh-Hant operational-challenges: rows has 1 entry for 2 rows',
      '[chart text] zh-Hant operational-challenges: rows[0].unit is empty',
      '[chart text] zh-Hant operational-challenges: note is given for a chart without a note',
      '[chart text] zh-Hant financial-performance: rows[1].b2c is missing: translate "B2C = retail trade Oct–Dec 1,892.6 ÷ year 7,200.1 (US$ bn)"',
      '[chart text] zh-Hant financial-performance: rows[1].baseline is missing: translate "an even quarter"',
      '[chart text] zh-Hant financial-performance: rows[1].notComparable is missing: translate "two Census surveys, manufacturers\' shipments for B2B and retail trade for B2C"',
      '[chart text] zh-Hant financial-performance: note is missing: translate "Churn: businesses billing subscriptions through Recurly only."',
    ])
  })
})

describe('findingOf', () => {
  it('states each chart\'s finding with its figures quoted from the data, in each edition\'s words', () => {
    expect(chartsOf('en').map(chart => findingOf(chart, 'en'))).toEqual([
      'B2B e-commerce was 4.8× B2C in 2018 and 4.4× in 2019',
      'B2C product firms put more into marketing, in 2011 and in 2025',
      'B2B lagged B2C on mobile strategy and digital priority (Jan 2017)',
      'B2C lost subscribers faster; retail\'s Q4 beat an even quarter',
    ])
    expect(chartsOf('zh-Hant').map(chart => findingOf(chart, 'zh-Hant'))).toEqual([
      'B2B 電商規模在 2018 年是 B2C 的 4.8 倍，2019 年是 4.4 倍',
      '2011 年和 2025 年，B2C 產品型企業投入行銷的比例都更高',
      'B2B 在行動策略和數位優先順序上都落後 B2C（2017 年 1 月）',
      'B2C 的訂閱者流失較快；零售業的第四季高於每季平均',
    ])
  })

  it('follows the data: a changed figure changes the title', () => {
    const changed = { ...MARKET_EXPANSION, rows: [MARKET_EXPANSION.rows[0], { ...MARKET_EXPANSION.rows[1], b2c: { ...MARKET_EXPANSION.rows[1].b2c, value: 5.45, digits: 2 } }] }
    expect(findingOf(changed, 'en')).toBe('B2B e-commerce was 4.8× B2C in 2018 and 4.0× in 2019')
  })

  it('stops the build on a finding that quotes another chart or a mistyped reference, naming the edition and chart', () => {
    const charts = [{ ...MARKET_EXPANSION, finding: 'B2B {strategic-decisions.rows[0].b2b}' }, ...CHARTS.slice(1)]
    expect(editionProblems(charts, CHART_TEXT, SOURCES)).toContain(
      '[chart text] en market-expansion: finding: {strategic-decisions.rows[0].b2b} names no chart row of data/charts.ts',
    )
    const texts = { 'zh-Hant': { ...CHART_TEXT['zh-Hant'], 'market-expansion': { ...CHART_TEXT['zh-Hant']!['market-expansion'], finding: '{market-expansion.rows[1].B2B}' } } }
    expect(editionProblems(CHARTS, texts, SOURCES)).toEqual([
      '[chart text] zh-Hant market-expansion: finding: {market-expansion.rows[1].B2B} is not a figure reference; write {chart-id.rows[N].b2b}, .b2c or .ratio',
    ])
  })
})
