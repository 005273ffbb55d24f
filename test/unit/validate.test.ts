import type { ComparisonDataset } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { SOURCES } from '../../data/sources'
import { validateDataset, validateDatasets } from '../../lib/validate'

/** A valid dataset to break one field at a time. */
function good(): ComparisonDataset {
  return {
    id: 'sample',
    title: 'Sample',
    unit: { kind: 'percent', label: '%' },
    digits: 0,
    categories: ['One', 'Two'],
    b2b: [{ value: 10, source: 'E2' }, { value: 20, source: 'E2' }],
    b2c: [{ value: 30, source: 'E1' }, { value: null, note: 'No figure' }],
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
    ['NaN', Number.NaN, '[chart data] sample: b2b[1].value is NaN, not a finite number'],
    ['Infinity', Number.POSITIVE_INFINITY, '[chart data] sample: b2b[1].value is Infinity, not a finite number'],
    ['a negative value', -5, '[chart data] sample: b2b[1].value is -5, below zero'],
    ['a share above 100 %', 120, '[chart data] sample: b2b[1].value is 120, a share above 100 %'],
  ])('refuses %s', (_, value, message) => {
    expect(problemsAfter(d => d.b2b[1] = { value, source: 'E2' })).toEqual([message])
  })

  it('lets a growth rate pass 100 %', () => {
    expect(problemsAfter((d) => {
      d.unit = { kind: 'growth', label: '%' }
      d.b2b[1] = { value: 120, source: 'E2' }
    })).toEqual([])
  })

  it('refuses a category without a value on either side', () => {
    expect(problemsAfter(d => d.b2b[1] = { value: null, note: 'No figure' }))
      .toEqual(['[chart data] sample: categories[1] "Two" has no value on either side'])
  })

  it('refuses an empty explanation of a derived figure and an empty caveat', () => {
    expect(problemsAfter((d) => {
      d.b2b[0] = { value: 10, source: 'E2', derived: ' ' }
      d.note = ''
    })).toEqual([
      '[chart data] sample: b2b[0].derived is empty: say how the figure was computed',
      '[chart data] sample: note is empty: give the caveat or leave it out',
    ])
  })

  it('refuses mismatched lengths', () => {
    expect(problemsAfter(d => d.b2c.pop())).toEqual(['[chart data] sample: b2c has 1 entries for 2 categories'])
    expect(problemsAfter(d => d.b2b.push({ value: 1, source: 'E2' })))
      .toEqual(['[chart data] sample: b2b has 3 entries for 2 categories'])
  })

  it('refuses duplicate categories', () => {
    expect(problemsAfter(d => d.categories[1] = 'One')).toEqual(['[chart data] sample: categories[1] repeats "One"'])
  })

  it('refuses a figure without a source, or with one it cannot find', () => {
    expect(problemsAfter(d => d.b2b[0] = { value: 10, source: '' }))
      .toEqual(['[chart data] sample: b2b[0].source is missing: every figure needs a source'])
    expect(problemsAfter(d => d.b2b[0] = { value: 10, source: [] }))
      .toEqual(['[chart data] sample: b2b[0].source is missing: every figure needs a source'])
    expect(problemsAfter(d => d.b2b[0] = { value: 10, source: 'E99' }))
      .toEqual(['[chart data] sample: b2b[0].source names "E99", which is not in SOURCES'])
  })

  it('refuses empty labels', () => {
    expect(problemsAfter((d) => {
      d.title = ' '
      d.categories[0] = ''
      d.unit = { kind: 'percent', label: '' }
      d.b2c[1] = { value: null, note: '' }
    })).toEqual([
      '[chart data] sample: title is empty',
      '[chart data] sample: unit.label is empty',
      '[chart data] sample: categories[0] is an empty label',
      '[chart data] sample: b2c[1].note is empty: say why there is no figure',
    ])
  })

  it('checks baselines like figures, one per category', () => {
    expect(problemsAfter(d => d.baseline = { label: 'even', values: [25, 150] }))
      .toEqual(['[chart data] sample: baseline.values[1] is 150, a share above 100 %'])
    expect(problemsAfter(d => d.baseline = { label: '', values: [25] })).toEqual([
      '[chart data] sample: baseline.label is empty',
      '[chart data] sample: baseline.values has 1 entries for 2 categories',
    ])
  })

  it('names a dataset without an id, and a bad number of decimals', () => {
    expect(problemsAfter((d) => {
      d.id = ''
      d.digits = 1.5
    })).toEqual([
      '[chart data] (dataset without an id): id is empty',
      '[chart data] (dataset without an id): digits is 1.5, not a whole number from 0 to 3',
    ])
  })

  it('refuses a side that is missing altogether', () => {
    expect(problemsAfter(d => delete (d as Partial<ComparisonDataset>).b2c))
      .toEqual(['[chart data] sample: b2c is missing: give one entry per category'])
  })
})

describe('validateDatasets', () => {
  it('refuses two datasets with one id', () => {
    expect(validateDatasets([good(), good()], SOURCES)).toEqual(['[chart data] sample: id is used by another dataset too'])
  })
})
