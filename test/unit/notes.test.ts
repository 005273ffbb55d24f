// @vitest-environment node
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { loadDeck, plannedMinutes } from '../deck'

const deck = await loadDeck()
const slides = deck.slides.map((slide, index) => ({ no: index + 1, title: slide.title ?? '', note: slide.note ?? '' }))

describe('plannedMinutes', () => {
  it('reads the minutes from a note\'s opening line', () => {
    expect(plannedMinutes('**Agenda (about 1 minute).**\n\nWalk through…')).toBe(1)
    expect(plannedMinutes('\n**Market expansion (about 4 minutes).**')).toBe(4)
  })

  it('gives undefined for a note without them', () => {
    expect(plannedMinutes('Walk through the agenda.')).toBeUndefined()
    expect(plannedMinutes(undefined)).toBeUndefined()
  })
})

describe('the speaker notes', () => {
  it.each(slides)('slide $no ($title) has a script with its minutes', ({ note }) => {
    expect(plannedMinutes(note)).toBeGreaterThan(0)
    // More than the heading: what to say.
    expect(note.split(/\s+/).length).toBeGreaterThan(30)
  })

  it('ask the room a question in every part of the article', () => {
    const asking = slides.filter(slide => /Ask the room|ask two people/.test(slide.note)).map(slide => slide.title)
    expect(asking).toEqual(expect.arrayContaining([
      'Why the difference matters',
      '1 · Purpose and target audience',
      '2 · Sales channels',
      '3 · Customer relationship management',
      'Market expansion',
      'Strategic decisions',
      'Operational challenges',
      'Financial performance',
      'Conclusion',
    ]))
  })

  it('plan a talk that fits the deck\'s duration, with a few minutes for questions', () => {
    const planned = slides.reduce((sum, slide) => sum + (plannedMinutes(slide.note) ?? 0), 0)
    const duration = parseTimeString(deck.headmatter.duration as string).seconds / 60
    expect(duration).toBe(45)
    expect(planned).toBeLessThanOrEqual(duration)
    expect(planned).toBeGreaterThanOrEqual(duration - 5)
  })
})
