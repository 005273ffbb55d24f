// @vitest-environment node
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { loadDeck, noteTiming } from '../deck'

const deck = await loadDeck()
const slides = deck.slides.map((slide, index) => ({ no: index + 1, title: slide.title ?? '', note: slide.note ?? '' }))

describe('noteTiming', () => {
  it('reads the length and the start from a note\'s opening line', () => {
    expect(noteTiming('**Agenda (about 1 minute, from 0:02).**\n\nWalk through…')).toEqual({ minutes: 1, start: 2 })
    expect(noteTiming('\n**Questions (about 5 minutes, from 1:08).**')).toEqual({ minutes: 5, start: 68 })
  })

  it('gives undefined for a note without them', () => {
    expect(noteTiming('**Agenda (about 1 minute).**')).toBeUndefined()
    expect(noteTiming('Walk through the agenda.')).toBeUndefined()
    expect(noteTiming(undefined)).toBeUndefined()
  })
})

describe('the speaker notes', () => {
  it.each(slides)('slide $no ($title) has a script with its minutes', ({ note }) => {
    expect(noteTiming(note)?.minutes).toBeGreaterThan(0)
    // More than the heading: what to say.
    expect(note.split(/\s+/).length).toBeGreaterThan(30)
  })

  it('ask the room a question in every part of the article', () => {
    const asking = slides.filter(slide => /Ask the room/.test(slide.note)).map(slide => slide.title)
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

  it('tell the trainer where they should be: each slide starts when the ones before it end', () => {
    let clock = 0
    const wrong: string[] = []
    for (const slide of slides) {
      const timing = noteTiming(slide.note)!
      if (timing.start !== clock)
        wrong.push(`slide ${slide.no} (${slide.title}) says it starts at ${timing.start} min; the slides before it end at ${clock}`)
      clock += timing.minutes
    }
    expect(wrong).toEqual([])
  })

  it('plan a session that fits the deck\'s duration, which sets the presenter timer', () => {
    const planned = slides.reduce((sum, slide) => sum + noteTiming(slide.note)!.minutes, 0)
    const duration = parseTimeString(deck.headmatter.duration as string).seconds / 60
    expect(planned).toBeLessThanOrEqual(duration)
    expect(planned).toBeGreaterThanOrEqual(duration - 5)
  })
})
