// A chart in another language: its words from a translation, its numbers from data/charts.ts, so
// a figure is written once and every edition charts the same values.
import type { ChartText, ComparisonDataset, ComparisonRow, Figure, Locale, RowText, Source } from '../data/types.ts'
import { LOCALES } from '../data/types.ts'
import { figureReferenceProblems, quoteFigures } from './format.ts'
import { MODEL_IDS } from './models.ts'
import { isText, validateDatasets } from './validate.ts'

export type { ChartText, RowText }

/** Every message starts with this and the language, so a failing build points at the translation. */
export const TEXT_PROBLEM_PREFIX = '[chart text]'

/**
 * `dataset` with its words replaced by `text`; values, digits, sources and structure untouched. A
 * word the translation lacks becomes empty, which validateDataset reports: nothing is drawn
 * half-translated.
 */
export function localizeDataset(dataset: ComparisonDataset, text: ChartText | undefined): ComparisonDataset {
  const localizeFigure = (figure: Figure, words: string | undefined): Figure =>
    figure.derived === undefined ? figure : { ...figure, derived: words ?? '' }
  const localizeRow = (row: ComparisonRow, words: RowText | undefined): ComparisonRow => ({
    ...row,
    label: words?.label ?? '',
    unit: { ...row.unit, label: words?.unit ?? '' },
    b2b: localizeFigure(row.b2b, words?.b2b),
    b2c: localizeFigure(row.b2c, words?.b2c),
    ...(row.baseline ? { baseline: { ...row.baseline, label: words?.baseline ?? '' } } : {}),
    ...(row.notComparable === undefined ? {} : { notComparable: words?.notComparable ?? '' }),
  })
  return {
    ...dataset,
    title: text?.title ?? '',
    finding: text?.finding ?? '',
    question: text?.question ?? '',
    rows: dataset.rows.map((row, i) => localizeRow(row, text?.rows[i])),
    ...(dataset.note === undefined ? {} : { note: text?.note ?? '' }),
  }
}

/**
 * Every way `texts` fails to translate `datasets` word for word, each naming the language, the
 * chart and the field, e.g. `[chart text] zh-Hant market-expansion: rows has 1 entry for 2 rows`.
 * An empty list means every chart has all its words in that language.
 */
export function chartTextProblems(datasets: ComparisonDataset[], texts: Record<string, ChartText>, locale: Locale): string[] {
  const problems: string[] = []
  const ids = datasets.map(dataset => dataset.id)
  for (const id of Object.keys(texts).filter(id => !ids.includes(id)))
    problems.push(`${TEXT_PROBLEM_PREFIX} ${locale} ${id}: translates a chart that data/charts.ts does not have`)

  for (const dataset of datasets) {
    const report = (field: string, problem: string) => problems.push(`${TEXT_PROBLEM_PREFIX} ${locale} ${dataset.id}: ${field} ${problem}`)
    const text = texts[dataset.id]
    if (!text) {
      report('text', 'is missing: translate its title and rows')
      continue
    }
    for (const field of ['title', 'finding', 'question'] as const) {
      if (!isText(text[field]))
        report(field, 'is empty')
    }
    if (text.rows.length !== dataset.rows.length)
      report('rows', `has ${text.rows.length} ${text.rows.length === 1 ? 'entry' : 'entries'} for ${dataset.rows.length} rows`)
    dataset.rows.forEach((row, r) => {
      const words = text.rows[r]
      if (!words)
        return
      for (const field of ['label', 'unit'] as const) {
        if (!isText(words[field]))
          report(`rows[${r}].${field}`, 'is empty')
      }
      for (const side of MODEL_IDS) {
        const english = row[side].derived
        if (english !== undefined && !isText(words[side]))
          report(`rows[${r}].${side}`, `is missing: translate "${english}"`)
        if (english === undefined && words[side] !== undefined)
          report(`rows[${r}].${side}`, `has words for a figure that is not derived: "${words[side]}"`)
      }
      if (row.baseline && !isText(words.baseline))
        report(`rows[${r}].baseline`, `is missing: translate "${row.baseline.label}"`)
      if (!row.baseline && words.baseline !== undefined)
        report(`rows[${r}].baseline`, 'is given for a row without a baseline')
      if (row.notComparable !== undefined && !isText(words.notComparable))
        report(`rows[${r}].notComparable`, `is missing: translate "${row.notComparable}"`)
      if (row.notComparable === undefined && words.notComparable !== undefined)
        report(`rows[${r}].notComparable`, 'is given for a row that is comparable')
    })
    if (dataset.note !== undefined && !isText(text.note))
      report('note', `is missing: translate "${dataset.note}"`)
    if (dataset.note === undefined && text.note !== undefined)
      report('note', 'is given for a chart without a note')
  }
  return problems
}

/** The words of every chart, by language; English is data/charts.ts itself. */
export type ChartTexts = Partial<Record<Locale, Record<string, ChartText>>>

/** `dataset` in the edition whose chart words are `texts`; without any, as written (English). */
export function chartIn(dataset: ComparisonDataset, texts: Record<string, ChartText> | undefined): ComparisonDataset {
  return texts ? localizeDataset(dataset, texts[dataset.id]) : dataset
}

/**
 * Every problem of the charts in every edition, each message once: bad figures (validate.ts) and
 * missing words (chartTextProblems above). What `npm run build`, `npm run dev` and `npm test` refuse.
 */
export function editionProblems(charts: ComparisonDataset[], texts: ChartTexts, sources: Record<string, Source>): string[] {
  return [...new Set(LOCALES.flatMap((locale) => {
    const localized = charts.map(chart => chartIn(chart, texts[locale]))
    return [
      ...(locale === 'en' ? [] : chartTextProblems(charts, texts[locale] ?? {}, locale)),
      ...validateDatasets(localized, sources),
      ...localized.flatMap(chart => findingProblems(chart, locale)),
    ]
  }))]
}

/** The finding of `chart` as edition `locale` titles its slide, its figures quoted from the data. */
export function findingOf(chart: ComparisonDataset, locale: Locale): string {
  return quoteFigures(chart.finding, [chart], locale)
}

/** A finding may quote its own chart's figures only, each by a reference that names one. */
function findingProblems(chart: ComparisonDataset, locale: Locale): string[] {
  return figureReferenceProblems(chart.finding, [chart], `${TEXT_PROBLEM_PREFIX} ${locale} ${chart.id}: finding`)
}
