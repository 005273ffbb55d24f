// What the browser tests' global setup makes once, and how the test files reach it.
import { resolve } from 'node:path'

/** Build output and export of the test run; ignored by git. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results')
export const SITE_DIR = resolve(ARTIFACTS_DIR, 'site')
export const PDF_PATH = resolve(ARTIFACTS_DIR, 'deck.pdf')

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the tests drive (see scripts/chromium.mjs). */
    chromiumPath: string
    /** How many slides slides.md declares, as Slidev's own parser counts them. */
    slideCount: number
    /** Each slide's title, in order. */
    slideTitles: string[]
  }
}
