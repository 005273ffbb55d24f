// The figures behind the four impact charts, one dataset per impact section of the article. Each
// row compares a B2B and a B2C figure from one publisher, as precise as the source gives them.
// To update a figure: change its value, digits and source here; `npm test` and `npm run build`
// check every dataset (lib/validate.ts), and the slide, the hidden table, the knowledge check and
// the sources slide follow. The speaker notes quote the figures too: update them with the data.
import type { ComparisonDataset } from './types.ts'

const TRILLION_USD = { kind: 'amount', label: 'US$ trillion' } as const

/**
 * Market expansion: how big each market is, and so how much room partnerships and loyal customers
 * have to grow in. UNCTAD's global estimates for 2018 and 2019.
 */
export const MARKET_EXPANSION: ComparisonDataset = {
  id: 'market-expansion',
  title: 'Global e-commerce sales',
  finding: 'B2B e-commerce was {market-expansion.rows[1].ratio}× B2C in 2019',
  question: 'Partners or consumers: which market is bigger, and by how much?',
  rows: [
    {
      label: 'Global e-commerce sales, 2018',
      unit: TRILLION_USD,
      // UNCTAD writes "$21 trillion"; from its own total and B2C value the figure is 21.2.
      b2b: { value: 21.2, digits: 1, source: 'N1', derived: 'B2B 2018 = all e-commerce 25.6 − B2C 4.4 (UNCTAD rounds it to "$21 trillion", 83%)' },
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
 * Strategic decisions: where B2B and B2C marketers put their effort: the professional network
 * where partners are found, and content that wins customers.
 */
export const STRATEGIC_DECISIONS: ComparisonDataset = {
  id: 'strategic-decisions',
  title: 'Where marketers put their effort',
  finding: '{strategic-decisions.rows[0].b2b} of B2B marketers used LinkedIn',
  question: 'Where do B2B and B2C marketers put their effort?',
  rows: [
    {
      label: 'Marketers using LinkedIn, 2022',
      unit: { kind: 'percent', label: '% of marketers' },
      b2b: { value: 81, digits: 0, source: 'E17a' },
      b2c: { value: 53, digits: 0, source: 'E17a' },
    },
    {
      label: 'Content marketing\'s share of budget',
      unit: { kind: 'percent', label: '% of the marketing budget, 2016 report, surveyed 2015' },
      b2b: { value: 28, digits: 0, source: 'E17cB2B' },
      b2c: { value: 32, digits: 0, source: 'E17cB2C' },
    },
  ],
}

/**
 * Operational challenges: how far each model runs on technology, the investment the article says
 * B2B may need. McKinsey's survey of B2B and B2C companies, and the US Census Bureau's share of
 * sales made electronically.
 */
export const OPERATIONAL_CHALLENGES: ComparisonDataset = {
  id: 'operational-challenges',
  title: 'How far companies run on digital',
  finding: 'Only {operational-challenges.rows[0].b2b} of B2B firms had a mobile strategy',
  question: 'Which model runs more of its business on digital systems?',
  rows: [
    {
      label: 'Companies with a mobile strategy, 2017',
      unit: { kind: 'percent', label: '% of companies' },
      b2b: { value: 6, digits: 0, source: 'N40' },
      b2c: { value: 30, digits: 0, source: 'N40' },
    },
    {
      label: 'Sales made electronically, US 2017',
      unit: { kind: 'percent', label: '% of sales' },
      b2b: { value: 66.7, digits: 1, source: 'N17' },
      b2c: { value: 9.1, digits: 1, source: 'D5', derived: 'B2C = retail e-commerce 458.9 ÷ retail trade 5,040.2 (US$ bn, 2017)' },
    },
  ],
  note: 'Row 2 sets two Census surveys side by side: manufacturers\' e-shipments (orders by EDI and other online systems) stand for B2B, retail e-commerce for B2C.',
}

/**
 * Financial performance: repeat business (subscribers kept month after month) and seasonality
 * (how much of the year's sales fall in its last quarter).
 */
export const FINANCIAL_PERFORMANCE: ComparisonDataset = {
  id: 'financial-performance',
  title: 'Repeat business and seasonality',
  finding: 'B2C churned {financial-performance.rows[0].b2c} a month, B2B {financial-performance.rows[0].b2b}',
  question: 'Whose customers stay longer, and whose sales peak at year end?',
  rows: [
    {
      label: 'Median monthly subscriber churn, 2019',
      unit: { kind: 'percent', label: '% of subscribers lost a month, subscription businesses' },
      b2b: { value: 5.15, digits: 2, source: 'N20' },
      b2c: { value: 6.81, digits: 2, source: 'N20' },
    },
    {
      label: 'Q4 share of the year\'s sales, US 2023',
      unit: { kind: 'percent', label: '% of the year\'s sales' },
      b2b: { value: 24.8, digits: 1, source: 'D3', derived: 'B2B = Oct–Dec 1,721.7 ÷ year 6,931.6' },
      b2c: { value: 26.3, digits: 1, source: 'D3', derived: 'B2C = Oct–Dec 1,892.6 ÷ year 7,200.1 (US$ bn, not seasonally adjusted)' },
      baseline: { label: 'even year', value: 25 },
    },
  ],
  note: 'Churn: businesses billing subscriptions through Recurly only. Q4: manufacturers\' shipments stand for B2B, retail trade for B2C.',
}

/** Every chart of the deck, in slide order. */
export const CHARTS: ComparisonDataset[] = [
  MARKET_EXPANSION,
  STRATEGIC_DECISIONS,
  OPERATIONAL_CHALLENGES,
  FINANCIAL_PERFORMANCE,
]
