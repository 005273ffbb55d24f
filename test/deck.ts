// The deck's editions as Slidev's own parser reads them: slides with their frontmatter and notes.
import type { ComparisonDataset, Locale } from '../data/types'
import { resolve } from 'node:path'
import process from 'node:process'
import { CHART_TEXT } from '../data/chart-text'
import { CHARTS } from '../data/charts'
import { LOCALES } from '../data/types'
import { chartIn } from '../lib/localize'
import { EDITIONS, loadEdition } from '../scripts/slidev.mjs'

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
  return CHARTS.map(chart => chartIn(chart, CHART_TEXT[locale]))
}

const parsed = new Map<Locale, ReturnType<typeof loadEdition>>()

/**
 * The edition's entry (slides.md, slides.zh-Hant.md) and every page it pulls in, parsed as `slidev`
 * does: once per test file, then shared (the tests read it, never change it).
 */
export function loadDeck(locale: Locale = 'en'): ReturnType<typeof loadEdition> {
  if (!parsed.has(locale))
    parsed.set(locale, loadEdition(EDITIONS[locale]))
  return parsed.get(locale)!
}

/**
 * Parses every edition now: called at the top of a test file, while its tests are collected, so
 * that no test's timeout pays for the parse, which on a loaded machine takes what it takes.
 */
export async function parseDecksFirst(): Promise<void> {
  await Promise.all(LOCALES.map(locale => loadDeck(locale)))
}

/** A slide's kind: the layout its frontmatter names (layouts/: "impact", "quiz"…), or "default". */
export function kindOf(frontmatter: Record<string, unknown>): string {
  return String(frontmatter.layout ?? 'default')
}

/** How a note tells the trainer to ask the room a question. */
export const ASK_THE_ROOM: Record<Locale, string> = {
  'en': 'Ask the room',
  'zh-Hant': '問大家',
}

/** A speaker note's opening line as a reader sees it, without the bold: "Agenda (about 1 minute, from 0:02).". */
export function noteHeading(note: string): string {
  return note.trim().split('\n')[0].replace(/\*\*/g, '')
}
