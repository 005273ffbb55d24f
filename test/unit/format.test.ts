import { describe, expect, it } from 'vitest'
import { CHART_TEXT } from '../../data/chart-text'
import { CHARTS, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES, STRATEGIC_DECISIONS } from '../../data/charts'
import { SOURCES } from '../../data/sources'
import { citedSources, describeGap, formatValue, sourceLine } from '../../lib/format'
import { chartIn } from '../../lib/localize'

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

describe('describeGap', () => {
  it('compares shares in percentage points', () => {
    expect(describeGap('B2B', 'B2C', 81, 53, PERCENT, 0)).toBe('B2B +28 pts over B2C')
    expect(describeGap('B2B', 'B2C', 81, 53, PERCENT, 0, 'zh-Hant')).toBe('B2B 比 B2C 高 28 個百分點')
  })

  it('compares amounts by their ratio', () => {
    expect(describeGap('B2B', 'B2C', 21.8, 4.9, TRILLION, 1)).toBe('B2B 4.4× B2C')
    expect(describeGap('B2B', 'B2C', 21.8, 4.9, TRILLION, 1, 'zh-Hant')).toBe('B2B 為 B2C 的 4.4 倍')
  })

  it('falls back to the difference against zero', () => {
    expect(describeGap('B2B', 'B2C', 5, 0, TRILLION, 1)).toBe('B2B +5.0 over B2C')
    expect(describeGap('B2B', 'B2C', 5, 0, TRILLION, 1, 'zh-Hant')).toBe('B2B 比 B2C 多 5.0')
  })
})

describe('sourceLine', () => {
  it('names each source once, flags secondary ones, and gives derived figures\' formulas and caveats', () => {
    expect(sourceLine(MARKET_EXPANSION, SOURCES)).toBe(
      'Sources: UNCTAD 2020; UNCTAD 2021 (secondary source). *Derived: B2B 2018 = all e-commerce 25.6 − B2C 4.4 (UNCTAD rounds it to "$21 trillion", 83%).',
    )
    // The B2B and B2C editions of one report share a citation: it is named once.
    expect(sourceLine(STRATEGIC_DECISIONS, SOURCES)).toBe(
      'Sources: Social Media Examiner 2022 (secondary source); Content Marketing Institute 2016 report, surveyed 2015 (secondary source).',
    )
    expect(sourceLine(FINANCIAL_PERFORMANCE, SOURCES)).toMatch(/^Sources: Recurly Research 2019; US Census Bureau 2023 \(secondary source\)\. \*Derived: B2B = Oct–Dec 1,721\.7 ÷ year 6,931\.6\. \*Derived: B2C = /)
    expect(sourceLine(OPERATIONAL_CHALLENGES, SOURCES)).toMatch(/^Sources: McKinsey & Company 2017 \(secondary source\); US Census Bureau E-Stats 2017; US Census Bureau 2017 \(secondary source\)\./)
  })

  it('writes a year the same way on the row and in the source line', () => {
    const row = STRATEGIC_DECISIONS.rows[1]
    expect(`${row.label} ${row.unit.label}`).toContain(SOURCES.E17cB2B.edition)
    expect(sourceLine(STRATEGIC_DECISIONS, SOURCES)).toContain(SOURCES.E17cB2B.edition)
  })

  it('speaks the edition\'s language, with Chinese punctuation in Chinese', () => {
    expect(sourceLine(chartIn(MARKET_EXPANSION, CHART_TEXT['zh-Hant']), SOURCES, 'zh-Hant')).toBe(
      '資料來源：UNCTAD 2020；UNCTAD 2021（二手來源）。*推算：B2B 2018 年 = 電子商務總額 25.6 − B2C 4.4（UNCTAD 取整為「21 兆美元」，占 83%）。',
    )
  })
})

describe('citedSources', () => {
  it('lists every cited publication once, in the order the charts cite them', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key)).toEqual(['N1', 'N3', 'E17a', 'E17cB2B', 'E17cB2C', 'N40', 'N17', 'D5', 'N20', 'D3'])
  })

  it('cites every publication in SOURCES, so none is listed for nothing', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key).sort()).toEqual(Object.keys(SOURCES).sort())
  })
})
