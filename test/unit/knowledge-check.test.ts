import { describe, expect, it } from 'vitest'
import { LOCALES, wordsOf } from '../../data/editions'
import { QUESTION_OBJECTIVES } from '../../data/knowledge-check'
import { knowledgeCheck } from '../../lib/knowledge-check'
import { CHARTS } from '../deck'

describe('the knowledge check', () => {
  it('quotes a chart\'s figures in an answer, in each edition\'s own format, a rough figure with its ≈', () => {
    const item = { question: 'Q', choices: ['a', 'b'], answer: '{market-expansion.rows[1].b2b} / {strategic-decisions.rows[0].b2b} / {operational-challenges.rows[1].b2c}' }
    expect(knowledgeCheck([item], CHARTS, 'en')[0].answer).toBe('21.8 / 7.0% / ≈20%')
    expect(knowledgeCheck([item], CHARTS, 'zh-Hant')[0].answer).toBe('21.8 / 7.0% / ≈20%')
  })

  it('asks about strategy and about operations, each applied to the chair maker\'s case', () => {
    expect(wordsOf('en').quiz.map(item => item.question).filter(question => /chair|hotel|household/i.test(question))).toHaveLength(wordsOf('en').quiz.length)
    expect(wordsOf('en').quiz[3].question).toMatch(/strategy/)
    expect(wordsOf('en').quiz[4].question).toMatch(/challenge/)
  })

  it.each(LOCALES)('asks in %s one question per entry of QUESTION_OBJECTIVES', (locale) => {
    expect(wordsOf(locale).quiz).toHaveLength(QUESTION_OBJECTIVES.length)
  })
})
