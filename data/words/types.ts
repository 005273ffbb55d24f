// The shape of an edition's words: everything the deck says beyond its Markdown, in one typed
// object per edition (data/words/<locale>.ts). A word an edition lacks is a type error, not a
// problem found at run time: each chart's words follow its figures row for row (ChartWords), and
// the knowledge check has as many questions and choices as CORRECT_CHOICES and CHOICE_COUNTS say.
import type { CHART_FIGURES, ChartId } from '../charts.ts'
import type { CHOICE_COUNTS } from '../knowledge-check.ts'
import type { SOURCES } from '../sources.ts'
import type { ChartFigures, ModelId, Reliability, RowFigures } from '../types.ts'

/** What the components write around the data. */
export interface UiText {
  /** Each model spelled out, beside its short name ("B2B"). */
  modelNames: Record<ModelId, string>
  /** Over an activity's question, by how the room works: in groups, or alone then in pairs. */
  activityKinds: Record<'group' | 'solo', string>
  /** Before what an activity produces: "Output". */
  activityOutput: string
  /** A part of the session by its number: "Part 1". */
  partName: (number: number) => string
  /** The unit of an activity's length, under its number: "min". */
  minutesUnit: string
  /** The progress rail's name for screen readers. */
  sessionParts: string
  /** The slide's number at the rail's end, for questions ("go back to 13"): its accessible name. */
  slideNumber: (number: number) => string
  /** The accessible name of each model's picture (components/ModelScene.vue): what it shows. */
  scenes: Record<ModelId, string>
  /** The accessible names of a comparison's pictures (components/ComparisonVisual.vue), by kind and model. */
  comparisonVisuals: Record<'accounts' | 'relationships', Record<ModelId, string>>
  /** A discussion's countdown: its accessible name, and what it says under the time. */
  activityTimer: { name: string, left: string, paused: string, ended: string }
  /** The presenter view's pacing: the current slide's plan and where the session stands. */
  pacing: {
    name: string
    plan: (from: string, to: string, minutes: number) => string
    /** For a slide whose note states no plan: the gap its neighbours leave. */
    gap: (from: string, to: string) => string
    notStarted: string
    onTime: string
    ahead: (minutes: number) => string
    behind: (minutes: number) => string
  }
  /** Opens a knowledge-check answer, with the space that follows it in that language. */
  answer: string
  /** The chart's accessible name and table caption: "Global e-commerce sales, B2B vs B2C". */
  chartName: (title: string) => string
  /** One row of a chart as one sentence: "2019 (US$ trillion): B2B 21.8, B2C 4.9." */
  rowDescription: (label: string, unit: string, values: string[]) => string
  /** The hidden table's unit column. */
  unit: string
  /** Ends a sentence ("." or "。"). */
  fullStop: string
  /** What separates two sentences (a space in English, nothing in Chinese). */
  sentenceGap: string
  /** After a run-in heading, before what it introduces: ": " or "：". */
  listLead: string
  /** The hidden table's first column. */
  measure: string
  /**
   * How the larger of two values compares with the smaller, from parts already formatted: by
   * percentage points for shares ("B2B +28 pts over B2C"), by ratio for amounts ("B2B 4.4× B2C"),
   * by difference for an amount against zero.
   */
  gap: Record<'points' | 'ratio' | 'difference', (larger: string, amount: string, smaller: string, approximate: boolean) => string>
  /** Where a row's gap would be, when its two figures come from two surveys or bases. */
  notComparable: string
  /** A scale's written end, over its tick: "0–100%", "0–25". */
  scaleEnd: (end: string) => string
  /** A reference line's label, at the line: "25% = an even quarter". */
  reference: (value: string, label: string) => string
  /** The one source line under a chart: its sources, and whether a figure on it is derived. */
  sourceLine: (parts: { sources: string[], derived: boolean }) => string
  /** A derived figure's formula, as the figures' sources page gives it. */
  derivedFootnote: (formula: string) => string
  /** Why a row's figures are not directly comparable, as the figures' sources page gives it. */
  notComparableFootnote: (row: string, why: string) => string
  /** How a chart flags a figure that is not from a primary text ('' for primary). */
  reliabilityTag: Record<Reliability, string>
  /** A reliability grade as the sources slide spells it out. */
  reliabilityName: Record<Reliability, string>
  /** A remark in brackets after a name: "UNCTAD 2021 (secondary source)", "even year (25%)". */
  withAside: (name: string, aside: string) => string
  /** What the linked page is, when not the publication itself: "Read via MarketingCharts: ". */
  readVia: (via: string) => string
}

