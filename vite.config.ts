// What a build and the dev server of the deck do beyond Slidev's own, plugin by plugin (Slidev
// merges this into its Vite config). The project's plugins are in vite/:
//   deck:check        the rule book (lib/deck-problems.ts): a build stops on a problem, the dev
//                     server shows it over the page (vite/deck-check.ts)
//   deck:font-subset  each edition's fonts cut to its text: set up in setup/vite-plugins.ts, the
//                     one place Slidev says which edition it builds (vite/fonts.ts)
//   phrase_breaks     a <wbr> between the phrases of a Chinese edition's Markdown, a markdown-it
//                     rule (vite/phrase-breaks.ts)
//   deck:single-file  the one-file deck: only in that output's own build, which tools/export.ts
//                     makes with these plugins added (vite/single-file.ts)
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { NO_ACTIVITY } from './lib/stopwatch.ts'
import { deckCheck } from './vite/deck-check.ts'
import { editionsOfFiles, phraseBreaks } from './vite/phrase-breaks.ts'

const ROOT = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  // Vite's pre-bundled dependencies live beside the deck rather than in node_modules/.vite: a copy
  // of the deck that shares node_modules (the dev-server and bad-data tests') then never outdates this one's.
  cacheDir: fileURLToPath(new URL('./.vite', import.meta.url)),
  slidev: {
    // Comments in templates are for maintainers; Vue would ship each one to the audience.
    vue: { template: { compilerOptions: { comments: false } } },
    // A discussion's countdown, shared by the deck's windows (composables/useActivityTimer.ts).
    serverRef: { state: { activity: NO_ACTIVITY } },
    // Chinese lines that break between phrases: which edition a slide's file belongs to picks the model.
    markdown: {
      async markdownSetup(md) {
        md.use(phraseBreaks, await editionsOfFiles(ROOT))
      },
    },
  },
  plugins: [deckCheck({ root: ROOT })],
})
