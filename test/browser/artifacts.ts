// What the browser tests' global setup makes once, and how the test files reach it.
import type { Locale } from '../../lib/i18n'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { EDITIONS } from '../../scripts/slidev.mjs'

/** Outputs of the test run; ignored by git. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results')
/** Where `npm run export:all` writes, in the test run. */
export const EXPORTS_DIR = resolve(ARTIFACTS_DIR, 'exports')
/**
 * The timeout of a hook that waits for `exportsDone`: none, since the wait ends with export:all
 * itself (Vitest runs a hook with an infinite timeout without a timer).
 */
export const UNTIL_THE_EXPORTS_END = Number.POSITIVE_INFINITY

/** Written by the global setup when `npm run export:all` has ended: `{ ok, error? }`. */
export const EXPORTS_DONE = resolve(ARTIFACTS_DIR, 'export-all.json')

/**
 * Resolves once `npm run export:all` has made every output (the global setup starts it and lets
 * the site tests run meanwhile); fails with its output if it failed. It waits on export:all's own
 * end, which the global setup records whether it succeeds or fails, never on a clock: on a loaded
 * machine the exports take as long as they take. Call it from a hook without a timeout
 * (UNTIL_THE_EXPORTS_END).
 */
export async function exportsDone(): Promise<void> {
  while (!existsSync(EXPORTS_DONE))
    await new Promise(done => setTimeout(done, 250))
  const result = JSON.parse(readFileSync(EXPORTS_DONE, 'utf8')) as { ok: boolean, error?: string }
  if (!result.ok)
    throw new Error(result.error)
}

/**
 * Where the sites are hosted in the tests: under a sub-path, as `npm run export:all -- --base`
 * builds them (the Chinese one under `<base>zh-Hant/`), the harder case for a static host.
 */
export const SUBPATH = '/training/b2b-b2c/'

/** Every output of one edition, where `npm run export:all -- --base SUBPATH` puts it. */
export function outputsOf(locale: Locale) {
  const { name, site } = EDITIONS[locale]
  return {
    site: resolve(EXPORTS_DIR, site),
    /** The path the site was built for and is served under. */
    siteBase: locale === 'en' ? SUBPATH : `${SUBPATH}${locale}/`,
    pdf: resolve(EXPORTS_DIR, `${name}.pdf`),
    stepByStepPdf: resolve(EXPORTS_DIR, `${name}-step-by-step.pdf`),
    notesPdf: resolve(EXPORTS_DIR, `${name}-notes.pdf`),
    handoutPdf: resolve(EXPORTS_DIR, `${name}-handout.pdf`),
    notesPagesPdf: resolve(EXPORTS_DIR, `${name}-notes-pages.pdf`),
    pptx: resolve(EXPORTS_DIR, `${name}.pptx`),
    editablePptx: resolve(EXPORTS_DIR, `${name}-editable.pptx`),
    /** The deck in one HTML file (npm run export:html). */
    html: resolve(EXPORTS_DIR, `${name}.html`),
    /** The file the site's download button fetches, relative to the site's base. */
    sitePdfName: `${name}.pdf`,
  }
}

/** The bare Slidev deck the size budget compares against, and its build. */
export const BARE_DECK_DIR = resolve(import.meta.dirname, '../../bench/bare')
export const BARE_SITE_DIR = resolve(ARTIFACTS_DIR, 'bare-site')

/** One edition as Slidev's parser reads it. */
export interface DeckFacts {
  /** How many slides the entry declares. */
  slideCount: number
  /** Each slide's title, in order. */
  slideTitles: string[]
  /** Each slide's speaker notes, in order. */
  slideNotes: string[]
  /** Each slide's kind, the layout it uses (see kindOf): impact, quiz… */
  slideKinds: string[]
  /** Each slide's `clicks` frontmatter (0 where it declares none): clicks beyond its v-clicks. */
  slideClicks: number[]
}

/** The numbers of `deck`'s slides of kind `kind` (their layout), in order. */
export function slidesOfKind(deck: DeckFacts, kind: string): number[] {
  return deck.slideKinds.flatMap((slideKind, i) => slideKind === kind ? [i + 1] : [])
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the tests drive (see scripts/chromium.mjs). */
    chromiumPath: string
    /** Each edition as Slidev's own parser reads it. */
    decks: Record<Locale, DeckFacts>
  }
}
