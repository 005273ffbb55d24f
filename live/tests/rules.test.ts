import type { VoteBook } from '../rules'
import { describe, expect, it } from 'vitest'
import { questionsAt } from '../questions'
import { castVote, readVote, readVoteBook, takeToken, tally } from '../rules'

const PHONE = 'a1b2c3d4e5f60718'
const OTHER = 'ffffeeeeddddcccc'
// Five questions of 4, 3, 3, 3 and 3 choices; 2 and 3 open.
const CHOICES = [4, 3, 3, 3, 3]
const OPEN = [2, 3]

describe('readVote', () => {
  it('reads a device id and two whole numbers', () => {
    expect(readVote({ device: PHONE, question: 2, choice: 0 })).toEqual({ device: PHONE, question: 2, choice: 0 })
  })

  it('refuses anything else as malformed', () => {
    expect([
      null,
      'vote',
      [],
      { device: PHONE, question: '2', choice: 0 },
      { device: PHONE, question: 2, choice: 0.5 },
      { device: 'short', question: 2, choice: 0 },
      { device: `${PHONE}<script>`, question: 2, choice: 0 },
      { question: 2, choice: 0 },
    ].map(readVote)).toEqual(Array.from({ length: 8 }).fill('malformed'))
  })
})

describe('castVote', () => {
  it('counts a vote on an open question, and a changed vote once, as its last choice', () => {
    const once = castVote({}, { device: PHONE, question: 2, choice: 1 }, OPEN, CHOICES)
    expect(once).toEqual({ 2: { [PHONE]: 1 } })
    const changed = castVote(once as VoteBook, { device: PHONE, question: 2, choice: 2 }, OPEN, CHOICES)
    expect(changed).toEqual({ 2: { [PHONE]: 2 } })
  })

  it('refuses an unknown question, a closed one and an unknown choice, leaving the book as it was', () => {
    const book = { 2: { [PHONE]: 1 } }
    expect(castVote(book, { device: OTHER, question: 6, choice: 0 }, OPEN, CHOICES)).toBe('unknown-question')
    expect(castVote(book, { device: OTHER, question: 0, choice: 0 }, OPEN, CHOICES)).toBe('unknown-question')
    expect(castVote(book, { device: OTHER, question: 1, choice: 0 }, OPEN, CHOICES)).toBe('closed')
    expect(castVote(book, { device: OTHER, question: 2, choice: 3 }, OPEN, CHOICES)).toBe('unknown-choice')
    expect(castVote(book, { device: OTHER, question: 2, choice: -1 }, OPEN, CHOICES)).toBe('unknown-choice')
    expect(book).toEqual({ 2: { [PHONE]: 1 } })
  })
})

describe('tally', () => {
  it('counts each choice of a question, zero for a question nobody answered', () => {
    const book = { 2: { [PHONE]: 1, [OTHER]: 1, abcdefabcdefabcd: 0 } }
    expect(tally(book, 2, 3)).toEqual([1, 2, 0])
    expect(tally(book, 4, 3)).toEqual([0, 0, 0])
  })
})

describe('readVoteBook', () => {
  it('reads back what the server wrote', () => {
    expect(readVoteBook({ 2: { [PHONE]: 1 } })).toEqual({ 2: { [PHONE]: 1 } })
  })

  it('says what is wrong with anything else', () => {
    expect(readVoteBook([])).toBe('it is not an object of questions')
    expect(readVoteBook({ two: {} })).toBe('"two" is not a question number')
    expect(readVoteBook({ 2: [1] })).toBe('question 2 is not an object of devices')
    expect(readVoteBook({ 2: { [PHONE]: 'B2B' } })).toBe('question 2 has a vote that is not a device id and a whole number')
  })
})

describe('takeToken', () => {
  const rate = { capacity: 3, perSecond: 2 }

  it('lets a burst of `capacity` votes through, then refuses until the bucket refills', () => {
    let bucket
    const allowed: boolean[] = []
    for (let i = 0; i < 5; i++) {
      const taken = takeToken(bucket, 1_000, rate)
      allowed.push(taken.allowed)
      bucket = taken.bucket
    }
    expect(allowed).toEqual([true, true, true, false, false])
    // Half a second refills one vote at two a second.
    expect(takeToken(bucket, 1_500, rate).allowed).toBe(true)
    expect(takeToken(bucket, 1_400, rate).allowed).toBe(false)
  })
})

describe('questionsAt', () => {
  const slides = [{ layout: 'cover' }, { layout: 'quiz', questions: [1] }, { layout: 'quiz', questions: [2, 3] }]

  it('opens every question of the current quiz slide whose answer is not revealed yet', () => {
    expect(questionsAt(slides, 3, 0)).toEqual({ shown: [2, 3], open: [2, 3] })
    expect(questionsAt(slides, 3, 1)).toEqual({ shown: [2, 3], open: [3] })
    expect(questionsAt(slides, 3, 2)).toEqual({ shown: [2, 3], open: [] })
    expect(questionsAt(slides, 2, 0)).toEqual({ shown: [1], open: [1] })
  })

  it('shows no question off the knowledge check, or past the last slide', () => {
    expect(questionsAt(slides, 1, 0)).toEqual({ shown: [], open: [] })
    expect(questionsAt(slides, 9, 0)).toEqual({ shown: [], open: [] })
  })
})
