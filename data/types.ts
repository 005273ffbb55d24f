// The shape of the deck's data: the charts' figures and their sources. Figures live in
// data/*.ts, words in data/words/; nothing here holds a number. data/, lib/ and the components
// import these types, so they live here, where nothing else is imported.

/** The two business models the deck compares, in the order they are always shown. */
export const MODEL_IDS = ['b2b', 'b2c'] as const
export type ModelId = typeof MODEL_IDS[number]

/** Each model's short name, as the industry writes it in every language; the words spell it out. */
export const MODEL_SHORT: Record<ModelId, string> = { b2b: 'B2B', b2c: 'B2C' }

/** How far a figure can be trusted, as graded in the figures' research notes. */
export type Reliability
  /** primary text, or a faithful copy of it */
  = | 'P'
  /** a secondary page quoting the source */
    | 'S'
  /** unverified: never charted (lib/validate.ts refuses it) */
    | 'U'

/** A publication a figure comes from. Its titles stay in the language it was published in. */
export interface Source {
  publisher: string
  title: string
  /** Year of publication (for a data series, of the data charted). */
  year: number
  /**
   * True when the short citation names the edition rather than the year, which alone would
   * mislead ("2016 report, surveyed 2015"): each edition's words give that name (sourceEditions).
   */
  edition?: true
  /** Where the figure can be checked: the publication or its publisher's release where one was read. */
  url: string
  /** Who publishes the page the figures were read on, when it is a copy of the publication or a page quoting it. */
  via?: string
  /** That page, when `url` is the publisher's own (whose readable part did not hold the figures). */
  viaUrl?: string
  reliability: Reliability
}

/** A source as a chart cites it: with its edition's name in the deck's language, where it has one. */
export type CitedSource = Omit<Source, 'edition'> & { edition?: string }

/** One number on a chart, as precise as its source gives it, with where it comes from. */
export interface FigureData {
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
  source: string | readonly string[]
  /** Computed from published figures: each edition's words give the formula. */
  derived?: true
}

/** A figure as a chart draws it: its formula in the edition's words when it is derived. */
export type Figure = Omit<FigureData, 'derived'> & {
  /** For a figure computed from published ones: the formula, e.g. "25.6 − 4.4 (US$ tn, all e-commerce − B2C)". */
  derived?: string
}

/** What the values of a row measure, and so how they are formatted. */
export type UnitKind
  /** Shares, 0 to 100: formatted as percentages and never above 100. */
  = | { kind: 'percent' }
  /**
   * Small rates in per cent per period, such as monthly churn: formatted as percentages; drawn
   * against their own written axis end rather than a 0–100% track, on which they would not show.
   */
    | { kind: 'rate' }
  /** Rates of change, in per cent: formatted as percentages, may pass 100. */
    | { kind: 'growth' }
  /** Amounts in a named unit, e.g. "US$ trillion". */
    | { kind: 'amount' }
  /** Money per item, formatted in that currency. */
    | { kind: 'currency', currency: string }

/** A row's unit as drawn: its kind, and `label` naming it in the edition's words. */
export type Unit = UnitKind & { label: string }

/** The figures of one measure compared across the two models: always a B2B and a B2C figure. */
export interface RowFigures {
  /** The row's own unit: rows in different units never share a scale. */
  unit: UnitKind
  b2b: FigureData
  b2c: FigureData
  /** A reference value the bars are read against, such as an even quarter's 25% of the year. */
  baseline?: { value: number }
  /**
   * The two figures come from two surveys or bases: the chart then draws no gap and says "not
   * directly comparable"; the words say why, and the figures' sources page gives the reason.
   */
  notComparable?: true
}

/** The figures of one comparison chart: B2B against B2C, one row per measure. */
export interface ChartFigures {
  rows: readonly RowFigures[]
  /** The chart has a caveat about the whole chart (which businesses a figure covers): the words give it. */
  note?: true
}

/** One measure as a chart draws it: its figures and the edition's words for them. */
export interface ComparisonRow {
  /** What is measured, where and when: "Marketers using LinkedIn, 2022". */
  label: string
  unit: Unit
  b2b: Figure
  b2c: Figure
  baseline?: { label: string, value: number }
  /** Why the two figures are not directly comparable ("two Census surveys: …"). */
  notComparable?: string
}

/** One comparison chart as an edition draws it: the figures of data/charts.ts in its words. */
export interface ComparisonDataset {
  /** Unique, stable name; error messages and element ids use it. */
  id: string
  title: string
  /** The slide's title once the chart is drawn (ChartWords.finding). */
  finding: string
  /** Asked to the room before the bars are drawn (click 0). */
  question: string
  rows: ComparisonRow[]
  /** A caveat about the whole chart, on the figures' sources page. */
  note?: string
}
