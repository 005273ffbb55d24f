// The Vite plugin that needs to know which edition Slidev builds or serves (vite.config.ts lists
// the others): the fonts, cut to that edition's text (vite/fonts.ts).
import { defineVitePluginsSetup } from '@slidev/types'
import { EDITIONS } from '../data/editions.ts'
import { editionOfEntry } from '../vite/decks.ts'
import { editionText } from '../vite/edition-text.ts'
import { deckFonts } from '../vite/fonts.ts'

export default defineVitePluginsSetup((options) => {
  const edition = editionOfEntry(options.entry, options.userRoot)
  const entries = Object.values(EDITIONS).map(edition => edition.entry)
  return [deckFonts({ root: options.userRoot, edition, entries, text: editionText(edition, options.data.markdownFiles) })]
})
