import type { QuizItem } from '../data/knowledge-check.ts'
import type { ComparisonDataset } from '../data/types.ts'
import type { Locale } from './i18n.ts'
import { figureReferenceProblems, quoteFigures } from './format.ts'

/** The knowledge check of one edition: its questions with every quoted figure filled in from `charts`. */
export function knowledgeCheck(questions: QuizItem[], charts: ComparisonDataset[], locale: Locale): QuizItem[] {
  return questions.map(item => ({ ...item, answer: quoteFigures(item.answer, charts, locale) }))
}

/** Every answer's figure reference that quotes nothing, in every edition (checked by the build). */
export function knowledgeCheckProblems(questions: Record<Locale, QuizItem[]>, charts: ComparisonDataset[]): string[] {
  return Object.entries(questions).flatMap(([locale, items]) =>
    items.flatMap((item, i) => figureReferenceProblems(item.answer, charts, `[knowledge check] ${locale} question ${i + 1}`)))
}
