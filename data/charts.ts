// The figures behind the four impact charts, one dataset per impact section of the article.
// To update a figure: change its value and its source here; `npm test` and `npm run build` check
// every dataset (lib/validate.ts), and the slide, the hidden table and the sources slide follow.
import type { ComparisonDataset } from './types'

/** Market expansion: the size of each market, from UNCTAD's global estimates. */
export const MARKET_EXPANSION: ComparisonDataset = {
  id: 'market-expansion',
  title: 'Global e-commerce sales',
  unit: { kind: 'amount', label: 'US$ trillion' },
  digits: 1,
  categories: ['2018', '2019'],
  b2b: [
    { value: 21.0, source: 'E2' },
    { value: 21.8, source: 'E1' },
  ],
  b2c: [
    { value: 4.4, source: 'E2' },
    { value: 4.9, source: 'E1' },
  ],
}

/** Strategic decisions: where B2B and B2C marketers put their effort. */
export const STRATEGIC_DECISIONS: ComparisonDataset = {
  id: 'strategic-decisions',
  title: 'Where marketers put their effort',
  unit: { kind: 'percent', label: '% of marketers, % of budget' },
  digits: 0,
  categories: ['Marketers using LinkedIn (2022)', 'Marketing budget spent on content (2016)'],
  b2b: [
    { value: 81, source: 'E17a' },
    { value: 28, source: 'E17cB2B' },
  ],
  b2c: [
    { value: 53, source: 'E17a' },
    { value: 32, source: 'E17cB2C' },
  ],
  note: 'The rows measure different things: a share of marketers, then a share of the marketing budget.',
}

/** Operational challenges: how much of a year's B2C sales the holiday season brings. */
export const OPERATIONAL_CHALLENGES: ComparisonDataset = {
  id: 'operational-challenges',
  title: 'Seasonality: holiday share of a year\'s US retail sales',
  unit: { kind: 'percent', label: '% of the year\'s sales' },
  digits: 0,
  categories: ['Q4 share of retail e-commerce (2020)', 'Nov–Dec share of all retail sales (5-year avg.)'],
  b2b: [
    { value: null, note: 'No published B2B figure' },
    { value: null, note: 'No published B2B figure' },
  ],
  b2c: [
    { value: 31.0, source: 'E8', derived: 'Q4 2020 US$245.3 bn ÷ year 2020 US$791.7 bn, not seasonally adjusted' },
    { value: 19, source: 'E10' },
  ],
  baseline: { label: 'even year', values: [25, 16.7] },
  note: 'The two rows come from different surveys: retail e-commerce only, then all retail.',
}

/** Financial performance: how fast each market grew. */
export const FINANCIAL_PERFORMANCE: ComparisonDataset = {
  id: 'financial-performance',
  title: 'Growth of global e-commerce sales, 2019 over 2018',
  unit: { kind: 'growth', label: 'growth in one year, %' },
  digits: 1,
  categories: ['Growth 2018–2019'],
  b2b: [
    { value: 3.8, source: ['E1', 'E2'], derived: 'US$21.8 tn (2019) ÷ US$21.0 tn (2018) − 1' },
  ],
  b2c: [
    { value: 11, source: 'E1' },
  ],
}

/** Every chart of the deck, in slide order. */
export const CHARTS: ComparisonDataset[] = [
  MARKET_EXPANSION,
  STRATEGIC_DECISIONS,
  OPERATIONAL_CHALLENGES,
  FINANCIAL_PERFORMANCE,
]
