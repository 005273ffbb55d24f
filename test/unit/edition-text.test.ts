import { describe, expect, it } from 'vitest'
import { editionStrings, localizedStrings } from '../../lib/edition-text'

describe('localizedStrings', () => {
  it('takes every string, but of an object keyed by language only the edition\'s entry', () => {
    const data = {
      title: 'Sales',
      rows: [{ label: { 'en': 'Year', 'zh-Hant': '年' } }, 2019],
      words: { 'zh-Hant': { unit: '兆美元' } },
    }
    expect(localizedStrings(data, 'en')).toEqual(['Sales', 'Year'])
    expect(localizedStrings(data, 'zh-Hant')).toEqual(['Sales', '年', '兆美元'])
  })

  it('gives a phrase built from a number its source, where its words are', () => {
    const partName = (n: number) => `第 ${n} 部分`
    expect(localizedStrings({ 'zh-Hant': { partName } }, 'zh-Hant')).toEqual([partName.toString()])
    expect(localizedStrings({ 'zh-Hant': { partName } }, 'en')).toEqual([])
  })

  it('leaves out what is not text: numbers, booleans, patterns, nothing', () => {
    expect(localizedStrings([1, true, null, undefined, /約/, new Date(0)], 'en')).toEqual([])
  })
})

describe('editionStrings', () => {
  it('has the Chinese edition\'s chart words and none of them in the English one', () => {
    const chinese = (strings: string[]) => strings.join('').includes('兩個市場各有多大')
    expect(chinese(editionStrings('zh-Hant'))).toBe(true)
    expect(chinese(editionStrings('en'))).toBe(false)
    expect(editionStrings('en')).toContain('How big each market is')
  })
})
