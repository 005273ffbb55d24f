// The knowledge check's questions, from the article and the charts, in each edition's language.
// Answers that quote a figure read it from data/charts.ts, so they can never disagree with the
// charts, in any edition.
import type { Locale } from '../lib/i18n'
import type { ComparisonDataset, Entry } from './types'
import { formatValue } from '../lib/format'
import { FINANCIAL_PERFORMANCE, MARKET_EXPANSION } from './charts'

export interface QuizItem {
  question: string
  answer: string
}

/**
 * The figure of category `row` on one side of a chart, formatted as the chart prints it in
 * `locale`. Throws if the chart has no figure there, so a changed chart cannot leave a quiz answer
 * quoting nothing.
 */
function figure(dataset: ComparisonDataset, side: 'b2b' | 'b2c', row: number, locale: Locale): string {
  const entry: Entry | undefined = dataset[side][row]
  if (!entry || entry.value === null)
    throw new Error(`knowledge check: ${dataset.id} has no ${side} figure in row ${row} ("${dataset.categories[row]}")`)
  return formatValue(entry.value, dataset.unit, dataset.digits, locale)
}

/** The row of `category` in `dataset`; throws if the chart no longer has it. */
function row(dataset: ComparisonDataset, category: string): number {
  const found = dataset.categories.indexOf(category)
  if (found < 0)
    throw new Error(`knowledge check: ${dataset.id} has no category "${category}"`)
  return found
}

const YEAR_2019 = row(MARKET_EXPANSION, '2019')
const GROWTH = row(FINANCIAL_PERFORMANCE, 'Growth 2018–2019')

/** The chart figures the answers quote, formatted for one edition. */
interface QuotedFigures {
  b2b2019: string
  b2c2019: string
  b2bGrowth: string
  b2cGrowth: string
}

/** The questions and answers of each edition, around the figures they quote. */
const QUESTIONS: Record<Locale, (figures: QuotedFigures) => QuizItem[]> = {
  'en': ({ b2b2019, b2c2019, b2bGrowth, b2cGrowth }) => [
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
      answer: `B2B: US$${b2b2019} trillion against US$${b2c2019} trillion (2019).`,
    },
    {
      question: 'Which grew faster in 2019? What does B2C rely on more?',
      answer: `B2C (${b2cGrowth} against ${b2bGrowth}); seasonality and consumer spending.`,
    },
  ],
  'zh-Hant': ({ b2b2019, b2c2019, b2bGrowth, b2cGrowth }) => [
    {
      question: '請說出兩種典型的 B2B 銷售管道。',
      answer: '以下任兩種：直接銷售、貿易展覽與展會、與其他企業合作。',
    },
    {
      question: '與 B2C 顧客建立關係包括哪些做法？',
      answer: '了解個人偏好、聆聽回饋、推行會員忠誠計畫。',
    },
    {
      question: 'B2B 和 B2C 電子商務，哪個市場比較大？',
      answer: `B2B：2019 年為 ${b2b2019} 兆美元，B2C 為 ${b2c2019} 兆美元。`,
    },
    {
      question: '2019 年哪一方成長較快？B2C 更依賴什麼？',
      answer: `B2C（${b2cGrowth}，B2B 為 ${b2bGrowth}）；更依賴季節性和消費者支出模式。`,
    },
  ],
}

/** The knowledge check of the edition in `locale`: four questions, each with its answer. */
export function knowledgeCheck(locale: Locale): QuizItem[] {
  return QUESTIONS[locale]({
    b2b2019: figure(MARKET_EXPANSION, 'b2b', YEAR_2019, locale),
    b2c2019: figure(MARKET_EXPANSION, 'b2c', YEAR_2019, locale),
    b2bGrowth: figure(FINANCIAL_PERFORMANCE, 'b2b', GROWTH, locale),
    b2cGrowth: figure(FINANCIAL_PERFORMANCE, 'b2c', GROWTH, locale),
  })
}
