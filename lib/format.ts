import type { Locale } from '../data/editions.ts'
import type { CitedSource, ComparisonDataset, ComparisonRow, Figure, Unit } from '../data/types.ts'
import type { RowLayout } from './chart-layout.ts'
import { wordsOf } from '../data/editions.ts'
import { MODEL_IDS, MODEL_SHORT } from '../data/types.ts'
import { decimalPlaces } from './chart-layout.ts'

/** The keys of a figure's sources, whether it names one or several. */
export function sourceKeys(source: string | readonly string[]): string[] {
  return typeof source === 'string' ? [source] : [...source]
}

/** A plain number with exactly `digits` decimal places, in `locale`'s digits and separators. */
export function formatNumber(value: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/**
 * A value as the chart prints it, in its unit and with the decimal places its source gives:
 * "21.8", "81%", "5.15%", "US$491". Amounts carry no unit here: the chart names it on the row.
 */
export function formatValue(value: number, unit: Unit, digits: number, locale: string = 'en'): string {
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits }
  switch (unit.kind) {
    case 'percent':
    case 'rate':
    case 'growth':
      return new Intl.NumberFormat(locale, { style: 'percent', ...fraction }).format(value / 100)
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency, ...fraction }).format(value)
    case 'amount':
      return formatNumber(value, digits, locale)
  }
}

/**
 * The gap label of a chart row, as a trainer would say it: shares and rates by their difference
 * in percentage points ("B2B +28 pts over B2C"), amounts by their ratio ("B2B 4.4× B2C"), always
 * the larger against the smaller. An amount against zero has no ratio, so it falls back to the
 * difference. A gap computed from a figure the source gives only roughly says so ("about").
 *
 * @param largerName what the larger value belongs to ("B2B", or a baseline's label)
 * @param smallerName what the smaller value belongs to
 */
export function describeGap(largerName: string, smallerName: string, larger: number, smaller: number, unit: Unit, digits: number, locale: Locale = 'en', approximate = false): string {
  const gap = wordsOf(locale).ui.gap
  if (unit.kind === 'percent' || unit.kind === 'rate' || unit.kind === 'growth')
    return gap.points(largerName, formatNumber(larger - smaller, digits, locale), smallerName, approximate)
  if (smaller === 0)
    return gap.difference(largerName, formatValue(larger - smaller, unit, digits, locale), smallerName, approximate)
  return gap.ratio(largerName, formatNumber(larger / smaller, 1, locale), smallerName, approximate)
}

/** Marks a figure the source gives only roughly ("about half"). */
export const APPROXIMATE_MARK = '≈'

/** Marks a derived value on the chart; the figures' sources page gives the formula after the same mark. */
export const DERIVED_MARK = '*'

/** A figure as precise as its source gives it, "≈" before it when the source gives it only roughly. */
function statedValue(figure: Figure, unit: Unit, locale: Locale): string {
  return (figure.approximate ? APPROXIMATE_MARK : '') + formatValue(figure.value, unit, figure.digits, locale)
}

/** A figure as the chart prints it: as its source states it (statedValue), "*" after it when derived. */
export function figureText(figure: Figure, unit: Unit, locale: Locale = 'en'): string {
  return statedValue(figure, unit, locale) + (figure.derived ? DERIVED_MARK : '')
}

/** A row's reference value as its chart writes it ("25%"), or '' for a row without one. */
export function referenceValueText(row: ComparisonRow, locale: Locale = 'en'): string {
  return row.baseline ? formatValue(row.baseline.value, row.unit, decimalPlaces(row.baseline.value), locale) : ''
}

/** A row's reference line as its chart labels it ("25% = an even quarter"), or '' for a row without one. */
export function referenceText(row: ComparisonRow, locale: Locale = 'en'): string {
  return row.baseline ? wordsOf(locale).ui.reference(referenceValueText(row, locale), row.baseline.label) : ''
}

/** The end of a row's scale as its chart writes it over the scale's tick ("0–25"). */
export function scaleEndText({ row, scale }: RowLayout, locale: Locale = 'en'): string {
  return wordsOf(locale).ui.scaleEnd(formatValue(scale.end, row.unit, decimalPlaces(scale.end), locale))
}

/** A row's gap as its chart writes it (describeGap), or why there is none: two figures from two surveys are not directly comparable. */
export function gapText({ row, gap }: RowLayout, locale: Locale = 'en'): string {
  if (row.notComparable)
    return wordsOf(locale).ui.notComparable
  const digits = Math.max(row.b2b.digits, row.b2c.digits)
  const approximate = MODEL_IDS.some(side => row[side].approximate)
  return describeGap(MODEL_SHORT[gap.between[0]], MODEL_SHORT[gap.between[1]], gap.larger, gap.smaller, row.unit, digits, locale, approximate)
}

/** A chart row in one sentence, as a screen reader (and a chart's alternative text) gives it: its measure and unit, both figures, its reference, its gap. */
export function rowSentence(rowLayout: RowLayout, locale: Locale = 'en'): string {
  const { row } = rowLayout
  const text = wordsOf(locale).ui
  const values = MODEL_IDS.map(side => `${MODEL_SHORT[side]} ${figureText(row[side], row.unit, locale)}`)
  const reference = row.baseline ? [referenceText(row, locale)] : []
  return text.rowDescription(row.label, row.unit.label, [...values, ...reference, gapText(rowLayout, locale)])
}

