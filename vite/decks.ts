// The deck's editions as Slidev's parser reads them (slides, frontmatter, notes), for the build's
// checks, the tools and the tests. Which editions there are is data/editions.ts.
import type { Edition, Locale } from '../data/editions.ts'
import type { EditionDeck } from '../lib/deck-problems.ts'
import { resolve } from 'node:path'
import { parser } from '@slidev/cli'
import { EDITIONS, LOCALES } from '../data/editions.ts'

/** The deck's folder. */
export const ROOT = resolve(import.meta.dirname, '..')

/** What Slidev's parser makes of an edition's entry and every page it pulls in. */
export type ParsedEdition = Awaited<ReturnType<typeof parser.load>>

/** An edition as `slidev` parses it, from the files as they are now. */
export function loadEdition(edition: Pick<Edition, 'entry'>, root = ROOT): Promise<ParsedEdition> {
  return parser.load({ userRoot: root, roots: [root], allowedRoots: [root] }, resolve(root, edition.entry))
}

/** Every edition, parsed, as the rule book reads it (lib/deck-problems.ts). */
export async function loadDecks(root = ROOT, locales: readonly Locale[] = LOCALES): Promise<EditionDeck[]> {
  return Promise.all(locales.map(async (locale) => {
    const deck = await loadEdition(EDITIONS[locale], root)
    return { locale, headmatter: deck.headmatter, slides: deck.slides.map(slide => ({ frontmatter: slide.frontmatter, content: slide.content, note: slide.note })) }
  }))
}

/** The edition whose entry is `entry` (a path), or an error that names the editions there are. */
export function editionOfEntry(entry: string, root = ROOT): Edition {
  const edition = Object.values(EDITIONS).find(edition => resolve(root, edition.entry) === resolve(entry))
  if (!edition)
    throw new Error(`${entry} is not an edition of the deck: Slidev runs on ${Object.values(EDITIONS).map(edition => edition.entry).join(' or ')} (data/editions.ts)`)
  return edition
}
