import type { ComparisonDataset, Source, Unit } from '../data/types'
import type { Locale } from './i18n'
import { UI_TEXT } from './i18n'
import { sourceKeys } from './validate'

/** A plain number with exactly `digits` decimal places, in `locale`'s digits and separators. */
function formatNumber(value: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/**
 * A value as the chart prints it, in the dataset's unit and decimal places: "21.8", "81%",
 * "US$491". Amounts carry no unit here: the chart names it once, on its axis.
 */
export function formatValue(value: number, unit: Unit, digits: number, locale: string = 'en'): string {
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits }
  switch (unit.kind) {
    case 'percent':
    case 'growth':
      return new Intl.NumberFormat(locale, { style: 'percent', ...fraction }).format(value / 100)
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency, ...fraction }).format(value)
    case 'amount':
      return formatNumber(value, digits, locale)
  }
}

/**
 * The gap label of a chart row, as a trainer would say it: shares by their difference in percentage
 * points ("B2B +28 pts over B2C"), amounts by their ratio ("B2B 4.4× B2C"), always the larger
 * against the smaller. An amount against zero has no ratio, so it falls back to the difference.
 *
 * @param largerName what the larger value belongs to ("B2B", or a baseline's label)
 * @param smallerName what the smaller value belongs to
 */
export function describeGap(largerName: string, smallerName: string, larger: number, smaller: number, unit: Unit, digits: number, locale: Locale = 'en'): string {
  const gap = UI_TEXT[locale].gap
  if (unit.kind === 'percent' || unit.kind === 'growth')
    return gap.points(largerName, formatNumber(larger - smaller, digits, locale), smallerName)
  if (smaller === 0)
    return gap.difference(largerName, formatValue(larger - smaller, unit, digits, locale), smallerName)
  return gap.ratio(largerName, formatNumber(larger / smaller, 1, locale), smallerName)
}

/** The publications a dataset's figures cite, each once, in the order they first appear. */
export function datasetSourceKeys(dataset: ComparisonDataset): string[] {
  const keys = [...dataset.b2b, ...dataset.b2c].flatMap(entry => entry.value === null ? [] : sourceKeys(entry.source))
  return [...new Set(keys)]
}

/**
 * The short source line under a chart: publisher and year of each source, flagged when it is
 * secondary or unverified, then how derived figures were computed, then the dataset's caveat.
 *
 * @example "Sources: UNCTAD 2020; UNCTAD 2021 (secondary source)."
 */
export function sourceLine(dataset: ComparisonDataset, sources: Record<string, Source>, locale: Locale = 'en'): string {
  const text = UI_TEXT[locale]
  const cited = datasetSourceKeys(dataset).map((key) => {
    const source = sources[key]
    const tag = text.reliabilityTag[source.reliability]
    const name = `${source.publisher} ${source.year}`
    return tag ? text.withAside(name, tag) : name
  })
  const derived = [...dataset.b2b, ...dataset.b2c].flatMap(entry => entry.value !== null && entry.derived ? [entry.derived] : [])
  return text.sourceLine({ sources: [...new Set(cited)], derived, note: dataset.note })
}

/**
 * The publications cited by any of `datasets`, each once, in the order the charts first cite
 * them: what the deck's sources slide lists in full.
 */
export function citedSources(datasets: ComparisonDataset[], sources: Record<string, Source>): ({ key: string } & Source)[] {
  const keys = [...new Set(datasets.flatMap(datasetSourceKeys))]
  return keys.map(key => ({ key, ...sources[key] }))
}
