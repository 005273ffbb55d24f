// The figures behind the four impact charts, one chart per impact section of the article, keyed
// by the id an impact slide names (`chart: market-expansion`). Each row compares a B2B and a B2C
// figure from one publisher, as precise as the source gives them; a row whose two figures come
// from two surveys says so (notComparable) and draws no gap. The words of each chart (its title,
// its finding, each row's label and unit, a derived figure's formula) are in each edition's words
// file, data/words/<locale>.ts, row for row with these figures: a chart that gains a row or a
// derived figure is a type error until every edition has its words.
// To update a figure: change its value, digits and source here; `npm run dev` shows, and
// `npm test` and `npm run build` refuse, any problem (lib/deck-problems.ts), and the slide, the
// hidden table, the knowledge check and the sources slide follow. The speaker notes and a derived
// figure's formula quote the figures too: update them with the data.
import type { ChartFigures } from './types.ts'

export const CHART_FIGURES = {
  /**
   * Market expansion: how big each market is, as context for the article's claim (size does not
   * show that partnerships open markets: the notes say so, with UNCTAD's growth figures that cut
   * against it). UNCTAD's global estimates for 2018 and 2019.
   */
  'market-expansion': {
    rows: [
      {
        unit: { kind: 'amount' },
        // UNCTAD writes "$21 trillion, 83%"; from its own total and B2C value the figure is 21.2.
        b2b: { value: 21.2, digits: 1, source: 'N1', derived: true },
        b2c: { value: 4.4, digits: 1, source: 'N1' },
      },
      {
        unit: { kind: 'amount' },
        b2b: { value: 21.8, digits: 1, source: 'N3' },
        b2c: { value: 4.9, digits: 1, source: 'N3' },
      },
    ],
  },

  /**
   * Strategic decisions: how much of their budget product companies put into marketing, the
   * campaigns through which the article says B2C may focus on acquiring new customers. Two
   * editions of the CMO Survey, each in the unit it gives: the product pair only (the services
   * pair flips between editions). No comparable measure of "partnerships over direct
   * competition" was found: the notes say so.
   */
  'strategic-decisions': {
    rows: [
      {
        unit: { kind: 'percent' },
        b2b: { value: 7, digits: 1, source: 'CMO11' },
        b2c: { value: 11.6, digits: 1, source: 'CMO11' },
      },
      {
        unit: { kind: 'percent' },
        b2b: { value: 6.4, digits: 1, source: 'N30' },
        b2c: { value: 15.5, digits: 1, source: 'N30' },
      },
    ],
    note: true,
  },

  /**
   * Operational challenges: B2B's digital gap, the room in which the article says B2B may need to
   * invest in technology and analytics. Two measures from one McKinsey article that point the
   * same way. Nothing comparable on analytics investment, user experience or product quality was
   * found: the notes say so.
   */
  'operational-challenges': {
    rows: [
      {
        unit: { kind: 'percent' },
        b2b: { value: 6, digits: 0, source: 'N40' },
        b2c: { value: 30, digits: 0, source: 'N40' },
      },
      {
        unit: { kind: 'percent' },
        b2b: { value: 10, digits: 0, source: 'N40' },
        // McKinsey: B2B's 10% is "about half the average for B2C companies".
        b2c: { value: 20, digits: 0, source: 'N40', approximate: true, derived: true },
      },
    ],
  },

  /**
   * Financial performance: repeat business (subscribers kept month after month) and seasonality
   * (how much of the year's sales fall in its last quarter, against an even quarter's 25%).
   */
  'financial-performance': {
    rows: [
      {
        unit: { kind: 'rate' },
        b2b: { value: 5.15, digits: 2, source: 'N20' },
        b2c: { value: 6.81, digits: 2, source: 'N20' },
      },
      {
        unit: { kind: 'percent' },
        b2b: { value: 24.8, digits: 1, source: 'D3', derived: true },
        b2c: { value: 26.3, digits: 1, source: 'D3', derived: true },
        baseline: { value: 25 },
        notComparable: true,
      },
    ],
    note: true,
  },
} as const satisfies Record<string, ChartFigures>

/** A chart's id, as an impact slide's frontmatter names it. */
export type ChartId = keyof typeof CHART_FIGURES

/** Every chart's id, in slide order. */
export const CHART_IDS = Object.keys(CHART_FIGURES) as ChartId[]
