import type { ComparisonDataset, ComparisonRow, ModelId, Unit } from '../data/types.ts'
import { MODEL_IDS } from '../data/types.ts'

/**
 * The chart's proportions, in SVG user units. The chart takes the content width of the 980 × 552
 * slide (980 − 2 × 56), so a unit is a CSS pixel of the slide and the font sizes in the component
 * are the sizes the room sees.
 *
 * Each row is one measure: its label (and its gap) on top, its unit under that (and the scale's
 * written end over the end of the scale, and a baseline's label at the line), then a B2B bar and a
 * B2C bar, each value at its bar's end. Shares run on a 0–100% track; amounts and small rates have
 * no track, only their scale's end written over a tick.
 */
export interface ChartSize {
  width: number
  /** The row's label line, which the gap's label shares on the right. */
  labelHeight: number
  /** The row's unit line, which a baseline's key shares on the right. */
  unitHeight: number
  barHeight: number
  /** Between the B2B and the B2C bar of one row. */
  barGap: number
  /** Between two rows; a hairline runs across the middle of it. */
  rowGap: number
  /** Left of the bars, for the "B2B" / "B2C" tags. */
  sideLabelWidth: number
  /** Right of the longest bar, for its value label. */
  valueLabelWidth: number
  /** How far a baseline reaches above and below the bars it crosses. */
  baselineOverhang: number
  /** Between a bar's end (or a baseline) and its value label. */
  textGap: number
}

export const CHART_SIZE: ChartSize = {
  width: 868,
  labelHeight: 22,
  unitHeight: 24,
  barHeight: 20,
  barGap: 4,
  rowGap: 20,
  sideLabelWidth: 58,
  valueLabelWidth: 96,
  baselineOverhang: 4,
  textGap: 6,
}

export interface BarLayout {
  side: ModelId
  value: number
  x: number
  y: number
  width: number
  height: number
  /** Where the value label starts: after the bar's end, or after a baseline just past it. */
  labelX: number
}

/**
 * The scale a row's bars are drawn on: from 0 to `end`. A share runs on a track the width of the
 * scale, 0 to 100%; amounts and small rates run to a round number just past their largest value,
 * with no track (a track would read as a whole they are a part of). Either way the end is written.
 */
export interface RowScale {
  end: number
  track: boolean
}

export interface RowLayout {
  row: ComparisonRow
  /** Top of the row. */
  y: number
  scale: RowScale
  /** The scale's end: where its tick stands (the plot's right end) and how far up and down it runs. */
  axisEnd: { x: number, y1: number, y2: number }
  /** The hairline between this row and the one before it (none on the first). */
  divider?: { y: number }
  /** Text baselines of the row's label (and gap label) and of its unit line (and baseline key). */
  labelY: number
  unitY: number
  /** The B2B bar, then the B2C bar. */
  bars: [BarLayout, BarLayout]
  /**
   * The reference line drawn across the row's bars, when the row has one; its label stands on the
   * unit line, starting right over the line.
   */
  baseline?: { value: number, x: number, y1: number, y2: number }
  /** The two values the gap compares, larger first, and whose they are. */
  gap: { larger: number, smaller: number, between: [ModelId, ModelId] }
}

export interface ComparisonLayout {
  width: number
  height: number
  /** Left edge of the bars (value 0) and the right end of the longest possible bar. */
  plot: { x0: number, x1: number }
  rows: RowLayout[]
}

/** Rows measured in the same unit share a scale; rows in different units never do. */
function unitKey(unit: Unit): string {
  return JSON.stringify([unit.kind, unit.label, unit.kind === 'currency' ? unit.currency : ''])
}

/** The values a row draws: its two figures and its baseline. */
function rowValues(row: ComparisonRow): number[] {
  return [row.b2b.value, row.b2c.value, ...(row.baseline ? [row.baseline.value] : [])]
}

/** The steps a scale's written end is rounded up to, in each power of ten: 6.81 → 8, 21.8 → 25. */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

/** The smallest round number (NICE_STEPS × a power of ten) at or above `value`; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0))
    return 1
  const power = 10 ** Math.floor(Math.log10(value))
  // Rounded to cut floating-point noise (0.3 × 10 = 3.0000000000000004).
  const step = NICE_STEPS.find(step => Number((step * power).toPrecision(12)) >= value)!
  return Number((step * power).toPrecision(12))
}

/**
 * The scale of `row` among `rows`: a share on 0–100% with its track; anything else from 0 to a
 * round number at or past the largest value (or baseline) of the rows in its unit, without a track.
 */
