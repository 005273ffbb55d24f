import { describe, expect, it } from 'vitest'
import { agendaParts, partOfSlide } from '../../lib/wayfinding'

describe('agendaParts', () => {
  it('lists the parts in slide order, from the slides that start them', () => {
    const parts = agendaParts([{}, { agendaPart: 'Objectives' }, {}, { agendaPart: ' Impact ' }, {}])
    expect(parts).toEqual([{ label: 'Objectives', firstSlide: 2 }, { label: 'Impact', firstSlide: 4 }])
  })
})

describe('partOfSlide', () => {
  const parts = [{ label: 'A', firstSlide: 3 }, { label: 'B', firstSlide: 5 }]

  it('finds the part a slide is in: the last one started at or before it', () => {
    expect([1, 2, 3, 4, 5, 9].map(no => partOfSlide(parts, no))).toEqual([-1, -1, 0, 0, 1, 1])
  })
})
