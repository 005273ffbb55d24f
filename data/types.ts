// The shape of the charts' data. Figures live in data/*.ts; nothing here holds a number.

/** How far a figure can be trusted, as graded in the figures' research notes. */
export type Reliability
  /** primary text, or a faithful copy of it */
  = | 'P'
  /** a secondary page quoting the source */
    | 'S'
  /** unverified */
    | 'U'

/** A publication a figure comes from. */
export interface Source {
  publisher: string
  title: string
  year: number
  /** Where the figure can be checked: the publication, or the page that quotes it (`via`). */
  url: string
  /** For a secondary source: who quotes the publication at `url`. */
  via?: string
  reliability: Reliability
}

/** One number on a chart, with where it comes from. */
export interface Figure {
  value: number
  /** Key of the publication in `SOURCES` (data/sources.ts); several for a derived figure. */
  source: string | string[]
  /** For a figure computed from published ones: how, e.g. "21.8 / 21.0 − 1". */
  derived?: string
}

/** A side of a comparison for which no figure exists; the chart says so instead of drawing a bar. */
export interface NoFigure {
  value: null
  /** What the chart shows in place of the bar, e.g. "no published figure". */
  note: string
}

export type Entry = Figure | NoFigure

/** What the values measure, and so how they are formatted; `label` names it on the axis. */
export type Unit
  /** Shares, 0 to 100: formatted as percentages and never above 100. */
  = | { kind: 'percent', label: string }
  /** Rates of change, in per cent: formatted as percentages, may pass 100. */
    | { kind: 'growth', label: string }
  /** Amounts in a named unit, e.g. "US$ trillion". */
    | { kind: 'amount', label: string }
  /** Money per item, formatted in that currency. */
    | { kind: 'currency', currency: string, label: string }

/**
 * One comparison chart: B2B against B2C, category by category. `b2b[i]` and `b2c[i]` are the
 * values for `categories[i]`.
 */
export interface ComparisonDataset {
  /** Unique, stable name; error messages and element ids use it. */
  id: string
  title: string
  unit: Unit
  /** Decimal places of every value shown. */
  digits: number
  categories: string[]
  b2b: Entry[]
  b2c: Entry[]
  /** A reference value per category that bars are read against, such as an even share of the year. */
  baseline?: { label: string, values: (number | null)[] }
  /** A caveat printed under the chart, e.g. that two rows come from different surveys. */
  note?: string
}

/** True for an entry that carries a number. */
export function isFigure(entry: Entry | undefined): entry is Figure {
  return entry !== undefined && entry.value !== null
}
