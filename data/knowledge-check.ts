// The knowledge check's questions, from the article and the charts. Answers that quote a figure
// read it from data/charts.ts, so they can never disagree with the charts.
import type { ComparisonDataset, Entry } from './types'
import { formatValue } from '../lib/format'
import { FINANCIAL_PERFORMANCE, MARKET_EXPANSION } from './charts'

export interface QuizItem {
  question: string
  answer: string
}

/** The figure for `category` on one side of a chart, formatted as the chart prints it. */
function figure(dataset: ComparisonDataset, side: 'b2b' | 'b2c', category: string): string {
  const entry: Entry | undefined = dataset[side][dataset.categories.indexOf(category)]
  if (!entry || entry.value === null)
    throw new Error(`knowledge check: ${dataset.id} has no ${side} figure for "${category}"`)
  return formatValue(entry.value, dataset.unit, dataset.digits)
}

export const KNOWLEDGE_CHECK: QuizItem[] = [
  {
    question: 'Name two sales channels typical of B2B.',
    answer: 'Any two of: direct sales, trade shows and exhibitions, partnerships with other businesses.',
  },
  {
    question: 'What does building relationships with B2C customers involve?',
    answer: 'Understanding individual preferences, listening to feedback, and loyalty programs.',
  },
  {
    question: 'Which is the larger market, B2B or B2C e-commerce?',
    answer: `B2B: US$${figure(MARKET_EXPANSION, 'b2b', '2019')} trillion against US$${figure(MARKET_EXPANSION, 'b2c', '2019')} trillion (2019).`,
  },
  {
    question: 'Which grew faster in 2019? What does B2C rely on more?',
    answer: `B2C (${figure(FINANCIAL_PERFORMANCE, 'b2c', 'Growth 2018–2019')} against ${figure(FINANCIAL_PERFORMANCE, 'b2b', 'Growth 2018–2019')}); seasonality and consumer spending.`,
  },
]
