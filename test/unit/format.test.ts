import { describe, expect, it } from 'vitest'
import { chartIn } from '../../data/chart-text'
import { CHARTS, FINANCIAL_PERFORMANCE, MARKET_EXPANSION, OPERATIONAL_CHALLENGES, STRATEGIC_DECISIONS } from '../../data/charts'
import { SOURCES } from '../../data/sources'
import { citedSources, describeGap, formatValue, sourceLine } from '../../lib/format'

const PERCENT = { kind: 'percent', label: '%' } as const
const TRILLION = { kind: 'amount', label: 'US$ trillion' } as const

describe('formatValue', () => {
  it('formats shares, growth, amounts and money with the dataset\'s decimals', () => {
    expect(formatValue(81, PERCENT, 0)).toBe('81%')
    expect(formatValue(3.8, { kind: 'growth', label: '%' }, 1)).toBe('3.8%')
    expect(formatValue(21.8, TRILLION, 1)).toBe('21.8')
    expect(formatValue(21, TRILLION, 1)).toBe('21.0')
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
  it('names each source once, flags secondary ones, and explains derived figures and caveats', () => {
    expect(sourceLine(MARKET_EXPANSION, SOURCES)).toBe('Sources: UNCTAD 2020; UNCTAD 2021 (secondary source).')
    expect(sourceLine(STRATEGIC_DECISIONS, SOURCES)).toBe(
      'Sources: Social Media Examiner 2022 (secondary source); Content Marketing Institute and MarketingProfs 2015 (secondary source). '
      + 'The rows measure different things: a share of marketers, then a share of the marketing budget.',
    )
    expect(sourceLine(FINANCIAL_PERFORMANCE, SOURCES)).toBe(
      'Sources: UNCTAD 2021 (secondary source); UNCTAD 2020. Derived: US$21.8 tn (2019) ÷ US$21.0 tn (2018) − 1.',
    )
    expect(sourceLine(OPERATIONAL_CHALLENGES, SOURCES)).toMatch(/^Sources: US Census Bureau 2021; National Retail Federation 2021\. Derived: Q4 2020/)
  })

  it('speaks the edition\'s language, with Chinese punctuation in Chinese', () => {
    expect(sourceLine(chartIn(MARKET_EXPANSION, 'zh-Hant'), SOURCES, 'zh-Hant')).toBe('資料來源：UNCTAD 2020；UNCTAD 2021（二手來源）。')
    expect(sourceLine(chartIn(FINANCIAL_PERFORMANCE, 'zh-Hant'), SOURCES, 'zh-Hant')).toBe(
      '資料來源：UNCTAD 2021（二手來源）；UNCTAD 2020。推算方式：21.8 兆美元（2019 年）÷ 21.0 兆美元（2018 年）− 1。',
    )
  })
})

describe('citedSources', () => {
  it('lists every cited publication once, in the order the charts cite them', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key)).toEqual(['E2', 'E1', 'E17a', 'E17cB2B', 'E17cB2C', 'E8', 'E10'])
  })

  it('cites every publication in SOURCES, so none is listed for nothing', () => {
    expect(citedSources(CHARTS, SOURCES).map(source => source.key).sort()).toEqual(Object.keys(SOURCES).sort())
  })
})
