// @vitest-environment node
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { planOfNote } from '../../lib/pacing'
import { ASK_THE_ROOM, EDITION_LOCALES, kindOf, loadDeck, parseDecksFirst } from '../deck'
import { readingLoad } from '../text'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

describe.each(EDITION_LOCALES)('the speaker notes of the %s edition', async (locale) => {
  const deck = await loadDeck(locale)
  const slides = deck.slides.map((slide, index) => ({ no: index + 1, title: slide.title ?? '', note: slide.note ?? '', kind: kindOf(slide.frontmatter), frontmatter: slide.frontmatter }))

  it.each(slides)('slide $no ($title) has a script with its minutes', ({ note }) => {
    expect(planOfNote(note, locale)?.minutes).toBeGreaterThan(0)
    // More than the heading: what to say.
    expect(readingLoad(note)).toBeGreaterThan(30)
  })

  it('ask the room a question in every part of the article', () => {
    // The introduction, the three comparisons, the four impact slides and the conclusion.
    const parts = slides.filter(slide => ['models', 'comparison', 'impact', 'conclusion'].includes(slide.kind))
    expect(parts).toHaveLength(9)
    expect(parts.filter(slide => !slide.note.includes(ASK_THE_ROOM[locale])).map(slide => slide.title)).toEqual([])
  })

  it('give each discussion the minutes its slide shows the room', () => {
    const discussions = slides.filter(slide => slide.kind === 'discussion')
    expect(discussions).toHaveLength(3)
    expect(discussions.map(slide => slide.frontmatter.minutes)).toEqual(discussions.map(slide => planOfNote(slide.note, locale)!.minutes))
  })

  it('tell the trainer where they should be: each slide starts when the ones before it end', () => {
    let clock = 0
    const wrong: string[] = []
    for (const slide of slides) {
      const timing = planOfNote(slide.note, locale)!
      if (timing.start !== clock)
        wrong.push(`slide ${slide.no} (${slide.title}) says it starts at ${timing.start} min; the slides before it end at ${clock}`)
      clock += timing.minutes
    }
    expect(wrong).toEqual([])
  })

  it('plan a session as long as the deck\'s duration, which sets the presenter timer', () => {
    const planned = slides.reduce((sum, slide) => sum + planOfNote(slide.note, locale)!.minutes, 0)
    const duration = parseTimeString(deck.headmatter.duration as string).seconds / 60
    expect(planned).toBe(duration)
  })
})

describe.each(EDITION_LOCALES)('the %s pages', (locale) => {
  // Slide kinds are layouts (layouts/): a page holds its words, its data references (frontmatter)
  // and its notes. Inline icons and language tags are words too.
  const WORDS_ONLY = /<(?!carbon-[\w-]+ \/>|span lang="[\w-]+">|\/span>|!--)[^>]*>/g

  it('hold words and no layout markup', async () => {
    const deck = await loadDeck(locale)
    const markup = deck.slides.flatMap((slide, i) => (slide.content.match(WORDS_ONLY) ?? []).map(tag => `slide ${i + 1}: ${tag}`))
    expect(markup).toEqual([])
  })
})
