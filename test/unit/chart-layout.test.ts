import type { ComparisonDataset } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { CHART_SIZE, decimalPlaces, layoutComparison } from '../../lib/chart-layout'

// With CHART_SIZE the bars run from x0 = 44 to x1 = 560 − 76 = 484: 440 units for the domain.
// A row is 24 (label) + 20 (unit) + 26 + 4 + 26 (bars) + 20 (axis) = 120 high, rows 16 apart.

const SHARED_UNIT: ComparisonDataset = {
  id: 'shared',
  title: 'Shared',
  rows: [
    { label: 'A', unit: { kind: 'amount', label: 'US$ bn' }, b2b: { value: 80, digits: 0, source: 'N1' }, b2c: { value: 40, digits: 0, source: 'N1' } },
    { label: 'B', unit: { kind: 'amount', label: 'US$ bn' }, b2b: { value: 20, digits: 0, source: 'N1' }, b2c: { value: 30, digits: 0, source: 'N1' } },
  ],
}

const OWN_UNITS: ComparisonDataset = {
  id: 'own',
  title: 'Own units',
  rows: [
    { label: 'Share of marketers', unit: { kind: 'percent', label: '% of marketers' }, b2b: { value: 81, digits: 0, source: 'N1' }, b2c: { value: 53, digits: 0, source: 'N1' } },
    { label: 'Q4 share', unit: { kind: 'percent', label: '% of the year' }, b2b: { value: 24.8, digits: 1, source: 'N1' }, b2c: { value: 26.3, digits: 1, source: 'N1' }, baseline: { label: 'even year', value: 25 } },
  ],
}

describe('layoutComparison', () => {
  it('scales bars from zero to a nice maximum shared by rows of one unit, B2B above B2C', () => {
    const layout = layoutComparison(SHARED_UNIT)
    expect(layout.plot).toEqual({ x0: 44, x1: 484 })
    expect(layout.width).toBe(560)
    expect(layout.height).toBe(256)

    const [first, second] = layout.rows
    expect(first).toMatchObject({ y: 0, labelY: 18, unitY: 39, tickLabelY: 116 })
    expect(first.bars).toEqual([
      { side: 'b2b', value: 80, x: 44, y: 44, width: 440, height: 26 },
      { side: 'b2c', value: 40, x: 44, y: 74, width: 220, height: 26 },
    ])
    expect(first.ticks).toEqual([
      { value: 0, x: 44 },
      { value: 20, x: 154 },
      { value: 40, x: 264 },
      { value: 60, x: 374 },
      { value: 80, x: 484 },
    ])
    expect(first.tickDigits).toBe(0)
    // Same unit, same scale: 20 of 80 is a quarter of the width in the second row too.
    expect(second).toMatchObject({ y: 136, labelY: 154 })
    expect(second.bars).toEqual([
      { side: 'b2b', value: 20, x: 44, y: 180, width: 110, height: 26 },
      { side: 'b2c', value: 30, x: 44, y: 210, width: 165, height: 26 },
    ])
    expect(second.ticks).toEqual(first.ticks)
  })

  it('gives rows in different units their own scale and axis', () => {
    const [marketers, quarter] = layoutComparison(OWN_UNITS).rows
    // 81 rounds up to a nice 100; 26.3 to 30.
    expect(marketers.ticks.map(tick => tick.value)).toEqual([0, 20, 40, 60, 80, 100])
    expect(marketers.bars[0].width).toBeCloseTo(440 * 0.81, 9)
    expect(quarter.ticks.map(tick => tick.value)).toEqual([0, 10, 20, 30])
    expect(quarter.bars[1].width).toBeCloseTo(440 * 26.3 / 30, 9)
  })

  it('spans the gap on the shorter bar\'s line, from its end to the longer bar\'s end', () => {
    const [first, second] = layoutComparison(SHARED_UNIT).rows
    expect(first.gap).toEqual({ x1: 264, x2: 484, y: 74, height: 26, larger: 80, smaller: 40, between: ['b2b', 'b2c'] })
    expect(second.gap).toEqual({ x1: 154, x2: 209, y: 180, height: 26, larger: 30, smaller: 20, between: ['b2c', 'b2b'] })
  })

  it('draws a baseline across the row\'s bars, on the row\'s scale', () => {
    const [, quarter] = layoutComparison(OWN_UNITS).rows
    // x(25) = 44 + 440 × 25/30; the row's bars run from y = 136 + 44 to 136 + 100.
    expect(quarter.baseline?.value).toBe(25)
    expect(quarter.baseline?.x).toBeCloseTo(410.6667, 4)
    expect(quarter.baseline).toMatchObject({ y1: 176, y2: 240 })
    expect(layoutComparison(SHARED_UNIT).rows[0].baseline).toBeUndefined()
  })

  it('gives tick labels the decimals their values need', () => {
    const small: ComparisonDataset = { ...SHARED_UNIT, rows: [{ ...SHARED_UNIT.rows[0], b2b: { value: 1.2, digits: 1, source: 'N1' }, b2c: { value: 0.9, digits: 1, source: 'N1' } }] }
    const [row] = layoutComparison(small).rows
    expect(row.ticks.map(tick => tick.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2])
    expect(row.tickDigits).toBe(1)
  })

  it('draws a zero as a bar of no length', () => {
    const zero: ComparisonDataset = { ...SHARED_UNIT, rows: [{ ...SHARED_UNIT.rows[0], b2c: { value: 0, digits: 0, source: 'N1' } }] }
    expect(layoutComparison(zero).rows[0].bars[1]).toMatchObject({ value: 0, width: 0 })
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
      for (const bar of row.bars) {
        expect(bar.height).toBeGreaterThan(0)
        expect(bar.width).toBeGreaterThanOrEqual(0)
        expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x1 + 1e-9)
      }
      expect(row.gap.x2).toBeGreaterThanOrEqual(row.gap.x1)
    }
    expect(CHART_SIZE.width).toBe(layout.width)
  })
})

describe('decimalPlaces', () => {
  it('counts the decimals of a number as written', () => {
    expect(decimalPlaces(25)).toBe(0)
    expect(decimalPlaces(0.25)).toBe(2)
    expect(decimalPlaces(16.7)).toBe(1)
  })
})
