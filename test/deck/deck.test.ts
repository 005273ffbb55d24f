// The deck as it is, against its rule book and the rules of how its files are written. Parses
// every edition with Slidev's own parser: the `deck` project, apart from the quick unit tests.
import { describe, expect, it } from 'vitest'
import { CHART_FIGURES } from '../../data/charts'
import { EDITIONS, LOCALES } from '../../data/editions'
import { CORRECT_CHOICES, OBJECTIVES } from '../../data/knowledge-check'
import { SOURCES } from '../../data/sources'
import { deckProblems } from '../../lib/deck-problems'
import { loadDecks } from '../../vite/decks'
import { kindOf, loadDeck, parseDecksFirst } from '../deck'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

describe('the rule book', () => {
  it('finds no problem in the deck as it is: what `npm run build` and `npm run dev` check', async () => {
    const decks = await loadDecks()
    expect(decks.map(deck => deck.locale)).toEqual(LOCALES)
    expect(deckProblems(decks, { editions: EDITIONS, figures: CHART_FIGURES, sources: SOURCES, correctChoices: CORRECT_CHOICES })).toEqual([])
  })
})

describe.each(LOCALES)('the %s pages', (locale) => {
  // Slide kinds are layouts (layouts/): a page holds its words, its data references (frontmatter)
  // and its notes. Inline icons and language tags are words too.
  const WORDS_ONLY = /<(?!carbon-[\w-]+ \/>|span lang="[\w-]+">|\/span>|!--)[^>]*>/g

  it('hold words and no layout markup', async () => {
    const deck = await loadDeck(locale)
    const markup = deck.slides.flatMap((slide, i) => (slide.content.match(WORDS_ONLY) ?? []).map(tag => `slide ${i + 1}: ${tag}`))
    expect(markup).toEqual([])
  })

  it('list as many objectives as the knowledge check tests', async () => {
    const deck = await loadDeck(locale)
    const objectivesSlide = deck.slides.find(slide => kindOf(slide.frontmatter) === 'objectives')!
    // One numbered line per objective.
    expect(objectivesSlide.content.match(/^\d+\. /gm)).toHaveLength(OBJECTIVES.length)
  })
})
