// What the browser tests' global setup makes once, and how the test files reach it.
import { resolve } from 'node:path'
import { DECK_NAME } from '../../scripts/slidev.mjs'

/** Outputs of the test run; ignored by git. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results')
/** Where `npm run export:all` writes, in the test run. */
export const EXPORTS_DIR = resolve(ARTIFACTS_DIR, 'exports')
export const SITE_DIR = resolve(EXPORTS_DIR, 'site')
export const PDF_PATH = resolve(EXPORTS_DIR, `${DECK_NAME}.pdf`)
export const STEP_BY_STEP_PDF_PATH = resolve(EXPORTS_DIR, `${DECK_NAME}-step-by-step.pdf`)
export const NOTES_PDF_PATH = resolve(EXPORTS_DIR, `${DECK_NAME}-notes.pdf`)
export const PPTX_PATH = resolve(EXPORTS_DIR, `${DECK_NAME}.pptx`)
/** The file the site's download button fetches, relative to the site's base. */
export const SITE_PDF_NAME = `${DECK_NAME}.pdf`

/** The bare Slidev deck the size budget compares against, and its build. */
export const BARE_DECK_DIR = resolve(import.meta.dirname, '../../bench/bare')
export const BARE_SITE_DIR = resolve(ARTIFACTS_DIR, 'bare-site')

/** A second build of the site, for hosting under a sub-path. */
export const SUBPATH_SITE_DIR = resolve(ARTIFACTS_DIR, 'site-under-subpath')
export const SUBPATH = '/training/b2b-b2c/'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the tests drive (see scripts/chromium.mjs). */
    chromiumPath: string
    /** How many slides slides.md declares, as Slidev's own parser counts them. */
    slideCount: number
    /** Each slide's title, in order. */
    slideTitles: string[]
    /** Each slide's speaker notes, in order. */
    slideNotes: string[]
  }
}
