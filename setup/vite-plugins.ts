// Vite plugins that need to know which edition Slidev is building or serving (vite.config.ts has
// the others): the fonts are cut to that edition's text (scripts/font-subset.mjs).
import { resolve } from 'node:path'
import { defineVitePluginsSetup } from '@slidev/types'
import { editionText } from '../lib/edition-text.ts'
import { isLocale } from '../lib/i18n.ts'
import { fontSubset } from '../scripts/font-subset.mjs'
import { EDITIONS } from '../scripts/slidev.mjs'

export default defineVitePluginsSetup((options) => {
  const edition = Object.values(EDITIONS).find(edition => resolve(options.userRoot, edition.entry) === resolve(options.entry))
  if (!edition || !isLocale(edition.locale))
    throw new Error(`${options.entry} is not an edition of the deck: Slidev runs on ${Object.values(EDITIONS).map(edition => edition.entry).join(' or ')}`)
  return [fontSubset(options.userRoot, editionText(edition.locale, options.data.markdownFiles))]
})
