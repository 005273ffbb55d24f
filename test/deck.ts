import type { Locale } from '../data/editions'
// The deck's editions as the tests see them: the ones under test, each edition's charts, and the
// decks as Slidev's own parser reads them.
import type { ComparisonDataset } from '../data/types'
import type { ParsedEdition } from '../vite/decks'
import { resolve } from 'node:path'
import process from 'node:process'
import { CHART_FIGURES } from '../data/charts'
import { EDITIONS, LOCALES, wordsOf } from '../data/editions'
import { SOURCES } from '../data/sources'
import { chartsIn, sourcesIn } from '../lib/localize'

/** The deck's folder. */
export const ROOT = resolve(import.meta.dirname, '..')

/**
 * The editions the tests run on: every one, or the one `TEST_EDITION` names
 * (`TEST_EDITION=zh-Hant npm run test:browser` builds and checks that edition alone).
 */
export const EDITION_LOCALES: readonly Locale[] = editionsUnderTest(process.env.TEST_EDITION)

function editionsUnderTest(named: string | undefined): readonly Locale[] {
  if (!named)
    return LOCALES
  const locale = LOCALES.find(locale => locale === named)
  if (!locale)
    throw new Error(`TEST_EDITION=${named}: the deck has the editions ${LOCALES.join(', ')}`)
  return [locale]
}

/** Every chart of the deck as edition `locale` draws it: the same figures, that edition's words. */
export function chartsOf(locale: Locale): ComparisonDataset[] {
  return chartsIn(CHART_FIGURES, wordsOf(locale))
}

const parsed = new Map<Locale, Promise<ParsedEdition>>()

/**
 * The edition's entry (slides.md, slides.zh-Hant.md) and every page it pulls in, parsed as `slidev`
 * does: once per test file, then shared (the tests read it, never change it).
 */
export function loadDeck(locale: Locale = 'en'): Promise<ParsedEdition> {
  if (!parsed.has(locale))
    // Slidev's CLI is imported only by the tests that parse: the others start without it.
    parsed.set(locale, import('../vite/decks').then(({ loadEdition }) => loadEdition(EDITIONS[locale])))
  return parsed.get(locale)!
}

/** A slide's kind: the layout its frontmatter names (layouts/: "impact", "quiz"…), or "default". */
export function kindOf(frontmatter: Record<string, unknown>): string {
  return String(frontmatter.layout ?? 'default')
}

/** A speaker note's opening line as a reader sees it, without the bold: "Agenda (about 1 minute, from 0:02).". */
export function noteHeading(note: string): string {
  return note.trim().split('\n')[0].replace(/\*\*/g, '')
}

/** The English edition's charts, in slide order, by name: what many tests take apart. */
export const [MARKET_EXPANSION, STRATEGIC_DECISIONS, OPERATIONAL_CHALLENGES, FINANCIAL_PERFORMANCE] = chartsOf('en')
/** Every chart of the English edition. */
export const CHARTS = chartsOf('en')

/**
 * Parses every edition now: called at the top of a test file, while its tests are collected, so
 * that no test's timeout pays for the parse, which on a loaded machine takes what it takes.
 */
export async function parseDecksFirst(): Promise<void> {
  await Promise.all(LOCALES.map(locale => loadDeck(locale)))
}

/** The charts' sources as edition `locale` cites them. */
export function sourcesOf(locale: Locale): ReturnType<typeof sourcesIn> {
  return sourcesIn(SOURCES, wordsOf(locale))
}
