import type { Locale } from '../../data/editions'
import type { QuizItem } from '../../data/words/types'
import { describe, expect, it } from 'vitest'
import { LOCALES, wordsOf } from '../../data/editions'
import { CORRECT_CHOICES } from '../../data/knowledge-check'
import { figureReferenceProblems, quoteFigures } from '../../lib/format'
import { knowledgeCheckProblems } from '../../lib/knowledge-check'
import { CHARTS } from '../deck'

describe('quoteFigures', () => {
  it('fills a figure reference with the figure as its chart prints it, in the edition\'s format', () => {
    expect(quoteFigures('{market-expansion.rows[1].b2b} tn', CHARTS, 'en')).toBe('21.8 tn')
    expect(quoteFigures('{financial-performance.rows[0].b2c} a month', CHARTS, 'zh-Hant')).toBe('6.81% a month')
  })

  it('gives B2B ÷ B2C to one decimal as the ratio', () => {
    // 21.8 ÷ 4.9 = 4.449
    expect(quoteFigures('{market-expansion.rows[1].ratio}×', CHARTS, 'en')).toBe('4.4×')
  })
})

describe('figureReferenceProblems', () => {
  it('finds none in a text whose references all name a chart row', () => {
    expect(figureReferenceProblems('{market-expansion.rows[1].b2b} and {market-expansion.rows[0].ratio}', CHARTS, 'here')).toEqual([])
  })

  it('names a reference to a chart or row that does not exist, and where it is', () => {
    expect(figureReferenceProblems('{market-expansion.rows[7].b2b} or {no-such-chart.rows[0].b2c}', CHARTS, '[knowledge check] en question 4')).toEqual([
      '[knowledge check] en question 4: {market-expansion.rows[7].b2b} names no chart row of data/charts.ts',
      '[knowledge check] en question 4: {no-such-chart.rows[0].b2c} names no chart row of data/charts.ts',
    ])
  })

  it('names a mistyped reference, which would otherwise reach the slide as written', () => {
    expect(figureReferenceProblems('{market-expansion.rows[0].B2B}', CHARTS, 'finding')).toEqual([
      'finding: {market-expansion.rows[0].B2B} is not a figure reference; write {chart-id.rows[N].b2b}, .b2c or .ratio',
    ])
  })
})

describe('knowledgeCheckProblems', () => {
  /** Every edition's questions as they are. */
  const QUIZZES = {} as Record<Locale, QuizItem[]>
  for (const locale of LOCALES)
    QUIZZES[locale] = wordsOf(locale).quiz

  it('finds every answer of every edition quoting a real figure', () => {
    expect(knowledgeCheckProblems(QUIZZES, CHARTS, CORRECT_CHOICES)).toEqual([])
  })

  it('names the edition and the question of an answer quoting nothing', () => {
    const questions = { ...QUIZZES, 'zh-Hant': [wordsOf('zh-Hant').quiz[0], { ...wordsOf('zh-Hant').quiz[1], answer: '{market-expansion.rows[2].b2b}' }] }
    expect(knowledgeCheckProblems(questions, CHARTS, CORRECT_CHOICES)).toEqual([
      '[knowledge check] zh-Hant question 2: {market-expansion.rows[2].b2b} names no chart row of data/charts.ts',
    ])
  })

  it('names a question whose choices a live vote cannot offer, and a right choice that is not one', () => {
    const [first, second, ...rest] = wordsOf('en').quiz
    const questions = { ...QUIZZES, en: [{ ...first, choices: ['B2B'] }, { ...second, choices: ['B2B', 'B2B', ''] }, ...rest] }
    expect(knowledgeCheckProblems(questions, CHARTS, [0, 0, 2, 0, 7])).toEqual([
      '[knowledge check] en question 1: has 1 choices; a live vote needs 2 to 4',
      '[knowledge check] en question 1: has 1 choices, zh-Hant has 4; the choices must match',
      '[knowledge check] en question 2: has an empty or repeated choice (["B2B","B2B",""])',
      '[knowledge check] en question 5: CORRECT_CHOICES names choice 7, which it does not have (0 to 2)',
      '[knowledge check] zh-Hant question 1: has 4 choices, en has 1; the choices must match',
      '[knowledge check] zh-Hant question 5: CORRECT_CHOICES names choice 7, which it does not have (0 to 2)',
      '[knowledge check] zh-Hans question 1: has 4 choices, en has 1; the choices must match',
      '[knowledge check] zh-Hans question 5: CORRECT_CHOICES names choice 7, which it does not have (0 to 2)',
    ])
  })
})
