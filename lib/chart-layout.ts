import type { ComparisonDataset } from '../data/types'
import type { ModelId } from './models'
import { scaleLinear } from 'd3-scale'
import { MODEL_IDS } from './models'

/**
 * The chart's proportions, in SVG user units (the SVG scales to its box, so these are ratios).
 * Each category is a row: its label on top, then a B2B bar and a B2C bar under it.
 */
export interface ChartSize {
  width: number
  /** Room for the category label above each row's bars. */
  rowLabelHeight: number
  barHeight: number
  /** Between the B2B and the B2C bar of one row. */
  barGap: number
  /** Under each row's bars, for the label of the gap between them. */
  gapLabelHeight: number
  /** Between two rows. */
  rowGap: number
  /** Left of the bars, for the "B2B" / "B2C" tags. */
  sideLabelWidth: number
  /** Right of the longest bar, for its value label. */
  valueLabelWidth: number
  /** Under the last row, for the tick labels and the unit. */
  axisHeight: number
  /** How far a baseline reaches above and below the bars it crosses. */
  baselineOverhang: number
  /** How many ticks to ask d3 for; it picks "nice" values near that count. */
  tickCount: number
}

export const CHART_SIZE: ChartSize = {
  width: 480,
  rowLabelHeight: 24,
  barHeight: 26,
  barGap: 6,
  gapLabelHeight: 20,
  rowGap: 12,
  sideLabelWidth: 40,
  valueLabelWidth: 56,
  axisHeight: 40,
  baselineOverhang: 4,
  tickCount: 5,
}

export interface BarLayout {
  side: ModelId
  value: number
  x: number
  y: number
  width: number
  height: number
}

/** Where a side has no figure: its note is written in place of the bar. */
export interface MissingLayout {
  side: ModelId
  note: string
  y: number
  height: number
}

export interface RowLayout {
  category: string
  /** Top of the row; the label sits in the `rowLabelHeight` under it. */
  y: number
  /** Baseline of the row's label text. */
  labelY: number
  /** Baseline of the gap's label, under the bars. */
  gapLabelY: number
  /** One slot per side, in MODEL_IDS order: a bar, or the note that replaces it. */
  slots: (BarLayout | MissingLayout)[]
  /** The reference line drawn across the row's bars, when the dataset has one for this row. */
  baseline?: { value: number, x: number, y1: number, y2: number }
  /**
   * The span the "gap" highlight covers, on the shorter bar's line: from its end to the longer
   * bar's end, or between a lone bar's end and the baseline. Absent when the row has nothing to
   * compare.
   */
  gap?: { x1: number, x2: number, y: number, height: number, larger: number, smaller: number, between: [ModelId | 'baseline', ModelId | 'baseline'] }
}

export interface ComparisonLayout {
  width: number
  height: number
  /** Left edge of the bars (value 0), right edge of the value axis, bottom of the last row. */
  plot: { x0: number, x1: number, bottom: number }
  /** Baselines of the tick labels and of the unit's name under them. */
  axis: { tickLabelY: number, unitLabelY: number }
  ticks: { value: number, x: number }[]
  /** Decimal places the tick labels need: none when every tick is a whole number. */
  tickDigits: number
  rows: RowLayout[]
}

/** The y of `side`'s bar within a row that starts at `rowY`. */
function slotY(rowY: number, index: number, size: ChartSize): number {
  return rowY + size.rowLabelHeight + index * (size.barHeight + size.barGap)
}

/**
 * Positions every bar, note, baseline, gap highlight and tick of a comparison chart. Pure: the
 * component only binds these numbers to SVG attributes. Expects a dataset that
 * `validateDataset` accepts.
 *
 * Bars start at 0 on a linear scale whose top is the largest value or baseline, rounded up to a
 * "nice" number (and never past 100 for shares).
 */
