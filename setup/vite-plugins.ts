// The Vite plugins that need to know which edition Slidev builds or serves (vite.config.ts lists
// the others): the fonts, cut to that edition's text (vite/fonts.ts), and its words alone in its
// JavaScript (vite/edition-words.ts).
import { defineVitePluginsSetup } from '@slidev/types'
import { EDITIONS } from '../data/editions.ts'
import { editionOfEntry } from '../vite/decks.ts'
import { editionText } from '../vite/edition-text.ts'
import { editionWordsOnly } from '../vite/edition-words.ts'
import { deckFonts } from '../vite/fonts.ts'

export default defineVitePluginsSetup((options) => {
  const edition = editionOfEntry(options.entry, options.userRoot)
  const entries = Object.values(EDITIONS).map(edition => edition.entry)
  return [
    deckFonts({ root: options.userRoot, edition, entries, text: editionText(edition, options.data.markdownFiles) }),
    editionWordsOnly({ root: options.userRoot, edition }),
  ]
})
