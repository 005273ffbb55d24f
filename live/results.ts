// A live session's results for the trainer's report: each question's choices and their votes.
import type { QuizItem } from '../data/words/types.ts'
import type { VoteBook } from './rules.ts'
import { tally } from './rules.ts'

export interface ChoiceResult {
  question: number
  questionText: string
  choice: number
  choiceText: string
  votes: number
  correct: boolean
}

/** One row per choice of every question, in order, with its votes and whether it is right. */
export function liveResults(book: VoteBook, questions: QuizItem[], correct: number[]): ChoiceResult[] {
  return questions.flatMap((item, i) => {
    const counts = tally(book, i + 1, item.choices.length)
    return item.choices.map((choiceText, choice) => ({
      question: i + 1,
      questionText: item.question,
      choice: choice + 1,
      choiceText,
      votes: counts[choice],
      correct: choice === correct[i],
    }))
  })
}

/** The results as CSV (RFC 4180: every field quoted, quotes doubled), with a header row. */
export function resultsCsv(results: ChoiceResult[]): string {
  const quote = (value: string | number | boolean) => `"${String(value).replace(/"/g, '""')}"`
  const header = ['question', 'question_text', 'choice', 'choice_text', 'votes', 'correct']
  const rows = results.map(row => [row.question, row.questionText, row.choice, row.choiceText, row.votes, row.correct])
  return `${[header, ...rows].map(row => row.map(quote).join(',')).join('\r\n')}\r\n`
}
