import type { ComparisonDataset, ComparisonRow, Unit } from '../data/types.ts'
import type { ModelId } from './models.ts'
import { nice, ticks } from 'd3-array'
import { MODEL_IDS } from './models.ts'

/**
 * The chart's proportions, in SVG user units. The chart is drawn at about this width on the slide
 * (see ComparisonChart.vue), so a unit is about a CSS pixel of the 980 × 552 slide and the font
 * sizes in the component are the sizes the room sees.
 *
 * Each row is one measure: its label (and, on the last click, the gap) on top, its unit under
 * that, then a B2B bar and a B2C bar, then its own value axis.
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
  /** Under each row's bars, for its tick labels. */
  axisHeight: number
  /** Between two rows. */
  rowGap: number
  /** Left of the bars, for the "B2B" / "B2C" tags. */
  sideLabelWidth: number
  /** Right of the longest bar, for its value label. */
  valueLabelWidth: number
  /** How far a baseline reaches above and below the bars it crosses. */
  baselineOverhang: number
  /** How many ticks to ask d3 for; it picks "nice" values near that count. */
  tickCount: number
}

export const CHART_SIZE: ChartSize = {
  width: 560,
  labelHeight: 24,
  unitHeight: 20,
  barHeight: 26,
  barGap: 4,
  axisHeight: 20,
  rowGap: 16,
  sideLabelWidth: 44,
  valueLabelWidth: 76,
  baselineOverhang: 4,
  tickCount: 4,
}

export interface BarLayout {
  side: ModelId
  value: number
  x: number
  y: number
  width: number
  height: number
}

export interface RowLayout {
  row: ComparisonRow
  /** Top of the row. */
  y: number
  /** Text baselines of the row's label (and gap label), of its unit line, and of its tick labels. */
  labelY: number
  unitY: number
  tickLabelY: number
  /** The B2B bar, then the B2C bar. */
  bars: [BarLayout, BarLayout]
  /** The row's value axis: rows share one only when they share a unit. */
  ticks: { value: number, x: number }[]
  /** Decimal places the tick labels need: none when every tick is a whole number. */
  tickDigits: number
  /** The reference line drawn across the row's bars, when the row has one. */
  baseline?: { value: number, x: number, y1: number, y2: number }
  /** The span the "gap" highlight covers, on the shorter bar's line, from its end to the longer bar's end. */
  gap: { x1: number, x2: number, y: number, height: number, larger: number, smaller: number, between: [ModelId, ModelId] }
}

export interface ComparisonLayout {
  width: number
  height: number
  /** Left edge of the bars (value 0) and right edge of the value axis. */
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

/**
 * Positions every bar, baseline, gap highlight and tick of a comparison chart. Pure: the component
 * only binds these numbers to SVG attributes. Expects a dataset that `validateDataset` accepts.
 *
 * Bars start at 0 on a linear scale whose top is the largest value (or baseline) of the rows in the
 * same unit, rounded up to a "nice" number (never past 100 for shares). Each row draws its own
 * axis, so two measures in different units are never read on one scale.
 */
export function layoutComparison(dataset: ComparisonDataset, size: ChartSize = CHART_SIZE): ComparisonLayout {
  const x0 = size.sideLabelWidth
  const x1 = size.width - size.valueLabelWidth
  const scaleFor = (unit: Unit) => {
    const max = Math.max(...dataset.rows.filter(row => unitKey(row.unit) === unitKey(unit)).flatMap(rowValues))
    let [, top] = nice(0, max > 0 ? max : 1, size.tickCount)
    if (unit.kind === 'percent' && top > 100)
      top = 100
    return linearScale(top, x0, x1)
  }

  const barsHeight = MODEL_IDS.length * size.barHeight + (MODEL_IDS.length - 1) * size.barGap
  const rowHeight = size.labelHeight + size.unitHeight + barsHeight + size.axisHeight
  const rows = dataset.rows.map((row, index): RowLayout => {
    const scale = scaleFor(row.unit)
    const y = index * (rowHeight + size.rowGap)
    const barsTop = y + size.labelHeight + size.unitHeight
    const bars = MODEL_IDS.map((side, slot): BarLayout => ({
      side,
      value: row[side].value,
      x: x0,
      y: barsTop + slot * (size.barHeight + size.barGap),
      width: scale(row[side].value) - x0,
      height: size.barHeight,
    })) as [BarLayout, BarLayout]
    const tickValues = ticks(0, scale.top, size.tickCount)
    // Text baselines sit a quarter of their band from its bottom, leaving room for descenders.
    return {
      row,
      y,
      labelY: y + size.labelHeight * 0.75,
      unitY: y + size.labelHeight + size.unitHeight * 0.75,
      tickLabelY: barsTop + barsHeight + size.axisHeight * 0.8,
      bars,
      ticks: tickValues.map(value => ({ value, x: scale(value) })),
      tickDigits: Math.max(...tickValues.map(decimalPlaces)),
      baseline: row.baseline && {
        value: row.baseline.value,
        x: scale(row.baseline.value),
        y1: barsTop - size.baselineOverhang,
        y2: barsTop + barsHeight + size.baselineOverhang,
      },
      gap: gapOf(bars, x0),
    }
  })

  return {
    width: size.width,
    height: rows.length * rowHeight + (rows.length - 1) * size.rowGap,
    plot: { x0, x1 },
    rows,
  }
}

/**
 * The linear map from [0, top] onto [x0, x1], as d3's linear scale interpolates it. (d3-array's
 * `nice` and `ticks` give the same domain and ticks as d3-scale, without shipping its colour and
 * number-format code to the audience.)
 */
function linearScale(top: number, x0: number, x1: number): ((value: number) => number) & { top: number } {
  const scale = (value: number) => {
    const t = value / top
    return x0 * (1 - t) + x1 * t
  }
  return Object.assign(scale, { top })
}

/** Decimal places of a number as written (1, 0.5, 0.25; a tick as d3 picks it, never float noise). */
export function decimalPlaces(value: number): number {
  return String(value).split('.')[1]?.length ?? 0
}

/** The highlight between the two bars of a row: the stretch the shorter would need to match the longer. */
function gapOf([a, b]: [BarLayout, BarLayout], x0: number): RowLayout['gap'] {
  const [long, short] = a.value >= b.value ? [a, b] : [b, a]
  return {
    x1: x0 + short.width,
    x2: x0 + long.width,
    y: short.y,
    height: short.height,
    larger: long.value,
    smaller: short.value,
    between: [long.side, short.side],
  }
}