/** Why the live session refuses a vote (live/rules.ts gives each its HTTP status). */
export type Refusal = 'malformed' | 'too-large' | 'too-slow' | 'unknown-question' | 'closed' | 'unknown-choice' | 'too-fast' | 'not-saved'

/**
 * The words of the live knowledge check (npm run present): the phones' voting page and the
 * deck's side of the vote.
 */
export interface LiveText {
  pageTitle: string
  heading: string
  questionLabel: (number: number) => string
  noQuestion: string
  closed: string
  saved: string
  sending: string
  offline: string
  /** Said to the phone for each reason the server refuses a vote. */
  refused: Record<Refusal, string>
  /** The deck's side: how to join, the chart's name, a count, the right choice. */
  join: string
  chartName: (question: number) => string
  votes: (count: number) => string
  correct: string
}

/** Words a field needs only where the figures have it: present there, absent elsewhere. */
type WordsWhere<Has extends boolean, Words> = Has extends true ? Words : { [K in keyof Words]?: never }

/**
 * The words of one chart row, field for field with its figures (data/charts.ts): `b2b` and `b2c`
 * explain a derived figure's formula and exist only for one, `baseline` names a baseline,
 * `notComparable` says why a row's figures are not directly comparable.
 */
export type RowWords<Row extends RowFigures = RowFigures> = { label: string, unit: string }
  & WordsWhere<Row['b2b'] extends { derived: true } ? true : false, { b2b: string }>
  & WordsWhere<Row['b2c'] extends { derived: true } ? true : false, { b2c: string }>
  & WordsWhere<Row extends { baseline: object } ? true : false, { baseline: string }>
  & WordsWhere<Row extends { notComparable: true } ? true : false, { notComparable: string }>

/** A row of words for each row of figures, as a tuple of the same length. */
type RowsWords<Rows extends readonly RowFigures[]> = { -readonly [R in keyof Rows]: Rows[R] extends RowFigures ? RowWords<Rows[R]> : never }

/** The words of one chart: its titles, a row of words per row of figures, its caveat if it has one. */
export type ChartWords<Chart extends ChartFigures = ChartFigures> = {
  title: string
  /**
   * The slide's title once the chart is drawn: the one sentence every row supports, in at most
   * two lines, quoting its figures by reference so it follows the data:
   * "B2B e-commerce was {market-expansion.rows[1].ratio}× B2C in 2019" (quoteFigures, lib/format.ts).
   */
  finding: string
  /** Asked to the room before the bars are drawn (click 0): what the chart will answer. */
  question: string
  rows: RowsWords<Chart['rows']>
} & WordsWhere<Chart extends { note: true } ? true : false, {
  /** A caveat about the whole chart, on the figures' sources page. */
  note: string
}>

/** A question of the knowledge check, its answer and the `Choices` choices the room votes on. */
export interface QuizItem<Choices extends number = number> {
  question: string
  /** May quote chart figures by reference: `{chart-id.rows[i].b2b}`. */
  answer: string
  /** Two to four short options, in the same order in every edition (CORRECT_CHOICES names the right one). */
  choices: string[] & { length: Choices }
}

/** A question's words for each of `Counts`, with that many choices. */
type QuizWords<Counts extends readonly number[]> = { -readonly [Q in keyof Counts]: QuizItem<Counts[Q] & number> }

/** Every word of one edition beyond its Markdown. */
export interface EditionWords {
  ui: UiText
  live: LiveText
  /** Each chart's words, by chart id (data/charts.ts). */
  charts: { [Id in ChartId]: ChartWords<typeof CHART_FIGURES[Id]> }
  /** How a short citation names a source's edition where its year alone would mislead ("Aug 2011"). */
  sourceEditions: { [Id in keyof typeof SOURCES as typeof SOURCES[Id] extends { edition: true } ? Id : never]: string }
  /** The knowledge check, question for question (data/knowledge-check.ts). */
  quiz: QuizWords<typeof CHOICE_COUNTS>
  /** The learner handout's own words, around its slides (tools/print.ts prints it). */
  handout: {
    /** Under each slide: "Slide 11". */
    slide: (no: number) => string
    /** In the running header: "Page 2 of 10". */
    page: (page: number, pages: number) => string
    /** The lines on the first page the learner fills in. */
    name: string
    date: string
    /** The last box: the first step the closing asks each learner to write, and its date. */
    firstStep: string
    firstStepHint: string
    firstStepDate: string
    /** Beside each reference's QR code, for a screen reader: what it opens. */
    qrCode: (url: string) => string
  }
  /** How the speaker notes are written in this language (lib/pacing.ts reads their plan). */
  notes: {
    /** A note's opening line, bold marks left out: its slide, minutes and start. */
    planHeading: RegExp
    /** How a note tells the trainer to ask the room a question. */
    askTheRoom: string
  }
}
