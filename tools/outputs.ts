// What `npm run export` writes, by name: each output's file after its edition's exportName, and
// where each edition's site is hosted. tools/export.ts makes them; the tests find them here.
import type { Edition, Locale } from '../data/editions.ts'
import { resolve } from 'node:path'
import { LOCALES } from '../data/editions.ts'

/** Every output, by the name `--only` takes, with its file name after the edition's exportName ('' for the site's folder). */
export const OUTPUT_FILES = {
  'site': '',
  'pdf': '.pdf',
  'step-by-step': '-step-by-step.pdf',
  'notes': '-notes.pdf',
  'notes-pages': '-notes-pages.pdf',
  'handout': '-handout.pdf',
  'pptx': '.pptx',
  'pptx-editable': '-editable.pptx',
  'one-file': '.html',
} as const

export type OutputName = keyof typeof OUTPUT_FILES
export const OUTPUT_NAMES = Object.keys(OUTPUT_FILES) as OutputName[]

/** Where each output of `edition` goes in `out`. */
export function outputPaths(edition: Pick<Edition, 'exportName'>, out: string): Record<OutputName, string> {
  return Object.fromEntries(OUTPUT_NAMES.map(name => [name, resolve(out, `${edition.exportName}${OUTPUT_FILES[name]}`)])) as Record<OutputName, string>
}

/**
 * The path edition `locale`'s site is hosted under: the root without `--base`, each site at the
 * root of its own host (or folder); with `--base`, the first edition at it and every other under
 * `<base><locale>/`, so that all can be hosted side by side.
 */
export function siteBase(locale: Locale, base?: string): string {
  if (base === undefined)
    return '/'
  const root = base.replace(/\/?$/, '/')
  return locale === LOCALES[0] ? root : `${root}${locale}/`
}
