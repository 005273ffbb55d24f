import type { Locale } from '../data/editions.ts'
import type { ComparisonDataset } from '../data/types.ts'
import type { QuizItem } from '../data/words/types.ts'
import { figureReferenceProblems, quoteFigures } from './format.ts'

/** The knowledge check of one edition: its questions with every quoted figure filled in from `charts`. */
export function knowledgeCheck(questions: QuizItem[], charts: ComparisonDataset[], locale: Locale): QuizItem[] {
  return questions.map(item => ({ ...item, answer: quoteFigures(item.answer, charts, locale) }))
}

/** How many choices a live vote offers: a phone shows them all without scrolling. */
export const CHOICES_PER_QUESTION = { min: 2, max: 4 }

/**
 * Every problem of the knowledge check, in every edition (checked by the build): an answer's figure
 * reference that quotes nothing; a question whose choices are too few or too many, empty or
 * repeated, or not as many as the other edition's; a right choice that is not one of them.
 *
 * @param questions every edition's questions
 * @param charts the charts the answers quote
 * @param correct which choice is right, per question (data/knowledge-check.ts CORRECT_CHOICES)
 */
export function knowledgeCheckProblems(questions: Record<Locale, QuizItem[]>, charts: ComparisonDataset[], correct: readonly number[]): string[] {
  const editions = Object.entries(questions)
  return editions.flatMap(([locale, items]) => items.flatMap((item, i) => {
    const where = `[knowledge check] ${locale} question ${i + 1}`
    const { min, max } = CHOICES_PER_QUESTION
    const choices = item.choices ?? []
    const problems = figureReferenceProblems(item.answer, charts, where)
    if (choices.length < min || choices.length > max)
      problems.push(`${where}: has ${choices.length} choices; a live vote needs ${min} to ${max}`)
    if (choices.some(choice => choice.trim() === '') || new Set(choices).size !== choices.length)
      problems.push(`${where}: has an empty or repeated choice (${JSON.stringify(choices)})`)
    const [otherLocale, otherItems] = editions.find(([other]) => other !== locale) ?? []
    if (otherItems?.[i] && otherItems[i].choices?.length !== choices.length)
      problems.push(`${where}: has ${choices.length} choices, ${otherLocale} has ${otherItems[i].choices?.length ?? 0}; the choices must match`)
    if (!Number.isInteger(correct[i]) || correct[i] < 0 || correct[i] >= choices.length)
      problems.push(`${where}: CORRECT_CHOICES names choice ${correct[i]}, which it does not have (0 to ${choices.length - 1})`)
    return problems
  }))
}
