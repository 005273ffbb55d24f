// What the browser tests' global setup makes once, and how the test files reach it.
import type { Locale } from '../../lib/i18n'
import { resolve } from 'node:path'
import { EDITIONS } from '../../scripts/slidev.mjs'

/** Outputs of the test run; ignored by git. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results')
/** Where `npm run export:all` writes, in the test run. */
export const EXPORTS_DIR = resolve(ARTIFACTS_DIR, 'exports')

/** Every output of one edition, where `npm run export:all` puts it. */
export function outputsOf(locale: Locale) {
  const { name, site } = EDITIONS[locale]
  return {
    site: resolve(EXPORTS_DIR, site),
    pdf: resolve(EXPORTS_DIR, `${name}.pdf`),
    stepByStepPdf: resolve(EXPORTS_DIR, `${name}-step-by-step.pdf`),
    notesPdf: resolve(EXPORTS_DIR, `${name}-notes.pdf`),
    pptx: resolve(EXPORTS_DIR, `${name}.pptx`),
    /** The file the site's download button fetches, relative to the site's base. */
    sitePdfName: `${name}.pdf`,
    /** A second build of the site, for hosting under a sub-path. */
    subpathSite: resolve(ARTIFACTS_DIR, `site-under-subpath-${locale}`),
  }
}

/** The bare Slidev deck the size budget compares against, and its build. */
export const BARE_DECK_DIR = resolve(import.meta.dirname, '../../bench/bare')
export const BARE_SITE_DIR = resolve(ARTIFACTS_DIR, 'bare-site')

/** Where the sub-path builds are hosted. */
export const SUBPATH = '/training/b2b-b2c/'

/** One edition as Slidev's parser reads it. */
export interface DeckFacts {
  /** How many slides the entry declares. */
  slideCount: number
  /** Each slide's title, in order. */
  slideTitles: string[]
  /** Each slide's speaker notes, in order. */
  slideNotes: string[]
  /** Each slide's classes (see classesOf), which name its kind: impact-slide, quiz-slide… */
  slideClasses: string[][]
}

/** The numbers of `deck`'s slides of class `name`, in order. */
export function slidesOfClass(deck: DeckFacts, name: string): number[] {
  return deck.slideClasses.flatMap((classes, i) => classes.includes(name) ? [i + 1] : [])
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the tests drive (see scripts/chromium.mjs). */
    chromiumPath: string
    /** Each edition as Slidev's own parser reads it. */
    decks: Record<Locale, DeckFacts>
  }
}
