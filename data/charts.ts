// The figures behind the four impact charts, one dataset per impact section of the article. Each
// row compares a B2B and a B2C figure from one publisher, as precise as the source gives them; a
// row whose two figures come from two surveys says so (notComparable) and draws no gap. Each
// chart's finding is the one sentence every one of its rows supports.
// To update a figure: change its value, digits and source here; `npm test` and `npm run build`
// check every dataset (lib/validate.ts), and the slide, the hidden table, the knowledge check and
// the sources slide follow. The speaker notes quote the figures too: update them with the data.
import type { ComparisonDataset } from './types.ts'

const TRILLION_USD = { kind: 'amount', label: 'US$ trillion' } as const

/**
 * Market expansion: how big each market is, as context for the article's claim (size does not show
 * that partnerships open markets: the notes say so, with UNCTAD's growth figures that cut against
 * it). UNCTAD's global estimates for 2018 and 2019.
 */
export const MARKET_EXPANSION: ComparisonDataset = {
  id: 'market-expansion',
  title: 'How big each market is',
  finding: 'B2B e-commerce was {market-expansion.rows[0].ratio}× B2C in 2018 and {market-expansion.rows[1].ratio}× in 2019',
  question: 'Partners or consumers: which market is bigger, and by how much?',
  rows: [
    {
      label: 'Global e-commerce sales, 2018',
      unit: TRILLION_USD,
      // UNCTAD writes "$21 trillion, 83%"; from its own total and B2C value the figure is 21.2.
      b2b: { value: 21.2, digits: 1, source: 'N1', derived: 'B2B 2018 = total 25.6 − B2C 4.4 (UNCTAD: "$21 trillion, 83%")' },
      b2c: { value: 4.4, digits: 1, source: 'N1' },
    },
    {
      label: 'Global e-commerce sales, 2019',
      unit: TRILLION_USD,
      b2b: { value: 21.8, digits: 1, source: 'N3' },
      b2c: { value: 4.9, digits: 1, source: 'N3' },
    },
  ],
}

/**
 * Strategic decisions: how much of their budget product companies put into marketing, the
 * campaigns through which the article says B2C may focus on acquiring new customers. Two editions
 * of the CMO Survey, each in the unit it gives: the product pair only (the services pair flips
 * between editions). No comparable measure of "partnerships over direct competition" was found:
 * the notes say so.
 */
export const STRATEGIC_DECISIONS: ComparisonDataset = {
  id: 'strategic-decisions',
  title: 'What product companies spend on marketing',
  finding: 'B2C product firms put more into marketing, in 2011 and in 2025',
  question: 'Which product companies spend more on marketing, B2B or B2C?',
  rows: [
    {
      label: 'Marketing\'s share of the firm\'s budget, Aug 2011',
      unit: { kind: 'percent', label: '% of the firm\'s budget, product companies' },
      b2b: { value: 7, digits: 1, source: 'CMO11' },
      b2c: { value: 11.6, digits: 1, source: 'CMO11' },
    },
    {
      label: 'Marketing spend, Spring 2025',
      unit: { kind: 'percent', label: '% of revenue as reported (possibly of firm budget), product companies' },
      b2b: { value: 6.4, digits: 1, source: 'N30' },
      b2c: { value: 15.5, digits: 1, source: 'N30' },
    },
  ],
  note: 'Product companies only (in Spring 2025 B2B services outspent B2C services, 9.0% to 6.0%). SalesFuel\'s "% of revenue" may be a share of firm budgets.',
}

/**
 * Operational challenges: B2B's digital gap, the room in which the article says B2B may need to
 * invest in technology and analytics. Two measures from one McKinsey article that point the same
 * way. Nothing comparable on analytics investment, user experience or product quality was found:
 * the notes say so.
 */
export const OPERATIONAL_CHALLENGES: ComparisonDataset = {
  id: 'operational-challenges',
  title: 'How far each model had gone digital',
  finding: 'B2B lagged B2C on mobile strategy and digital priority (Jan 2017)',
  question: 'Which model had gone further with digital, and by how much?',
  rows: [
    {
      label: 'Companies with a mobile strategy, Jan 2017',
      unit: { kind: 'percent', label: '% of companies' },
      b2b: { value: 6, digits: 0, source: 'N40' },
      b2c: { value: 30, digits: 0, source: 'N40' },
    },
    {
      label: 'Digital a top-three investment priority, Jan 2017',
      unit: { kind: 'percent', label: '% of companies' },
      b2b: { value: 10, digits: 0, source: 'N40' },
      // McKinsey: B2B's 10% is "about half the average for B2C companies".
      b2c: { value: 20, digits: 0, source: 'N40', approximate: true, derived: 'B2C ≈ 2 × 10: B2B\'s 10% is "about half the average for B2C companies"' },
    },
  ],
}

/**
 * Financial performance: repeat business (subscribers kept month after month) and seasonality
 * (how much of the year's sales fall in its last quarter, against an even quarter's 25%).
 */
export const FINANCIAL_PERFORMANCE: ComparisonDataset = {
  id: 'financial-performance',
  title: 'Repeat business and seasonality',
  finding: 'B2C lost subscribers faster; retail\'s Q4 beat an even quarter',
  question: 'Whose customers stay longer, and whose sales peak at year end?',
  rows: [
    {
      label: 'Median monthly subscriber churn, 2019',
      unit: { kind: 'rate', label: '% of subscribers lost a month, subscription businesses' },
      b2b: { value: 5.15, digits: 2, source: 'N20' },
      b2c: { value: 6.81, digits: 2, source: 'N20' },
    },
    {
      label: 'Q4 share of sales, US 2023: manufacturers vs retail',
      unit: { kind: 'percent', label: '% of the year\'s sales' },
      b2b: { value: 24.8, digits: 1, source: 'D3', derived: 'B2B = manufacturers\' shipments Oct–Dec 1,721.7 ÷ year 6,931.6 (US$ bn)' },
      b2c: { value: 26.3, digits: 1, source: 'D3', derived: 'B2C = retail trade Oct–Dec 1,892.6 ÷ year 7,200.1 (US$ bn)' },
      baseline: { label: 'an even quarter', value: 25 },
      notComparable: 'two Census surveys, manufacturers\' shipments for B2B and retail trade for B2C',
    },
  ],
  note: 'Churn: businesses billing subscriptions through Recurly only.',
}

/** Every chart of the deck, in slide order. */
export const CHARTS: ComparisonDataset[] = [
  MARKET_EXPANSION,
  STRATEGIC_DECISIONS,
  OPERATIONAL_CHALLENGES,
  FINANCIAL_PERFORMANCE,
]
