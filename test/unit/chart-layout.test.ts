import type { ComparisonDataset } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHART_SIZE, decimalPlaces, layoutComparison, niceCeiling } from '../../lib/chart-layout'
import { CHARTS } from '../deck'

// With CHART_SIZE the bars run from x0 = 58 to x1 = 868 − 96 = 772: 714 units for the scale.
// A row is 22 (label) + 24 (unit) + 20 + 4 + 20 (bars) = 90 high, rows 20 apart.

const SHARED_UNIT: ComparisonDataset = {
  id: 'shared',
  title: 'Shared',
  finding: 'A finding',
  question: 'A question?',
  rows: [
    { label: 'A', unit: { kind: 'amount', label: 'US$ bn' }, b2b: { value: 80, digits: 0, source: 'N1' }, b2c: { value: 40, digits: 0, source: 'N1' } },
    { label: 'B', unit: { kind: 'amount', label: 'US$ bn' }, b2b: { value: 20, digits: 0, source: 'N1' }, b2c: { value: 30, digits: 0, source: 'N1' } },
  ],
}

const OWN_UNITS: ComparisonDataset = {
  id: 'own',
  title: 'Own units',
  finding: 'A finding',
  question: 'A question?',
  rows: [
    { label: 'Share of marketers', unit: { kind: 'percent', label: '% of marketers' }, b2b: { value: 81, digits: 0, source: 'N1' }, b2c: { value: 53, digits: 0, source: 'N1' } },
    { label: 'Q4 share', unit: { kind: 'percent', label: '% of the year' }, b2b: { value: 24.8, digits: 1, source: 'N1' }, b2c: { value: 26.3, digits: 1, source: 'N1' }, baseline: { label: 'an even quarter', value: 25 } },
  ],
}

const RATES: ComparisonDataset = {
  ...OWN_UNITS,
  rows: [{ label: 'Churn', unit: { kind: 'rate', label: '% a month' }, b2b: { value: 5.15, digits: 2, source: 'N1' }, b2c: { value: 6.81, digits: 2, source: 'N1' } }],
}

describe('niceCeiling', () => {
  it('rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    expect([6.81, 21.8, 11.6, 80, 100, 101, 0.3, 1].map(niceCeiling)).toEqual([8, 25, 15, 80, 100, 150, 0.3, 1])
  })

  it('gives 1 for nothing to show', () => {
    expect([0, -3, Number.NaN].map(niceCeiling)).toEqual([1, 1, 1])
  })
})

describe('layoutComparison', () => {
  it('scales amounts of one unit from zero to a round number past the largest, without a track, B2B above B2C, each value at its bar\'s end', () => {
    const layout = layoutComparison(SHARED_UNIT)
    expect(layout.plot).toEqual({ x0: 58, x1: 772 })
    expect(layout.width).toBe(868)
    expect(layout.height).toBe(200)

    const [first, second] = layout.rows
    expect(first).toMatchObject({ y: 0, labelY: 16.5, scale: { end: 80, track: false }, axisEnd: { x: 772, y1: 42, y2: 94 } })
    expect(first.unitY).toBeCloseTo(38.8, 9)
    expect(first.divider).toBeUndefined()
    expect(first.bars).toEqual([
      { side: 'b2b', value: 80, x: 58, y: 46, width: 714, height: 20, labelX: 778 },
      { side: 'b2c', value: 40, x: 58, y: 70, width: 357, height: 20, labelX: 421 },
    ])
    // Same unit, same scale: 20 of 80 is a quarter of the width in the second row too.
    expect(second).toMatchObject({ y: 110, labelY: 126.5, divider: { y: 100 } })
    expect(second.bars).toEqual([
      { side: 'b2b', value: 20, x: 58, y: 156, width: 178.5, height: 20, labelX: 242.5 },
      { side: 'b2c', value: 30, x: 58, y: 180, width: 267.75, height: 20, labelX: 331.75 },
    ])
  })

  it('draws every share on a 0–100% track, whatever its largest value', () => {
    const [marketers, quarter] = layoutComparison(OWN_UNITS).rows
    expect(marketers.scale).toEqual({ end: 100, track: true })
    expect(marketers.bars[0].width).toBeCloseTo(578.34, 9)
    expect(marketers.bars[1].width).toBeCloseTo(378.42, 9)
    expect(quarter.scale).toEqual({ end: 100, track: true })
    expect(quarter.bars[1].width).toBeCloseTo(187.782, 9)
  })

  it('draws a small rate against its own written end, without a track', () => {
    const [churn] = layoutComparison(RATES).rows
    expect(churn.scale).toEqual({ end: 8, track: false })
    expect(churn.bars[0].width).toBeCloseTo(714 * 5.15 / 8, 9)
    expect(churn.bars[1].width).toBeCloseTo(714 * 6.81 / 8, 9)
  })

  it('names the larger value of each row first, with whose it is', () => {
    const [first, second] = layoutComparison(SHARED_UNIT).rows
    expect(first.gap).toEqual({ larger: 80, smaller: 40, between: ['b2b', 'b2c'] })
    expect(second.gap).toEqual({ larger: 30, smaller: 20, between: ['b2c', 'b2b'] })
  })

  it('draws a baseline across the row\'s bars, on the row\'s scale, its label starting over the line', () => {
    const [, quarter] = layoutComparison(OWN_UNITS).rows
    // x(25) = 58 + 714 × 25/100; the row's bars run from y = 110 + 46 to 110 + 90.
    expect(quarter.baseline).toEqual({ value: 25, x: 236.5, y1: 152, y2: 204 })
    expect(layoutComparison(SHARED_UNIT).rows[0].baseline).toBeUndefined()
  })

  it('starts a value label past a baseline that would cross it, and at the bar\'s end otherwise', () => {
    const [b2b, b2c] = layoutComparison(OWN_UNITS).rows[1].bars
    // B2B ends at 58 + 714 × 0.248 = 235.072, just short of the baseline at 236.5.
    expect(b2b.labelX).toBeCloseTo(242.5, 9)
    // B2C ends past the baseline, at 245.782.
    expect(b2c.labelX).toBeCloseTo(251.782, 9)
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
        expect(bar.labelX).toBeGreaterThan(bar.x + bar.width)
      }
      expect(row.gap.larger).toBeGreaterThanOrEqual(row.gap.smaller)
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