export function scaleOf(row: ComparisonRow, rows: ComparisonRow[]): RowScale {
  if (row.unit.kind === 'percent')
    return { end: 100, track: true }
  const top = Math.max(...rows.filter(other => unitKey(other.unit) === unitKey(row.unit)).flatMap(rowValues))
  return { end: niceCeiling(top), track: false }
}

/**
 * Positions every bar, baseline and label line of a comparison chart. Pure: the component
 * only binds these numbers to SVG attributes. Expects a dataset that `validateDataset` accepts.
 *
 * Bars start at 0 on a linear scale (scaleOf): a share's is 0–100% and drawn as a track; rows of
 * another unit share a scale with the rows in the same unit only, so two measures in different
 * units are never drawn on one scale, and its end is written over its tick.
 */
export function layoutComparison(dataset: ComparisonDataset, size: ChartSize = CHART_SIZE): ComparisonLayout {
  const x0 = size.sideLabelWidth
  const x1 = size.width - size.valueLabelWidth

  const barsHeight = MODEL_IDS.length * size.barHeight + (MODEL_IDS.length - 1) * size.barGap
  const rowHeight = size.labelHeight + size.unitHeight + barsHeight
  const rows = dataset.rows.map((row, index): RowLayout => {
    const rowScale = scaleOf(row, dataset.rows)
    const scale = linearScale(rowScale.end, x0, x1)
    const y = index * (rowHeight + size.rowGap)
    const barsTop = y + size.labelHeight + size.unitHeight
    const baselineX = row.baseline && scale(row.baseline.value)
    // How far the scale's tick and a baseline reach: just past the bars, above and below.
    const across = { y1: barsTop - size.baselineOverhang, y2: barsTop + barsHeight + size.baselineOverhang }
    const bars = MODEL_IDS.map((side, slot): BarLayout => {
      const end = scale(row[side].value)
      // A baseline that crosses where the label would be pushes the label past it.
      const blocked = baselineX !== undefined && baselineX >= end && baselineX - end < size.valueLabelWidth
      return {
        side,
        value: row[side].value,
        x: x0,
        y: barsTop + slot * (size.barHeight + size.barGap),
        width: end - x0,
        height: size.barHeight,
        labelX: (blocked ? baselineX : end) + size.textGap,
      }
    }) as [BarLayout, BarLayout]
    // Text baselines sit a quarter (the unit line: 30%, for the deeper Chinese glyphs) of their
    // band from its bottom, so a line's descenders clear the next line's ascenders.
    return {
      row,
      y,
      scale: rowScale,
      axisEnd: { x: x1, ...across },
      ...(index > 0 ? { divider: { y: y - size.rowGap / 2 } } : {}),
      labelY: y + size.labelHeight * 0.75,
      unitY: y + size.labelHeight + size.unitHeight * 0.7,
      bars,
      baseline: row.baseline && { value: row.baseline.value, x: baselineX!, ...across },
      gap: gapOf(bars),
    }
  })

  return {
    width: size.width,
    height: rows.length * rowHeight + (rows.length - 1) * size.rowGap,
    plot: { x0, x1 },
    rows,
  }
}

/** The linear map from [0, top] onto [x0, x1]. */
function linearScale(top: number, x0: number, x1: number): (value: number) => number {
  return value => x0 + (x1 - x0) * value / top
}

/** Decimal places of a number as written (1, 0.5, 0.25): a baseline is printed as it is given. */
export function decimalPlaces(value: number): number {
  return String(value).split('.')[1]?.length ?? 0
}

/** What the row's gap compares: the larger value first. */
function gapOf([a, b]: [BarLayout, BarLayout]): RowLayout['gap'] {
  const [long, short] = a.value >= b.value ? [a, b] : [b, a]
  return { larger: long.value, smaller: short.value, between: [long.side, short.side] }
}

/**
 * Each value as a fraction of the largest, for bars that share one scale from zero (a live vote's
 * counts); all zero when every value is.
 */
export function fractionsOfLargest(values: readonly number[]): number[] {
  const top = Math.max(0, ...values)
  const scale = linearScale(top > 0 ? top : 1, 0, 1)
  return values.map(value => top > 0 ? scale(value) : 0)
}
