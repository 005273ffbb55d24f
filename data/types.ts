// The shape of the deck's data: its editions, the charts' figures and their words. Figures live in
// data/*.ts; nothing here holds a number. Both data/ and lib/ import these types, so they live here,
// where neither depends on the other.

/** The deck's editions, by language, as BCP 47 tags: `Intl` formats numbers with them. */
export const LOCALES = ['en', 'zh-Hant'] as const
export type Locale = typeof LOCALES[number]

/** How far a figure can be trusted, as graded in the figures' research notes. */
export type Reliability
  /** primary text, or a faithful copy of it */
  = | 'P'
  /** a secondary page quoting the source */
    | 'S'
  /** unverified: never charted (lib/validate.ts refuses it) */
    | 'U'

/** A publication a figure comes from. */
export interface Source {
  publisher: string
  title: string
  /** Year of publication (for a data series, of the data charted). */
  year: number
  /**
   * How the chart's short citation names the edition when the year alone would mislead, e.g.
   * "2016 report, surveyed 2015"; the chart's row names it the same way.
   */
  edition?: string
  /** `edition` in the deck's other languages, for their short citations: { 'zh-Hant': '2011 年 8 月' }. */
  editionIn?: Partial<Record<Locale, string>>
  /** Where the figure can be checked: the publication or its publisher's release where one was read. */
  url: string
  /** Who publishes the page the figures were read on, when it is a copy of the publication or a page quoting it. */
  via?: string
  /** That page, when `url` is the publisher's own (whose readable part did not hold the figures). */
  viaUrl?: string
  reliability: Reliability
}

/** One number on a chart, as precise as its source gives it, with where it comes from. */
export interface Figure {
  value: number
  /**
   * The source gives the value only roughly ("about half the average for B2C"): the chart prints
   * it with "≈", and its row's gap too.
   */
  approximate?: boolean
  /**
   * Decimal places the source gives (or, for a derived figure, that its inputs allow): "21" is
   * 0, "21.8" is 1, "5.15%" is 2. The chart prints exactly these; a value written finer is refused.
   */
  digits: number
  /** Key of the publication in `SOURCES` (data/sources.ts); several for a derived figure. */
  source: string | string[]
  /** For a figure computed from published ones: the formula, e.g. "25.6 − 4.4 (US$ tn, all e-commerce − B2C)". */
  derived?: string
}

/** What the values of a row measure, and so how they are formatted; `label` names it on the row. */
export type Unit
  /** Shares, 0 to 100: formatted as percentages and never above 100. */
  = | { kind: 'percent', label: string }
  /**
   * Small rates in per cent per period, such as monthly churn: formatted as percentages; drawn
   * against their own written axis end rather than a 0–100% track, on which they would not show.
   */
    | { kind: 'rate', label: string }
  /** Rates of change, in per cent: formatted as percentages, may pass 100. */
    | { kind: 'growth', label: string }
  /** Amounts in a named unit, e.g. "US$ trillion". */
    | { kind: 'amount', label: string }
  /** Money per item, formatted in that currency. */
    | { kind: 'currency', currency: string, label: string }

/** One measure compared across the two models: always a B2B and a B2C figure. */
export interface ComparisonRow {
  /** What is measured, where and when: "Marketers using LinkedIn, 2022". */
  label: string
  /** The row's own unit: rows in different units never share a scale. */
  unit: Unit
  b2b: Figure
  b2c: Figure
  /** A reference value the bars are read against, such as an even quarter's 25% of the year. */
  baseline?: { label: string, value: number }
  /**
   * Why the two figures are not directly comparable, when they come from two surveys or bases
   * ("two Census surveys: manufacturers' shipments and retail sales"). The chart then draws no gap
   * and says "not directly comparable"; the figures' sources page gives this reason.
   */
  notComparable?: string
}

/** One comparison chart: B2B against B2C, one row per measure. */
export interface ComparisonDataset {
  /** Unique, stable name; error messages and element ids use it. */
  id: string
  title: string
  /**
   * The slide's title once the chart is drawn: the one sentence every row supports, in at most two
   * lines of the title (about 70 characters), quoting its figures by reference so it follows the data:
   * "B2B e-commerce was {market-expansion.rows[1].ratio}× B2C in 2019" (lib/quote-figures.ts).
   */
  finding: string
  /** Asked to the room before the bars are drawn (click 0): what the chart will answer. */
  question: string
  rows: ComparisonRow[]
  /**
   * A caveat about the whole chart, e.g. which businesses a figure covers: on the figures' sources
   * page, beside the derivations (the slide carries only its one source line).
   */
  note?: string
}

/**
 * The words of one chart row in another language, field for field with the English of
 * data/charts.ts. `b2b` and `b2c` translate the formula of a derived figure (and are left out for a
 * published one).
 */
export interface RowText {
  label: string
  unit: string
  b2b?: string
  b2c?: string
  /** The baseline's label, for a row that has one. */
  baseline?: string
  /** Why the row's figures are not directly comparable, for a row that says so. */
  notComparable?: string
}

/** The words of one chart in another language. */
export interface ChartText {
  title: string
  finding: string
  question: string
  rows: RowText[]
  /** The caveat under the chart, for a chart that has one. */
  note?: string
}
