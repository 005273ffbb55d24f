// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { OBJECTIVES, QUESTIONS } from '../../data/knowledge-check'
import { LOCALES } from '../../lib/i18n'
import { knowledgeCheck, quoteFigures } from '../../lib/knowledge-check'
import { kindOf, loadDeck } from '../deck'

describe('quoteFigures', () => {
  it('fills a figure reference with the figure as its chart prints it, in the edition\'s format', () => {
    expect(quoteFigures('{market-expansion.rows[1].b2b} tn', CHARTS, 'en')).toBe('21.8 tn')
    expect(quoteFigures('{financial-performance.rows[0].b2c} a month', CHARTS, 'zh-Hant')).toBe('6.81% a month')
  })

  it('refuses a reference to a chart or row that does not exist, naming it', () => {
    expect(() => quoteFigures('{market-expansion.rows[7].b2b}', CHARTS, 'en'))
      .toThrow('[knowledge check] {market-expansion.rows[7].b2b}: data/charts.ts has no such chart row')
    expect(() => quoteFigures('{no-such-chart.rows[0].b2c}', CHARTS, 'en')).toThrow('{no-such-chart.rows[0].b2c}')
  })
})

describe('the knowledge check', () => {
  it('quotes the charts\' figures in both editions, each in its own format', () => {
    expect(knowledgeCheck(QUESTIONS.en, CHARTS, 'en')[3].answer).toBe('B2B: 21.8 against 4.9 US$ trillion (UNCTAD).')
    expect(knowledgeCheck(QUESTIONS['zh-Hant'], CHARTS, 'zh-Hant')[3].answer).toBe('B2B：21.8 兆美元，B2C 為 4.9 兆美元（UNCTAD）。')
    expect(knowledgeCheck(QUESTIONS.en, CHARTS, 'en')[4].answer).toBe('B2B (5.15% against 6.81%, Recurly); seasonality and consumer spending.')
    expect(knowledgeCheck(QUESTIONS['zh-Hant'], CHARTS, 'zh-Hant')[4].answer).toBe('B2B（5.15%，B2C 為 6.81%，Recurly）；季節性和消費者支出模式。')
  })

  it.each(LOCALES)('tests every learning objective in %s, and asks the same questions on the same objectives as English', (locale) => {
    const tested = new Set(QUESTIONS[locale].flatMap(item => item.objectives))
    expect([...OBJECTIVES].filter(objective => !tested.has(objective))).toEqual([])
    expect(QUESTIONS[locale].map(item => item.objectives)).toEqual(QUESTIONS.en.map(item => item.objectives))
  })

  it.each(LOCALES)('has as many objectives as the %s objectives slide lists', async (locale) => {
    const deck = await loadDeck(locale)
    const objectivesSlide = deck.slides.find(slide => kindOf(slide.frontmatter) === 'objectives')!
    // One numbered line per objective.
    expect(objectivesSlide.content.match(/^\d+\. /gm)).toHaveLength(OBJECTIVES.length)
  })
})
