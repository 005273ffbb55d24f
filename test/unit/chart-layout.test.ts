import type { ComparisonDataset } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { CHART_SIZE, layoutComparison } from '../../lib/chart-layout'

// With CHART_SIZE the bars run from x0 = 40 to x1 = 480 − 56 = 424: 384 units for the domain.
// A row is 24 (label) + 26 + 6 + 26 (bars) + 20 (gap label) = 102 high, rows 12 apart.

const PAIRS: ComparisonDataset = {
  id: 'pairs',
  title: 'Pairs',
  unit: { kind: 'amount', label: 'US$ bn' },
  digits: 0,
  categories: ['A', 'B'],
  b2b: [{ value: 80, source: 'E2' }, { value: 20, source: 'E2' }],
  b2c: [{ value: 40, source: 'E2' }, { value: null, note: 'No figure' }],
}

const AGAINST_BASELINE: ComparisonDataset = {
  id: 'baseline',
  title: 'Baseline',
  unit: { kind: 'percent', label: '%' },
  digits: 0,
  categories: ['Q4'],
  b2b: [{ value: null, note: 'No figure' }],
  b2c: [{ value: 31, source: 'E8' }],
  baseline: { label: 'even year', values: [25] },
}

describe('layoutComparison', () => {
  it('scales bars from zero to a nice maximum, B2B above B2C in each row', () => {
    const layout = layoutComparison(PAIRS)
    expect(layout.plot).toEqual({ x0: 40, x1: 424, bottom: 216 })
    expect(layout.width).toBe(480)
    expect(layout.height).toBe(256)
    expect(layout.ticks).toEqual([
      { value: 0, x: 40 },
      { value: 20, x: 136 },
      { value: 40, x: 232 },
      { value: 60, x: 328 },
      { value: 80, x: 424 },
    ])
    expect(layout.tickDigits).toBe(0)
    expect(layout.axis).toEqual({ tickLabelY: 232, unitLabelY: 250 })

    const [first, second] = layout.rows
    expect(first).toMatchObject({ category: 'A', y: 0, labelY: 16, gapLabelY: 97 })
    expect(first.slots).toEqual([
      { side: 'b2b', value: 80, x: 40, y: 24, width: 384, height: 26 },
      { side: 'b2c', value: 40, x: 40, y: 56, width: 192, height: 26 },
    ])
    expect(second).toMatchObject({ category: 'B', y: 114, labelY: 130 })
    expect(second.slots).toEqual([
      { side: 'b2b', value: 20, x: 40, y: 138, width: 96, height: 26 },
      { side: 'b2c', note: 'No figure', y: 170, height: 26 },
    ])
  })

  it('spans the gap on the shorter bar\'s line, from its end to the longer bar\'s end', () => {
    const [first, second] = layoutComparison(PAIRS).rows
    expect(first.gap).toEqual({ x1: 232, x2: 424, y: 56, height: 26, larger: 80, smaller: 40, between: ['b2b', 'b2c'] })
    // One bar and no baseline: nothing to compare.
    expect(second.gap).toBeUndefined()
  })

  it('draws a baseline across the bars and measures a lone bar against it', () => {
    const [row] = layoutComparison(AGAINST_BASELINE).rows
    // 31 rounds up to a nice 35: x(25) = 40 + 384 × 25/35, x(31) = 40 + 384 × 31/35.
    expect(row.baseline?.value).toBe(25)
    expect(row.baseline?.x).toBeCloseTo(314.2857, 4)
    expect(row.baseline).toMatchObject({ y1: 20, y2: 86 })
    expect(row.gap?.x1).toBeCloseTo(314.2857, 4)
    expect(row.gap?.x2).toBeCloseTo(380.1143, 4)
    expect(row.gap).toMatchObject({ y: 56, height: 26, larger: 31, smaller: 25, between: ['b2c', 'baseline'] })
  })

  it('gives tick labels the decimals their values need', () => {
    const small = { ...PAIRS, b2b: [{ value: 1.2, source: 'E2' }, { value: 0.4, source: 'E2' }], b2c: [{ value: 0.9, source: 'E2' }, { value: 0.3, source: 'E2' }] }
    const layout = layoutComparison(small)
    expect(layout.ticks.map(tick => tick.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2])
    expect(layout.tickDigits).toBe(1)
  })

  it('draws a zero as a bar of no length, not as a missing one', () => {
    const zero = { ...PAIRS, b2c: [{ value: 0, source: 'E2' }, { value: 10, source: 'E2' }] }
    expect(layoutComparison(zero).rows[0].slots[1]).toMatchObject({ value: 0, width: 0 })
  })

  it.each(CHARTS.map(chart => [chart.id, chart] as const))('lays out %s with finite numbers and no negative size', (_, chart) => {
    const layout = layoutComparison(chart)
    const numbers: number[] = []
    JSON.stringify(layout, (_key, value) => {
      if (typeof value === 'number')
        numbers.push(value)
      return value
    })
    expect(numbers.every(Number.isFinite)).toBe(true)
    for (const row of layout.rows) {
      for (const slot of row.slots) {
        expect(slot.height).toBeGreaterThan(0)
        if ('width' in slot) {
          expect(slot.width).toBeGreaterThanOrEqual(0)
          expect(slot.x + slot.width).toBeLessThanOrEqual(layout.plot.x1 + 1e-9)
        }
      }
      if (row.gap)
        expect(row.gap.x2).toBeGreaterThanOrEqual(row.gap.x1)
    }
    expect(CHART_SIZE.width).toBe(layout.width)
  })
})
