// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { OBJECTIVES, QUESTION_OBJECTIVES, QUESTIONS } from '../../data/knowledge-check'
import { LOCALES } from '../../lib/i18n'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { kindOf, loadDeck } from '../deck'

describe('the knowledge check', () => {
  it('quotes the charts\' figures in both editions, each in its own format', () => {
    expect(knowledgeCheck(QUESTIONS.en, CHARTS, 'en')[3].answer).toBe('B2B: 21.8 against 4.9 US$ trillion (UNCTAD).')
    expect(knowledgeCheck(QUESTIONS['zh-Hant'], CHARTS, 'zh-Hant')[3].answer).toBe('B2B：21.8 兆美元，B2C 為 4.9 兆美元（UNCTAD）。')
    expect(knowledgeCheck(QUESTIONS.en, CHARTS, 'en')[4].answer).toBe('B2B (5.15% against 6.81%, Recurly); seasonality and consumer spending.')
    expect(knowledgeCheck(QUESTIONS['zh-Hant'], CHARTS, 'zh-Hant')[4].answer).toBe('B2B（5.15%，B2C 為 6.81%，Recurly）；季節性和消費者支出模式。')
  })

  it('tests every learning objective', () => {
    const tested = new Set(QUESTION_OBJECTIVES.flat())
    expect([...OBJECTIVES].filter(objective => !tested.has(objective))).toEqual([])
  })

  it.each(LOCALES)('asks in %s one question per entry of QUESTION_OBJECTIVES', (locale) => {
    expect(QUESTIONS[locale]).toHaveLength(QUESTION_OBJECTIVES.length)
  })

  it.each(LOCALES)('has as many objectives as the %s objectives slide lists', async (locale) => {
    const deck = await loadDeck(locale)
    const objectivesSlide = deck.slides.find(slide => kindOf(slide.frontmatter) === 'objectives')!
    // One numbered line per objective.
    expect(objectivesSlide.content.match(/^\d+\. /gm)).toHaveLength(OBJECTIVES.length)
  })
})
