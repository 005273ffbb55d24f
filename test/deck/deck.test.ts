// The deck as it is, against its rule book: every content rule (lib/deck-problems.ts), on every
// edition as Slidev's parser reads it. The `deck` project, apart from the quick unit tests.
import type { DeckData } from '../../lib/deck-problems'
import { describe, expect, it } from 'vitest'
import { DECK_DATA } from '../../data/deck'
import { LOCALES } from '../../data/editions'
import { deckProblems } from '../../lib/deck-problems'
import { loadDecks } from '../../vite/decks'

describe('the rule book', () => {
  it('finds no problem in any edition as it is: what `npm run build` and `npm run dev` check', async () => {
    const decks = await loadDecks()
    expect(decks.map(deck => deck.locale)).toEqual(LOCALES)
    expect(decks.every(deck => deck.slides.length > 0)).toBe(true)
    expect(deckProblems(decks, DECK_DATA as DeckData)).toEqual([])
  })
})
