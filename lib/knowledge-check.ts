import type { QuizItem } from '../data/knowledge-check.ts'
import type { ComparisonDataset } from '../data/types.ts'
import type { Locale } from './i18n.ts'
import { formatValue } from './format.ts'

/** A chart figure quoted in a text: `{market-expansion.rows[1].b2b}`. */
const FIGURE_REFERENCE = /\{([\w-]+)\.rows\[(\d+)\]\.(b2b|b2c)\}/g

/**
 * `text` with every figure reference replaced by that figure as its chart prints it in `locale`.
 * Throws, naming the reference, when a chart, row or side does not exist: a changed chart can never
 * leave an answer quoting nothing.
 */
export function quoteFigures(text: string, charts: ComparisonDataset[], locale: Locale): string {
  return text.replace(FIGURE_REFERENCE, (reference, id: string, row: string, side: 'b2b' | 'b2c') => {
    const measure = charts.find(chart => chart.id === id)?.rows[Number(row)]
    if (!measure)
      throw new Error(`[knowledge check] ${reference}: data/charts.ts has no such chart row`)
    const figure = measure[side]
    return formatValue(figure.value, measure.unit, figure.digits, locale)
  })
}

/** The knowledge check of one edition: its questions with every quoted figure filled in from `charts`. */
export function knowledgeCheck(questions: QuizItem[], charts: ComparisonDataset[], locale: Locale): QuizItem[] {
  return questions.map(item => ({ ...item, answer: quoteFigures(item.answer, charts, locale) }))
}
