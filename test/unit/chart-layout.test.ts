import type { ComparisonDataset } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { CHART_SIZE, decimalPlaces, layoutComparison } from '../../lib/chart-layout'

// With CHART_SIZE the bars run from x0 = 58 to x1 = 868 − 96 = 772: 714 units for the domain.
// A row is 24 (label) + 26 (unit) + 22 + 4 + 22 (bars) = 98 high, rows 10 apart.

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
    { label: 'Q4 share', unit: { kind: 'percent', label: '% of the year' }, b2b: { value: 24.8, digits: 1, source: 'N1' }, b2c: { value: 26.3, digits: 1, source: 'N1' }, baseline: { label: 'even year', value: 25 } },
  ],
}

describe('layoutComparison', () => {
  it('scales bars from zero to the largest value of the rows of one unit, B2B above B2C, each value at its bar\'s end', () => {
    const layout = layoutComparison(SHARED_UNIT)
    expect(layout.plot).toEqual({ x0: 58, x1: 772 })
    expect(layout.width).toBe(868)
    expect(layout.height).toBe(206)

    const [first, second] = layout.rows
    expect(first).toMatchObject({ y: 0, labelY: 18 })
    expect(first.unitY).toBeCloseTo(42.2, 9)
    expect(first.bars).toEqual([
      { side: 'b2b', value: 80, x: 58, y: 50, width: 714, height: 22, labelX: 778 },
      { side: 'b2c', value: 40, x: 58, y: 76, width: 357, height: 22, labelX: 421 },
    ])
    // Same unit, same scale: 20 of 80 is a quarter of the width in the second row too.
    expect(second).toMatchObject({ y: 108, labelY: 126 })
    expect(second.bars).toEqual([
      { side: 'b2b', value: 20, x: 58, y: 158, width: 178.5, height: 22, labelX: 242.5 },
      { side: 'b2c', value: 30, x: 58, y: 184, width: 267.75, height: 22, labelX: 331.75 },
    ])
  })

  it('gives rows in different units their own scale, its longest bar the plot\'s width', () => {
    const [marketers, quarter] = layoutComparison(OWN_UNITS).rows
    expect(marketers.bars[0].width).toBe(714)
    expect(marketers.bars[1].width).toBeCloseTo(714 * 53 / 81, 9)
    expect(quarter.bars[1].width).toBe(714)
    expect(quarter.bars[0].width).toBeCloseTo(714 * 24.8 / 26.3, 9)
  })

  it('names the larger value of each row first, with whose it is', () => {
    const [first, second] = layoutComparison(SHARED_UNIT).rows
    expect(first.gap).toEqual({ larger: 80, smaller: 40, between: ['b2b', 'b2c'] })
    expect(second.gap).toEqual({ larger: 30, smaller: 20, between: ['b2c', 'b2b'] })
  })

  it('draws a baseline across the row\'s bars, on the row\'s scale', () => {
    const [, quarter] = layoutComparison(OWN_UNITS).rows
    // x(25) = 58 + 714 × 25/26.3; the row's bars run from y = 108 + 50 to 108 + 98.
    expect(quarter.baseline).toMatchObject({ value: 25, y1: 154, y2: 210 })
    expect(quarter.baseline?.x).toBeCloseTo(736.707, 3)
    expect(layoutComparison(SHARED_UNIT).rows[0].baseline).toBeUndefined()
  })

  it('starts a value label past a baseline that would cross it, and at the bar\'s end otherwise', () => {
    const [b2b, b2c] = layoutComparison(OWN_UNITS).rows[1].bars
    // B2B ends at 58 + 714 × 24.8/26.3 = 731.27, just short of the baseline at 736.71.
    expect(b2b.labelX).toBeCloseTo(742.707, 3)
    // B2C ends past the baseline, at the plot's end.
    expect(b2c.labelX).toBe(778)
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
