// A chart in another language: its words from a translation, its numbers from data/charts.ts, so
// a figure is written once and every edition charts the same values.
import type { ComparisonDataset, Entry } from '../data/types'
import type { Locale } from './i18n'
import { MODEL_IDS } from './models'
import { isText } from './validate'

/**
 * The words of one chart in one language, field for field with the English of data/charts.ts.
 * `b2b[i]` and `b2c[i]` translate what entry i says besides its number: the note shown in place of
 * a missing figure, or how a derived figure was computed (null for an entry that says neither).
 */
export interface ChartText {
  title: string
  unit: string
  categories: string[]
  b2b?: (string | null)[]
  b2c?: (string | null)[]
  /** The baseline's label, for a chart that has one. */
  baseline?: string
  /** The caveat under the chart, for a chart that has one. */
  note?: string
}

/** Every message starts with this and the language, so a failing build points at the translation. */
export const TEXT_PROBLEM_PREFIX = '[chart text]'

/** What entry `entry` says besides its number, which a translation must say too. */
function entryWords(entry: Entry): string | null {
  if (entry.value === null)
    return entry.note
  return entry.derived ?? null
}

/**
 * `dataset` with its words replaced by `text`; values, sources and structure untouched. A word the
 * translation lacks becomes empty, which validateDataset reports: nothing is drawn half-translated.
 */
export function localizeDataset(dataset: ComparisonDataset, text: ChartText | undefined): ComparisonDataset {
  const localizeEntry = (entry: Entry, words: string | null | undefined): Entry => {
    if (entry.value === null)
      return { value: null, note: words ?? '' }
    return entry.derived === undefined ? entry : { ...entry, derived: words ?? '' }
  }
  return {
    ...dataset,
    title: text?.title ?? '',
    unit: { ...dataset.unit, label: text?.unit ?? '' },
    categories: dataset.categories.map((_, i) => text?.categories[i] ?? ''),
    b2b: dataset.b2b.map((entry, i) => localizeEntry(entry, text?.b2b?.[i])),
    b2c: dataset.b2c.map((entry, i) => localizeEntry(entry, text?.b2c?.[i])),
    ...(dataset.baseline ? { baseline: { ...dataset.baseline, label: text?.baseline ?? '' } } : {}),
    ...(dataset.note === undefined ? {} : { note: text?.note ?? '' }),
  }
}

/**
 * Every way `texts` fails to translate `datasets` word for word, each naming the language, the
 * chart and the field, e.g. `[chart text] zh-Hant market-expansion: categories has 1 entry for 2
 * categories`. An empty list means every chart has all its words in that language.
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
      report('text', 'is missing: translate its title, unit and categories')
      continue
    }
    for (const field of ['title', 'unit'] as const) {
      if (!isText(text[field]))
        report(field, 'is empty')
    }
    if (text.categories.length !== dataset.categories.length)
      report('categories', `has ${text.categories.length} ${text.categories.length === 1 ? 'entry' : 'entries'} for ${dataset.categories.length} categories`)
    text.categories.forEach((category, i) => {
      if (!isText(category))
        report(`categories[${i}]`, 'is empty')
    })
    for (const side of MODEL_IDS) {
      const words = text[side] ?? []
      dataset[side].forEach((entry, i) => {
        const english = entryWords(entry)
        if (english !== null && !isText(words[i]))
          report(`${side}[${i}]`, `is missing: translate "${english}"`)
        if (english === null && isText(words[i]))
          report(`${side}[${i}]`, `has words the data does not: "${words[i]}"`)
      })
      if (words.length > dataset[side].length)
        report(side, `has ${words.length} entries for ${dataset[side].length} in the data`)
    }
    if (dataset.baseline && !isText(text.baseline))
      report('baseline', `is missing: translate "${dataset.baseline.label}"`)
    if (!dataset.baseline && text.baseline !== undefined)
      report('baseline', 'is given for a chart without a baseline')
    if (dataset.note !== undefined && !isText(text.note))
      report('note', `is missing: translate "${dataset.note}"`)
    if (dataset.note === undefined && text.note !== undefined)
      report('note', 'is given for a chart without a note')
  }
  return problems
}
