import { describe, expect, it } from 'vitest'
import { EDITIONS } from '../../data/editions'
import { SOURCES as PUBLISHED } from '../../data/sources'
import { chartFootnotes, citedSources, describeGap, figureText, formatValue, sourceLine } from '../../lib/format'
import { sourcesIn } from '../../lib/localize'
import { CHARTS, chartsOf, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES, STRATEGIC_DECISIONS } from '../deck'

const SOURCES = sourcesIn(PUBLISHED, EDITIONS.en.words)
const ZH_SOURCES = sourcesIn(PUBLISHED, EDITIONS['zh-Hant'].words)
const [ZH_MARKET_EXPANSION, ZH_STRATEGIC_DECISIONS, ZH_OPERATIONAL_CHALLENGES] = chartsOf('zh-Hant')

const PERCENT = { kind: 'percent', label: '%' } as const
const TRILLION = { kind: 'amount', label: 'US$ trillion' } as const

describe('formatValue', () => {
  it('formats shares, growth, amounts and money with the decimals the source gives', () => {
    expect(formatValue(81, PERCENT, 0)).toBe('81%')
    expect(formatValue(5.15, PERCENT, 2)).toBe('5.15%')
    expect(formatValue(11, { kind: 'growth', label: '%' }, 0)).toBe('11%')
    expect(formatValue(21.8, TRILLION, 1)).toBe('21.8')
    expect(formatValue(21, TRILLION, 0)).toBe('21')
    expect(formatValue(491, { kind: 'currency', currency: 'USD', label: 'US$' }, 0)).toBe('$491')
  })

  it('follows the locale', () => {
    expect(formatValue(21.8, TRILLION, 1, 'de')).toBe('21,8')
    expect(formatValue(1234.5, TRILLION, 1, 'en')).toBe('1,234.5')
    expect(formatValue(1234.5, TRILLION, 1, 'zh-Hant')).toBe('1,234.5')
    expect(formatValue(81, PERCENT, 0, 'zh-Hant')).toBe('81%')
  })
})

describe('figureText', () => {
  it('prints a figure as its source gives it: ≈ when rough, * when derived', () => {
    expect(figureText({ value: 20, digits: 0, source: 'N40', approximate: true, derived: '2 × 10' }, PERCENT)).toBe('≈20%*')
    expect(figureText({ value: 21.2, digits: 1, source: 'N1', derived: '25.6 − 4.4' }, TRILLION)).toBe('21.2*')
    expect(figureText({ value: 5.15, digits: 2, source: 'N20' }, { kind: 'rate', label: '% a month' }, 'zh-Hant')).toBe('5.15%')
  })
})

describe('describeGap', () => {
  it('compares shares in percentage points', () => {
    expect(describeGap('B2B', 'B2C', 81, 53, PERCENT, 0)).toBe('B2B +28 pts over B2C')
    expect(describeGap('B2B', 'B2C', 81, 53, PERCENT, 0, 'zh-Hant')).toBe('B2B 比 B2C 高 28 個百分點')
  })

  it('compares amounts by their ratio', () => {
    expect(describeGap('B2B', 'B2C', 21.8, 4.9, TRILLION, 1)).toBe('B2B 4.4× B2C')
    expect(describeGap('B2B', 'B2C', 21.8, 4.9, TRILLION, 1, 'zh-Hant')).toBe('B2B 為 B2C 的 4.4 倍')
  })

  it('says "about" when a figure it compares is rough, and compares rates in points', () => {
    expect(describeGap('B2C', 'B2B', 20, 10, PERCENT, 0, 'en', true)).toBe('B2C about +10 pts over B2B')
    expect(describeGap('B2C', 'B2B', 20, 10, PERCENT, 0, 'zh-Hant', true)).toBe('B2C 比 B2B 高約 10 個百分點')
    expect(describeGap('B2C', 'B2B', 6.81, 5.15, { kind: 'rate', label: '% a month' }, 2)).toBe('B2C +1.66 pts over B2B')
  })

  it('falls back to the difference against zero', () => {
    expect(describeGap('B2B', 'B2C', 5, 0, TRILLION, 1)).toBe('B2B +5.0 over B2C')
    expect(describeGap('B2B', 'B2C', 5, 0, TRILLION, 1, 'zh-Hant')).toBe('B2B 比 B2C 多 5.0')
  })
})

describe('sourceLine', () => {
  it('names each source once, flags secondary ones, and says where a derived figure\'s formula is: one line', () => {
    expect(sourceLine(MARKET_EXPANSION, SOURCES)).toBe(
      'Sources: UNCTAD 2020; UNCTAD 2021 (secondary source). *Derived: formula in the appendix.',
    )
    expect(sourceLine(STRATEGIC_DECISIONS, SOURCES)).toBe(
      'Sources: The CMO Survey Aug 2011; The CMO Survey Spring 2025 (secondary source).',
    )
    expect(sourceLine(OPERATIONAL_CHALLENGES, SOURCES)).toBe(
      'Source: McKinsey & Company Jan 2017 (secondary source). *Derived: formula in the appendix.',
    )
  })

  it('writes an edition the same way on the row and in the source line', () => {
    const row = STRATEGIC_DECISIONS.rows[0]
    expect(row.label).toContain(SOURCES.CMO11.edition!)
    expect(sourceLine(STRATEGIC_DECISIONS, SOURCES)).toContain(SOURCES.CMO11.edition!)
  })

  it('speaks the edition\'s language, with Chinese punctuation and editions in Chinese', () => {
    expect(sourceLine(ZH_MARKET_EXPANSION, ZH_SOURCES, 'zh-Hant')).toBe(
      '資料來源：UNCTAD 2020；UNCTAD 2021（二手來源）。*推算值：公式見附錄。',
    )
    expect(sourceLine(ZH_STRATEGIC_DECISIONS, ZH_SOURCES, 'zh-Hant')).toBe(
      '資料來源：The CMO Survey 2011 年 8 月；The CMO Survey 2025 年春季（二手來源）。',
    )
  })
})

describe('chartFootnotes', () => {
  it('gives each derived figure\'s formula, why a row is not directly comparable, and the chart\'s caveat', () => {
    expect(chartFootnotes(FINANCIAL_PERFORMANCE)).toEqual([
      '*Derived: B2B = manufacturers\' shipments Oct–Dec 1,721.7 ÷ year 6,931.6 (US$ bn).',
      '*Derived: B2C = retail trade Oct–Dec 1,892.6 ÷ year 7,200.1 (US$ bn).',
      'Q4 share of sales, US 2023: manufacturers vs retail: not directly comparable, two Census surveys, manufacturers\' shipments for B2B and retail trade for B2C.',
      'Churn: businesses billing subscriptions through Recurly only.',
    ])
    expect(chartFootnotes(ZH_OPERATIONAL_CHALLENGES, 'zh-Hant')).toEqual([
      '*推算：B2C ≈ 2 × 10：B2B 的 10%「約為 B2C 企業平均的一半」。',
    ])
  })
})

describe('citedSources', () => {
  it('lists every cited publication once, in the order the charts cite them', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key)).toEqual(['N1', 'N3', 'CMO11', 'N30', 'N40', 'N20', 'D3'])
  })

  it('cites every publication in SOURCES, so none is listed for nothing', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key).sort()).toEqual(Object.keys(PUBLISHED).sort())
  })
})
