import type { ComparisonDataset, Entry, Source } from '../data/types'
import { MODEL_IDS } from './models'

/** Every message starts with this, so a failing build or test points straight at the data. */
export const PROBLEM_PREFIX = '[chart data]'

/** The keys of a figure's sources, whether it names one or several. */
export function sourceKeys(source: string | string[]): string[] {
  return Array.isArray(source) ? source : [source]
}

/**
 * Every problem in a chart dataset, each naming the dataset and the field, e.g.
 * `[chart data] market-expansion: b2c[1].value is NaN, not a finite number`. An empty list means
 * the chart can be drawn.
 *
 * Checks: an id, title and unit label; categories neither empty nor repeated; one B2B and one B2C
 * entry per category; finite, non-negative values, at most 100 for a share; a known source for
 * every figure; a note wherever a figure is missing; at least one figure per category; baseline
 * values like figures.
 *
 * @param dataset the data as written in data/charts.ts (or anything else: it is checked, not trusted)
 * @param sources the publications figures may cite, by key
 */
export function validateDataset(dataset: ComparisonDataset, sources: Record<string, Source>): string[] {
  const name = typeof dataset?.id === 'string' && dataset.id.trim() ? dataset.id : '(dataset without an id)'
  const problems: string[] = []
  const report = (field: string, problem: string) => problems.push(`${PROBLEM_PREFIX} ${name}: ${field} ${problem}`)

  if (!isText(dataset?.id))
    report('id', 'is empty')
  if (!isText(dataset?.title))
    report('title', 'is empty')
  if (!isText(dataset?.unit?.label))
    report('unit.label', 'is empty')
  if (!Number.isInteger(dataset?.digits) || dataset.digits < 0 || dataset.digits > 3)
    report('digits', `is ${dataset?.digits}, not a whole number from 0 to 3`)

  const categories: unknown[] = Array.isArray(dataset?.categories) ? dataset.categories : []
  if (categories.length === 0)
    report('categories', 'is empty')
  const seen = new Set<string>()
  categories.forEach((category, i) => {
    if (!isText(category))
      report(`categories[${i}]`, 'is an empty label')
    else if (seen.has(category.trim()))
      report(`categories[${i}]`, `repeats "${category}"`)
    else
      seen.add(category.trim())
  })

  const isShare = dataset?.unit?.kind === 'percent'
  const checkValue = (field: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      report(field, `is ${String(value)}, not a finite number`)
    else if (value < 0)
      report(field, `is ${value}, below zero`)
    else if (isShare && value > 100)
      report(field, `is ${value}, a share above 100 %`)
  }

  for (const side of MODEL_IDS) {
    const entries: Entry[] | undefined = dataset?.[side]
    if (!Array.isArray(entries)) {
      report(side, 'is missing: give one entry per category')
      continue
    }
    if (entries.length !== categories.length)
      report(side, `has ${entries.length} entries for ${categories.length} categories`)
    entries.forEach((entry, i) => {
      const field = `${side}[${i}]`
      if (entry?.value === null) {
        if (!isText(entry.note))
          report(`${field}.note`, 'is empty: say why there is no figure')
        return
      }
      checkValue(`${field}.value`, entry?.value)
      if (entry?.derived !== undefined && !isText(entry.derived))
        report(`${field}.derived`, 'is empty: say how the figure was computed')
      const keys = entry?.source === undefined ? [] : sourceKeys(entry.source)
      if (keys.length === 0 || keys.some(key => !isText(key)))
        report(`${field}.source`, 'is missing: every figure needs a source')
      for (const key of keys.filter(isText)) {
        if (!Object.hasOwn(sources, key))
          report(`${field}.source`, `names "${key}", which is not in SOURCES`)
      }
    })
  }

  categories.forEach((category, i) => {
    const hasFigure = MODEL_IDS.some(side => typeof dataset?.[side]?.[i]?.value === 'number')
    if (!hasFigure)
      report(`categories[${i}]`, `"${String(category)}" has no value on either side`)
  })

  if (dataset?.note !== undefined && !isText(dataset.note))
    report('note', 'is empty: give the caveat or leave it out')

  if (dataset?.baseline) {
    if (!isText(dataset.baseline.label))
      report('baseline.label', 'is empty')
    const values = Array.isArray(dataset.baseline.values) ? dataset.baseline.values : []
    if (values.length !== categories.length)
      report('baseline.values', `has ${values.length} entries for ${categories.length} categories`)
    values.forEach((value, i) => {
      if (value !== null)
        checkValue(`baseline.values[${i}]`, value)
    })
  }
  return problems
}

/**
 * {@link validateDataset} over several datasets, plus ids that two datasets share (the charts'
 * element ids are built from them).
 */
export function validateDatasets(datasets: ComparisonDataset[], sources: Record<string, Source>): string[] {
  const problems = datasets.flatMap(dataset => validateDataset(dataset, sources))
  const ids = datasets.map(dataset => dataset?.id)
  ids.forEach((id, i) => {
    if (isText(id) && ids.indexOf(id) !== i)
      problems.push(`${PROBLEM_PREFIX} ${id}: id is used by another dataset too`)
  })
  return problems
}

/** True for a string with something in it besides white space. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}