export function layoutComparison(dataset: ComparisonDataset, size: ChartSize = CHART_SIZE): ComparisonLayout {
  const figures = MODEL_IDS.flatMap(side => dataset[side].flatMap(entry => entry.value === null ? [] : [entry.value]))
  const baselines = dataset.baseline?.values.filter((value): value is number => value !== null) ?? []
  const max = Math.max(...figures, ...baselines)

  const x0 = size.sideLabelWidth
  const x1 = size.width - size.valueLabelWidth
  const scale = scaleLinear().domain([0, max > 0 ? max : 1]).range([x0, x1]).nice(size.tickCount)
  if (dataset.unit.kind === 'percent' && scale.domain()[1] > 100)
    scale.domain([0, 100])

  const barsHeight = MODEL_IDS.length * size.barHeight + (MODEL_IDS.length - 1) * size.barGap
  const rowHeight = size.rowLabelHeight + barsHeight + size.gapLabelHeight
  const rows = dataset.categories.map((category, row): RowLayout => {
    const y = row * (rowHeight + size.rowGap)
    const slots = MODEL_IDS.map((side, index): BarLayout | MissingLayout => {
      const entry = dataset[side][row]
      const top = slotY(y, index, size)
      if (entry.value === null)
        return { side, note: entry.note, y: top, height: size.barHeight }
      return { side, value: entry.value, x: x0, y: top, width: scale(entry.value) - x0, height: size.barHeight }
    })
    const baselineValue = dataset.baseline?.values[row]
    const barsTop = slotY(y, 0, size)
    const baseline = baselineValue == null
      ? undefined
      : { value: baselineValue, x: scale(baselineValue), y1: barsTop - size.baselineOverhang, y2: barsTop + barsHeight + size.baselineOverhang }
    // Text baselines sit a third of their band from its bottom, leaving room for descenders.
    const labelY = y + size.rowLabelHeight * 2 / 3
    const gapLabelY = barsTop + barsHeight + size.gapLabelHeight * 3 / 4
    return { category, y, labelY, gapLabelY, slots, baseline, gap: gapOf(slots, baseline, x0) }
  })

  const ticks = scale.ticks(size.tickCount)
  const bottom = dataset.categories.length * rowHeight + (dataset.categories.length - 1) * size.rowGap
  return {
    width: size.width,
    height: bottom + size.axisHeight,
    plot: { x0, x1, bottom },
    axis: { tickLabelY: bottom + size.axisHeight * 0.4, unitLabelY: bottom + size.axisHeight * 0.85 },
    ticks: ticks.map(value => ({ value, x: scale(value) })),
    tickDigits: Math.max(...ticks.map(decimalPlaces)),
    rows,
  }
}

/** Decimal places of a tick value as d3 picks them (1, 0.5, 0.25: never float noise). */
function decimalPlaces(value: number): number {
  return String(value).split('.')[1]?.length ?? 0
}

/** True for a slot that draws a bar, false for one that writes a missing figure's note. */
export function isBar(slot: BarLayout | MissingLayout): slot is BarLayout {
  return 'value' in slot
}

/** The highlight between two bars, or between a lone bar and the baseline. */
function gapOf(slots: (BarLayout | MissingLayout)[], baseline: RowLayout['baseline'], x0: number): RowLayout['gap'] {
  const bars = slots.filter(isBar)
  if (bars.length === 2) {
    const [a, b] = bars
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
  if (bars.length === 1 && baseline) {
    const [bar] = bars
    const end = x0 + bar.width
    const barIsLarger = bar.value >= baseline.value
    return {
      x1: Math.min(end, baseline.x),
      x2: Math.max(end, baseline.x),
      y: bar.y,
      height: bar.height,
      larger: Math.max(bar.value, baseline.value),
      smaller: Math.min(bar.value, baseline.value),
      between: barIsLarger ? [bar.side, 'baseline'] : ['baseline', bar.side],
    }
  }
  return undefined
}
