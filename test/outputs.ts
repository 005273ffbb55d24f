// What the browser and export tests' setups make once (test/setup.ts: the sites for the one,
// every other output for the other), and how the test files reach it.
import type { Locale } from '../data/editions'
import { resolve } from 'node:path'
import { EDITIONS } from '../data/editions'
import { outputPaths, siteBase } from '../tools/outputs'

/** Outputs of the test run; ignored by git. A failing browser test leaves its screenshot here too. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../test-results')
/** Where the setup writes the outputs, as `npm run export` makes them. */
export const OUTPUTS_DIR = resolve(ARTIFACTS_DIR, 'outputs')

/**
 * Where the sites are hosted in the tests, as `npm run export -- --base /` builds them: the first
 * edition at the root, as `npm run build` and `npm run present` build it, every other under its
 * sub-path (`/zh-Hant/`), the harder case for a static host. Both cases are tested.
 */
export const SITES_BASE = '/'

/** Every output of one edition, where the setups put them. */
export function outputsOf(locale: Locale) {
  const exports = outputPaths(EDITIONS[locale], OUTPUTS_DIR)
  const { exportName } = EDITIONS[locale]
  return {
    site: exports.site,
    /** The path the site was built for and is served under. */
    siteBase: siteBase(locale, SITES_BASE),
    pdf: exports.pdf,
    stepByStepPdf: exports['step-by-step'],
    notesPdf: exports.notes,
    handoutPdf: exports.handout,
    notesPagesPdf: exports['notes-pages'],
    pptx: exports.pptx,
    editablePptx: exports['pptx-editable'],
    /** The editable PowerPoint as LibreOffice draws it on this machine, without the deck's fonts (test/exports/setup.ts). */
    editablePptxInLibreOffice: resolve(OUTPUTS_DIR, 'libreoffice', `${exportName}-editable.pdf`),
    /** The deck in one HTML file. */
    html: exports['one-file'],
    /** The file the site's download button fetches, relative to the site's base. */
    sitePdfName: `${exportName}.pdf`,
  }
}

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
    /** The Chromium the tests drive (see tools/chromium.ts). */
    chromiumPath: string
    /** Each edition as Slidev's own parser reads it. */
    decks: Record<Locale, DeckFacts>
  }
}
