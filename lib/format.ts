import type { ComparisonDataset, Source, Unit } from '../data/types'
import { sourceKeys } from './validate'

/**
 * A value as the chart prints it, in the dataset's unit and decimal places: "21.8", "81%",
 * "US$491". Amounts carry no unit here: the chart names it once, on its axis.
 */
export function formatValue(value: number, unit: Unit, digits: number, locale = 'en'): string {
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits }
  switch (unit.kind) {
    case 'percent':
    case 'growth':
      return new Intl.NumberFormat(locale, { style: 'percent', ...fraction }).format(value / 100)
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency, ...fraction }).format(value)
    case 'amount':
      return new Intl.NumberFormat(locale, fraction).format(value)
  }
}

/**
 * How two values differ, as a trainer would say it: shares by their difference in percentage
 * points ("+28 pts"), amounts by their ratio ("4.4×"), always the larger against the smaller.
 * An amount against zero has no ratio, so it falls back to the difference.
 */
export function formatGap(larger: number, smaller: number, unit: Unit, digits: number, locale = 'en'): string {
  if (unit.kind === 'percent' || unit.kind === 'growth') {
    const points = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(larger - smaller)
    return `+${points} pts`
  }
  if (smaller === 0)
    return `+${formatValue(larger - smaller, unit, digits, locale)}`
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(larger / smaller)
  return `${ratio}×`
}

/**
 * The gap label of a chart row: "B2B 4.4× B2C" for amounts, "B2B +28 pts over B2C" for shares.
 *
 * @param largerName what the larger value belongs to ("B2B", or a baseline's label)
 * @param smallerName what the smaller value belongs to
 */
export function describeGap(largerName: string, smallerName: string, larger: number, smaller: number, unit: Unit, digits: number, locale = 'en'): string {
  const gap = formatGap(larger, smaller, unit, digits, locale)
  return gap.endsWith('×') ? `${largerName} ${gap} ${smallerName}` : `${largerName} ${gap} over ${smallerName}`
}

/** How a chart flags a figure that is not from a primary text. */
const RELIABILITY_TAG: Record<Source['reliability'], string> = {
  P: '',
  S: 'secondary source',
  U: 'unverified industry estimate',
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
export function sourceLine(dataset: ComparisonDataset, sources: Record<string, Source>): string {
  const cited = datasetSourceKeys(dataset).map((key) => {
    const source = sources[key]
    const tag = RELIABILITY_TAG[source.reliability]
    return `${source.publisher} ${source.year}${tag ? ` (${tag})` : ''}`
  })
  const unique = [...new Set(cited)]
  const parts = [`${unique.length > 1 ? 'Sources' : 'Source'}: ${unique.join('; ')}.`]
  for (const entry of [...dataset.b2b, ...dataset.b2c]) {
    if (entry.value !== null && entry.derived)
      parts.push(`Derived: ${entry.derived}.`)
  }
  if (dataset.note)
    parts.push(dataset.note)
  return parts.join(' ')
}

/**
 * The publications cited by any of `datasets`, each once, in the order the charts first cite
 * them: what the deck's sources slide lists in full.
 */
export function citedSources(datasets: ComparisonDataset[], sources: Record<string, Source>): ({ key: string } & Source)[] {
  const keys = [...new Set(datasets.flatMap(datasetSourceKeys))]
  return keys.map(key => ({ key, ...sources[key] }))
}

/** A reliability grade as the sources slide spells it out. */
export const RELIABILITY_NAME: Record<Source['reliability'], string> = {
  P: 'primary text',
  S: 'secondary source',
  U: 'unverified',
}
