import type { ChartWords } from '../../data/words/types'
import { describe, expect, it } from 'vitest'
import { CHART_FIGURES } from '../../data/charts'
import { EDITIONS, LOCALES } from '../../data/editions'
import { SOURCES } from '../../data/sources'
import { chartIn, chartsIn, findingOf, sourcesIn } from '../../lib/localize'
import { validateDataset } from '../../lib/validate'
import { chartsOf, MARKET_EXPANSION } from '../deck'

/** Everything a chart draws from, without its words. */
function figuresOf(dataset: ReturnType<typeof chartsOf>[number]) {
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

describe('every edition', () => {
  it.each(LOCALES)('charts the same values, precision, units and sources in %s', (locale) => {
    expect(chartsOf(locale).map(figuresOf)).toEqual(chartsOf('en').map(figuresOf))
  })
})

describe('chartIn', () => {
  it('puts an edition\'s words on the figures, and keeps the numbers', () => {
    const chart = chartIn('financial-performance', CHART_FIGURES['financial-performance'], EDITIONS['zh-Hant'].words.charts['financial-performance'] as unknown as ChartWords)
    expect(chart.title).toBe('回購（留存）與季節性')
    expect(chart.rows[1].unit).toEqual({ kind: 'percent', label: '占全年銷售額的 %' })
    expect(chart.rows[1].b2b).toEqual({ value: 24.8, digits: 1, source: 'D3', derived: 'B2B = 製造商出貨 10–12 月 1,721.7 ÷ 全年 6,931.6（十億美元）' })
    expect(chart.rows[0].b2b).toEqual({ value: 5.15, digits: 2, source: 'N20' })
    expect(chart.rows[1].baseline).toEqual({ label: '每季平均', value: 25 })
    expect(chart.rows[1].notComparable).toBe('普查局的兩項調查，製造商出貨代表 B2B，零售業代表 B2C')
    expect(chart.note).toBe('流失率：僅限透過 Recurly 收取訂閱費的企業。')
  })

  it('draws a word the words lack as empty, which the rule book refuses: nothing is drawn half-translated', () => {
    const words = { title: '數位化', finding: '發現', question: '問題？', rows: [{ label: '行動策略', unit: '' }] }
    const chart = chartIn('operational-challenges', CHART_FIGURES['operational-challenges'], words as never)
    expect(validateDataset(chart, SOURCES)).toEqual([
      '[chart data] operational-challenges: rows[0].unit.label is empty: every row names its own unit',
      '[chart data] operational-challenges: rows[1].label is empty',
      '[chart data] operational-challenges: rows[1].unit.label is empty: every row names its own unit',
      '[chart data] operational-challenges: rows[1].b2c.derived is empty: give the formula the figure was computed by',
    ])
  })

  it('gives every chart, in the order of data/charts.ts', () => {
    expect(chartsIn(CHART_FIGURES, EDITIONS.en.words).map(chart => chart.id)).toEqual(['market-expansion', 'strategic-decisions', 'operational-challenges', 'financial-performance'])
  })
})

describe('sourcesIn', () => {
  it('names a source\'s edition in the edition\'s words, and leaves the others as published', () => {
    expect(sourcesIn(SOURCES, EDITIONS['zh-Hant'].words).CMO11.edition).toBe('2011 年 8 月')
    expect(sourcesIn(SOURCES, EDITIONS.en.words).CMO11.edition).toBe('Aug 2011')
    expect(sourcesIn(SOURCES, EDITIONS.en.words).N1).toEqual(SOURCES.N1)
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
      'B2C 產品型企業投入行銷的比例，2011 年和 2025 年都更高',
      'B2B 在行動策略和數位優先順序上都落後 B2C（2017 年 1 月）',
      'B2C 的訂閱者流失較快；零售業的第四季高於每季平均',
    ])
  })

  it('follows the data: a changed figure changes the title', () => {
    const changed = { ...MARKET_EXPANSION, rows: [MARKET_EXPANSION.rows[0], { ...MARKET_EXPANSION.rows[1], b2c: { ...MARKET_EXPANSION.rows[1].b2c, value: 5.45, digits: 2 } }] }
    expect(findingOf(changed, 'en')).toBe('B2B e-commerce was 4.8× B2C in 2018 and 4.0× in 2019')
  })
})
