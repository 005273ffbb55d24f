import type { ComparisonDataset, Figure, Reliability } from '../data/types.ts'
import { MODEL_IDS } from '../data/types.ts'
import { sourceKeys } from './format.ts'

/** Every message starts with this, so a failing build or test points straight at the data. */
export const PROBLEM_PREFIX = '[chart data]'

/** The most decimal places a figure may declare: finer than any source this deck quotes. */
const MAX_DIGITS = 3

/** True when `value` has no more than `digits` decimal places (up to floating-point noise). */
export function fitsDigits(value: number, digits: number): boolean {
  const scaled = value * 10 ** digits
  return Math.abs(scaled - Math.round(scaled)) < 1e-6
}

/**
 * Every problem in a chart dataset, each naming the dataset and the field, e.g.
 * `[chart data] market-expansion: rows[1].b2c.value is NaN, not a finite number`. An empty list
 * means the chart can be drawn.
 *
 * Checks: an id, a title, at least one row; per row a label (not repeated), a unit label, and
 * both a B2B and a B2C figure; per figure a finite, non-negative value (at most 100 for a share),
 * declared decimal places (0 to 3) that the value does not exceed, a known source that is not
 * unverified, a formula when it is derived (and when it is approximate); a baseline like a
 * figure; a reason when a row is not directly comparable.
 *
 * @param dataset the data as written in data/charts.ts (or anything else: it is checked, not trusted)
 * @param sources the publications figures may cite, by key
 */
export function validateDataset(dataset: ComparisonDataset, sources: Record<string, { reliability: Reliability }>): string[] {
  const name = isText(dataset?.id) ? dataset.id : '(dataset without an id)'
  const problems: string[] = []
  const report = (field: string, problem: string) => problems.push(`${PROBLEM_PREFIX} ${name}: ${field} ${problem}`)

  if (!isText(dataset?.id))
    report('id', 'is empty')
  for (const field of ['title', 'finding', 'question'] as const) {
    if (!isText(dataset?.[field]))
      report(field, 'is empty')
  }

  const rows: unknown[] = Array.isArray(dataset?.rows) ? dataset.rows : []
  if (rows.length === 0)
    report('rows', 'is empty: a chart compares at least one measure')

  const labels = new Set<string>()
  dataset?.rows?.forEach((row, r) => {
    const at = `rows[${r}]`
    if (!isText(row?.label))
      report(`${at}.label`, 'is empty')
    else if (labels.has(row.label.trim()))
      report(`${at}.label`, `repeats "${row.label}"`)
    else
      labels.add(row.label.trim())
    if (!isText(row?.unit?.label))
      report(`${at}.unit.label`, 'is empty: every row names its own unit')

    const isShare = row?.unit?.kind === 'percent'
    const checkValue = (field: string, value: unknown) => {
      if (typeof value !== 'number' || !Number.isFinite(value))
        report(field, `is ${String(value)}, not a finite number`)
      else if (value < 0)
        report(field, `is ${value}, below zero`)
      else if (isShare && value > 100)
        report(field, `is ${value}, a share above 100 %`)
    }

    for (const side of MODEL_IDS) {
      const figure: Figure | undefined = row?.[side]
      const field = `${at}.${side}`
      if (figure === undefined || figure === null || typeof figure !== 'object') {
        report(field, 'is missing: every row compares a B2B and a B2C figure')
        continue
      }
      checkValue(`${field}.value`, figure.value)
      if (!Number.isInteger(figure.digits) || figure.digits < 0 || figure.digits > MAX_DIGITS)
        report(`${field}.digits`, `is ${String(figure.digits)}, not a whole number from 0 to ${MAX_DIGITS}`)
      else if (Number.isFinite(figure.value) && !fitsDigits(figure.value, figure.digits))
        report(`${field}.value`, `is ${figure.value}, finer than its ${figure.digits} decimal place(s): write it as the source gives it`)
      if (figure.derived !== undefined && !isText(figure.derived))
        report(`${field}.derived`, 'is empty: give the formula the figure was computed by')
      if (figure.approximate !== undefined && typeof figure.approximate !== 'boolean')
        report(`${field}.approximate`, `is ${JSON.stringify(figure.approximate)}, not true or false`)
      if (figure.approximate === true && figure.derived === undefined)
        report(`${field}.approximate`, 'is true for a figure without `derived`: say how the rough figure was read')
      const keys = figure.source === undefined ? [] : sourceKeys(figure.source)
      if (keys.length === 0 || keys.some(key => !isText(key)))
        report(`${field}.source`, 'is missing: every figure needs a source')
      for (const key of keys.filter(isText)) {
        if (!Object.hasOwn(sources, key))
          report(`${field}.source`, `names "${key}", which is not in SOURCES`)
        else if (sources[key].reliability === 'U')
          report(`${field}.source`, `names "${key}", an unverified source: such figures are not charted`)
      }
    }

    if (row?.notComparable !== undefined && !isText(row.notComparable))
      report(`${at}.notComparable`, 'is empty: say why the two figures are not directly comparable, or leave it out')

    if (row?.baseline !== undefined) {
      if (!isText(row.baseline?.label))
        report(`${at}.baseline.label`, 'is empty')
      checkValue(`${at}.baseline.value`, row.baseline?.value)
    }
  })

  if (dataset?.note !== undefined && !isText(dataset.note))
    report('note', 'is empty: give the caveat or leave it out')
  return problems
}

/**
 * {@link validateDataset} over several datasets, plus ids that two datasets share (the charts'
 * element ids are built from them).
 */
export function validateDatasets(datasets: ComparisonDataset[], sources: Record<string, { reliability: Reliability }>): string[] {
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
