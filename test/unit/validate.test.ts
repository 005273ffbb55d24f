import type { ComparisonDataset, ComparisonRow } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../data/sources'
import { fitsDigits, validateDataset, validateDatasets } from '../../lib/validate'
import { CHARTS } from '../deck'

/** A valid dataset to break one field at a time. */
function good(): ComparisonDataset {
  return {
    id: 'sample',
    title: 'Sample',
    finding: 'B2B was {sample.rows[1].ratio}× B2C',
    question: 'Which is larger?',
    rows: [
      { label: 'One', unit: { kind: 'percent', label: '%' }, b2b: { value: 10, digits: 0, source: 'N1' }, b2c: { value: 30, digits: 0, source: 'N3' } },
      { label: 'Two', unit: { kind: 'amount', label: 'US$ tn' }, b2b: { value: 21.2, digits: 1, source: 'N1', derived: '25.6 − 4.4' }, b2c: { value: 4.4, digits: 1, source: 'N1' } },
    ],
  }
}

/** The problems of `good()` changed by `change`. */
function problemsAfter(change: (dataset: ComparisonDataset) => void): string[] {
  const dataset = good()
  change(dataset)
  return validateDataset(dataset, SOURCES)
}

describe('validateDataset', () => {
  it('accepts every dataset the deck charts', () => {
    expect(validateDatasets(CHARTS, SOURCES)).toEqual([])
  })

  it('accepts the sample', () => {
    expect(validateDataset(good(), SOURCES)).toEqual([])
  })

  it.each([
    ['NaN', Number.NaN, '[chart data] sample: rows[0].b2b.value is NaN, not a finite number'],
    ['Infinity', Number.POSITIVE_INFINITY, '[chart data] sample: rows[0].b2b.value is Infinity, not a finite number'],
    ['a negative value', -5, '[chart data] sample: rows[0].b2b.value is -5, below zero'],
    ['a share above 100 %', 120, '[chart data] sample: rows[0].b2b.value is 120, a share above 100 %'],
  ])('refuses %s', (_, value, message) => {
    expect(problemsAfter(d => d.rows[0].b2b.value = value)).toEqual([message])
  })

  it('lets a growth rate pass 100 %', () => {
    expect(problemsAfter((d) => {
      d.rows[0].unit = { kind: 'growth', label: '%' }
      d.rows[0].b2b.value = 120
    })).toEqual([])
  })

  it('refuses a row with one side missing: every row compares B2B with B2C', () => {
    expect(problemsAfter(d => delete (d.rows[1] as Partial<ComparisonRow>).b2c))
      .toEqual(['[chart data] sample: rows[1].b2c is missing: every row compares a B2B and a B2C figure'])
    expect(problemsAfter(d => (d.rows[0] as { b2b: unknown }).b2b = null))
      .toEqual(['[chart data] sample: rows[0].b2b is missing: every row compares a B2B and a B2C figure'])
  })

  it('refuses a value written finer than its declared precision, naming the dataset and field', () => {
    expect(problemsAfter(d => d.rows[1].b2b.value = 21.25))
      .toEqual(['[chart data] sample: rows[1].b2b.value is 21.25, finer than its 1 decimal place(s): write it as the source gives it'])
    expect(problemsAfter(d => d.rows[0].b2c.value = 30.5))
      .toEqual(['[chart data] sample: rows[0].b2c.value is 30.5, finer than its 0 decimal place(s): write it as the source gives it'])
  })

  it('refuses a figure without a declared precision, or an impossible one', () => {
    expect(problemsAfter(d => delete (d.rows[0].b2b as { digits?: number }).digits))
      .toEqual(['[chart data] sample: rows[0].b2b.digits is undefined, not a whole number from 0 to 3'])
    expect(problemsAfter(d => d.rows[0].b2c.digits = 1.5))
      .toEqual(['[chart data] sample: rows[0].b2c.digits is 1.5, not a whole number from 0 to 3'])
  })

  it('refuses a derived figure without its formula, and an empty caveat', () => {
    expect(problemsAfter((d) => {
      d.rows[1].b2b.derived = ' '
      d.note = ''
    })).toEqual([
      '[chart data] sample: rows[1].b2b.derived is empty: give the formula the figure was computed by',
      '[chart data] sample: note is empty: give the caveat or leave it out',
    ])
  })

  it('refuses a chart with no rows, and repeated row labels', () => {
    expect(problemsAfter(d => d.rows = [])).toEqual(['[chart data] sample: rows is empty: a chart compares at least one measure'])
    expect(problemsAfter(d => d.rows[1].label = 'One')).toEqual(['[chart data] sample: rows[1].label repeats "One"'])
  })

  it('refuses a figure without a source, with one it cannot find, or with an unverified one', () => {
    expect(problemsAfter(d => d.rows[0].b2b.source = ''))
      .toEqual(['[chart data] sample: rows[0].b2b.source is missing: every figure needs a source'])
    expect(problemsAfter(d => d.rows[0].b2b.source = []))
      .toEqual(['[chart data] sample: rows[0].b2b.source is missing: every figure needs a source'])
    expect(problemsAfter(d => d.rows[0].b2b.source = 'E99'))
      .toEqual(['[chart data] sample: rows[0].b2b.source names "E99", which is not in SOURCES'])
    const withUnverified = { ...SOURCES, E16: { publisher: 'cleverbridge', title: 'AOV', year: 2020, url: 'https://example.org', reliability: 'U' as const } }
    const dataset = good()
    dataset.rows[0].b2c.source = 'E16'
    expect(validateDataset(dataset, withUnverified))
      .toEqual(['[chart data] sample: rows[0].b2c.source names "E16", an unverified source: such figures are not charted'])
  })

  it('refuses empty labels and units', () => {
    expect(problemsAfter((d) => {
      d.title = ' '
      d.rows[0].label = ''
      d.rows[1].unit = { kind: 'amount', label: '' }
    })).toEqual([
      '[chart data] sample: title is empty',
      '[chart data] sample: rows[0].label is empty',
      '[chart data] sample: rows[1].unit.label is empty: every row names its own unit',
    ])
  })

  it('checks a baseline like a figure', () => {
    expect(problemsAfter(d => d.rows[0].baseline = { label: 'even', value: 150 }))
      .toEqual(['[chart data] sample: rows[0].baseline.value is 150, a share above 100 %'])
    expect(problemsAfter(d => d.rows[0].baseline = { label: '', value: 25 }))
      .toEqual(['[chart data] sample: rows[0].baseline.label is empty'])
  })

  it('names a dataset without an id', () => {
    expect(problemsAfter(d => d.id = '')).toEqual(['[chart data] (dataset without an id): id is empty'])
  })
})

describe('fitsDigits', () => {
  it('tells whether a value has no more decimals than declared, despite floating-point noise', () => {
    expect(fitsDigits(21.2, 1)).toBe(true)
    expect(fitsDigits(5.15, 2)).toBe(true)
    expect(fitsDigits(0.1 + 0.2, 1)).toBe(true)
    expect(fitsDigits(21, 0)).toBe(true)
    expect(fitsDigits(21.25, 1)).toBe(false)
    expect(fitsDigits(66.7, 0)).toBe(false)
  })
})

describe('validateDatasets', () => {
  it('refuses two datasets with one id', () => {
    expect(validateDatasets([good(), good()], SOURCES)).toEqual(['[chart data] sample: id is used by another dataset too'])
  })
})
