// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../data/editions'
import { agendaParts, partOfSlide } from '../../lib/wayfinding'
import { kindOf, loadDeck, parseDecksFirst } from '../deck'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

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

describe.each(LOCALES)('the %s edition', (locale) => {
  it('has one rail part per line of its agenda, after the agenda', async () => {
    const deck = await loadDeck(locale)
    const agendaAt = deck.slides.findIndex(slide => kindOf(slide.frontmatter) === 'agenda')
    const agendaLines = deck.slides[agendaAt].content.match(/^\d+\. /gm) ?? []
    const parts = agendaParts(deck.slides.map(slide => slide.frontmatter))
    expect(parts).toHaveLength(agendaLines.length)
    expect(parts[0].firstSlide).toBeGreaterThan(agendaAt + 1)
  })
})
