// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { OBJECTIVES, QUESTION_OBJECTIVES, QUESTIONS } from '../../data/knowledge-check'
import { LOCALES } from '../../lib/i18n'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { kindOf, loadDeck, parseDecksFirst } from '../deck'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

describe('the knowledge check', () => {
  it('quotes a chart\'s figures in an answer, in each edition\'s own format, a rough figure with its ≈', () => {
    const item = { question: 'Q', choices: ['a', 'b'], answer: '{market-expansion.rows[1].b2b} / {strategic-decisions.rows[0].b2b} / {operational-challenges.rows[1].b2c}' }
    expect(knowledgeCheck([item], CHARTS, 'en')[0].answer).toBe('21.8 / 7.0% / ≈20%')
    expect(knowledgeCheck([item], CHARTS, 'zh-Hant')[0].answer).toBe('21.8 / 7.0% / ≈20%')
  })

  it('asks about strategy and about operations, each applied to the chair maker\'s case', () => {
    expect(QUESTIONS.en.map(item => item.question).filter(question => /chair|hotel|household/i.test(question))).toHaveLength(QUESTIONS.en.length)
    expect(QUESTIONS.en[3].question).toMatch(/strategy/)
    expect(QUESTIONS.en[4].question).toMatch(/challenge/)
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
