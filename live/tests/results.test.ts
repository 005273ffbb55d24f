import { describe, expect, it } from 'vitest'
import { liveResults, resultsCsv } from '../results'

const QUESTIONS = [
  { question: 'Which is "B2B"?', answer: '', choices: ['Trade shows', 'Social media'] },
  { question: 'Larger in 2019?', answer: '', choices: ['B2B', 'B2C', 'About the same'] },
]

describe('liveResults', () => {
  it('gives every choice of every question its votes and whether it is right, voted for or not', () => {
    const book = { 1: { aaaaaaaaaaaaaaaa: 0, bbbbbbbbbbbbbbbb: 0, cccccccccccccccc: 1 } }
    expect(liveResults(book, QUESTIONS, [0, 0]).map(row => [row.question, row.choice, row.votes, row.correct])).toEqual([
      [1, 1, 2, true],
      [1, 2, 1, false],
      [2, 1, 0, true],
      [2, 2, 0, false],
      [2, 3, 0, false],
    ])
  })
})

describe('resultsCsv', () => {
  it('quotes every field, doubles quotes, and ends each row with CRLF', () => {
    const csv = resultsCsv(liveResults({}, QUESTIONS.slice(0, 1), [1]))
    expect(csv).toBe([
      '"question","question_text","choice","choice_text","votes","correct"',
      '"1","Which is ""B2B""?","1","Trade shows","0","false"',
      '"1","Which is ""B2B""?","2","Social media","0","true"',
      '',
    ].join('\r\n'))
  })
})