/** Every figure of a dataset, row by row, B2B before B2C. */
export function figuresOf(dataset: ComparisonDataset): Figure[] {
  return dataset.rows.flatMap(row => MODEL_IDS.map(side => row[side]))
}

/** The publications a dataset's figures cite, each once, in the order they first appear. */
export function datasetSourceKeys(dataset: ComparisonDataset): string[] {
  return [...new Set(figuresOf(dataset).flatMap(figure => sourceKeys(figure.source)))]
}

/**
 * How a chart cites a publication in short: publisher and year, or the edition where the year
 * alone would mislead (in the deck's language: sourcesIn, lib/localize.ts).
 */
export function shortCitation(source: CitedSource): string {
  return `${source.publisher} ${source.edition ?? source.year}`
}

/**
 * The one source line under a chart: each source in short, flagged when it is secondary, and,
 * when a figure is derived, where its formula is. Derivations and caveats are too long for a slide
 * read from the back of the room: they are in the notes and on the figures' sources page
 * (chartFootnotes).
 *
 * @example "Sources: UNCTAD 2020; UNCTAD 2021 (secondary source). *Derived: formula on the sources slide."
 */
export function sourceLine(dataset: ComparisonDataset, sources: Record<string, CitedSource>, locale: Locale = 'en'): string {
  const text = wordsOf(locale).ui
  const cited = datasetSourceKeys(dataset).map((key) => {
    const source = sources[key]
    const tag = text.reliabilityTag[source.reliability]
    const citation = shortCitation(source)
    return tag ? text.withAside(citation, tag) : citation
  })
  // Two publications can share a short citation (two copies of one report).
  return text.sourceLine({ sources: [...new Set(cited)], derived: figuresOf(dataset).some(figure => figure.derived) })
}

/**
 * What a chart's slide leaves out of its source line, in sentences: the formula of each derived
 * figure, why a row's two figures are not directly comparable, and the chart's caveat. The figures'
 * sources page lists them under each chart; the chart's table for screen readers carries them too.
 */
export function chartFootnotes(dataset: ComparisonDataset, locale: Locale = 'en'): string[] {
  const text = wordsOf(locale).ui
  return [
    ...figuresOf(dataset).flatMap(figure => figure.derived ? [text.derivedFootnote(figure.derived)] : []),
    ...dataset.rows.flatMap(row => row.notComparable ? [text.notComparableFootnote(row.label, row.notComparable)] : []),
    ...(dataset.note ? [dataset.note] : []),
  ]
}

/**
 * The publications cited by any of `datasets`, each once, in the order the charts first cite
 * them: what the deck's sources slide lists in full.
 */
export function citedSources(datasets: ComparisonDataset[], sources: Record<string, CitedSource>): ({ key: string } & CitedSource)[] {
  const keys = [...new Set(datasets.flatMap(datasetSourceKeys))]
  return keys.map(key => ({ key, ...sources[key] }))
}

/**
 * A chart figure quoted in a text: `{market-expansion.rows[1].b2b}` (the B2B figure, as the chart
 * prints it), `.b2c`, or `.ratio` (B2B ÷ B2C, to one decimal: "4.4").
 */
const FIGURE_REFERENCE = /\{([\w-]+)\.rows\[(\d+)\]\.(b2b|b2c|ratio)\}/g
/** Anything in braces: a figure reference, or one mistyped. */
const IN_BRACES = /\{[^}]*\}/g

/** The chart row a figure reference names, if there is one. */
function referencedRow(charts: ComparisonDataset[], id: string, row: string) {
  return charts.find(chart => chart.id === id)?.rows[Number(row)]
}

/**
 * `text` with every figure reference replaced by that figure as its chart prints it in `locale`, so
 * a sentence quoting the data changes when the data does. The build refuses a reference that
 * names nothing (figureReferenceProblems): this leaves one as written.
 */
export function quoteFigures(text: string, charts: ComparisonDataset[], locale: Locale): string {
  return text.replace(FIGURE_REFERENCE, (reference, id: string, row: string, field: 'b2b' | 'b2c' | 'ratio') => {
    const measure = referencedRow(charts, id, row)
    if (!measure)
      return reference
    if (field === 'ratio')
      return formatNumber(measure.b2b.value / measure.b2c.value, 1, locale)
    const figure = measure[field]
    return statedValue(figure, measure.unit, locale)
  })
}

/**
 * Every figure reference in `text` that names no chart row, and anything else in braces (a
 * reference mistyped), each as `where: {reference} …`: a changed chart can never leave a text
 * quoting nothing, and a typo never reaches a slide as written.
 */
export function figureReferenceProblems(text: string, charts: ComparisonDataset[], where: string): string[] {
  return [...text.matchAll(IN_BRACES)].map(([reference]) => {
    const [, id, row] = new RegExp(FIGURE_REFERENCE.source).exec(reference) ?? []
    if (id === undefined)
      return `${where}: ${reference} is not a figure reference; write {chart-id.rows[N].b2b}, .b2c or .ratio`
    return referencedRow(charts, id, row) ? '' : `${where}: ${reference} names no chart row of data/charts.ts`
  }).filter(Boolean)
}

/** `text` safe inside an element or a quoted attribute of hand-written HTML (the voting page, the printed pages). */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}
