import type { Plugin, ViteDevServer } from 'vite'
import type { ComparisonDataset } from './data/types.ts'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
// Slidev merges this into its own Vite config.
import { defineConfig } from 'vite'
import { CHART_TEXT } from './data/chart-text.ts'
import { CHARTS } from './data/charts.ts'
import { CORRECT_CHOICES, QUESTIONS } from './data/knowledge-check.ts'
import { SOURCES } from './data/sources.ts'
import { frontmatterProblems } from './lib/frontmatter.ts'
import { knowledgeCheckProblems } from './lib/knowledge-check.ts'
import { editionProblems } from './lib/localize.ts'
import { SINGLE_FILE_ENV, singleFile } from './scripts/single-file.mjs'
import { EDITIONS, loadEdition } from './scripts/slidev.mjs'

/** How a list of problems is reported, in the terminal and in the browser. */
function problemsMessage(problems: string[]): string {
  return `The deck has ${problems.length} problem(s):\n${problems.join('\n')}`
}

/** The frontmatter problems of every edition's slides, as the files are now (lib/frontmatter.ts). */
async function slideProblems(charts: ComparisonDataset[]): Promise<string[]> {
  const editions = await Promise.all(Object.values(EDITIONS).map(async (edition) => {
    const deck = await loadEdition(edition)
    return frontmatterProblems(deck.slides.map(slide => slide.frontmatter), charts, edition.locale)
  }))
  return editions.flat()
}

/**
 * A bad figure, a missing translation or a slide without what its layout needs must never reach
 * a learner. `npm run build` (and every export, which builds) stops and names every problem.
 * `npm run dev` keeps serving, but prints the problems and shows them over the page, checked again
 * whenever a file in data/, pages/ or an edition's slides changes. The validations are
 * editionProblems (lib/localize.ts), knowledgeCheckProblems (lib/knowledge-check.ts) and
 * frontmatterProblems (lib/frontmatter.ts); `npm test` runs them too.
 */
function deckCheck(): Plugin {
  return {
    name: 'deck:validate',
    async buildStart() {
      if (this.meta.watchMode)
        return
      const problems = [...editionProblems(CHARTS, CHART_TEXT, SOURCES), ...knowledgeCheckProblems(QUESTIONS, CHARTS, CORRECT_CHOICES), ...await slideProblems(CHARTS)]
      if (problems.length > 0)
        this.error(problemsMessage(problems))
    },
    configureServer(server) {
      // The latest problems found, shown again to every page that connects (or reloads).
      let message = ''
      const show = () => message && server.ws.send({ type: 'error', err: { message, stack: '' } })
      const check = async () => {
        const problems = await problemsOnDisk(server)
        message = problems.length ? problemsMessage(problems) : ''
        if (message)
          server.config.logger.error(message)
        show()
      }
      server.httpServer?.once('listening', () => void check())
      server.ws.on('connection', show)
      server.watcher.on('change', (file) => {
        if (file.includes('/data/') || file.endsWith('.md'))
          void check()
      })
    },
  }
}

/** The dev server's check: the data and the slides as they are now on disk, loaded afresh. */
async function problemsOnDisk(server: ViteDevServer): Promise<string[]> {
  const load = (path: string) => server.ssrLoadModule(fileURLToPath(new URL(path, import.meta.url)))
  const [{ CHARTS }, { CHART_TEXT }, { SOURCES }, { QUESTIONS, CORRECT_CHOICES }, { editionProblems }, { knowledgeCheckProblems }] = await Promise.all([
    load('./data/charts.ts'),
    load('./data/chart-text.ts'),
    load('./data/sources.ts'),
    load('./data/knowledge-check.ts'),
    load('./lib/localize.ts'),
    load('./lib/knowledge-check.ts'),
  ])
  return [...editionProblems(CHARTS, CHART_TEXT, SOURCES), ...knowledgeCheckProblems(QUESTIONS, CHARTS, CORRECT_CHOICES), ...await slideProblems(CHARTS)]
}

export default defineConfig({
  // Vite's pre-bundled dependencies live beside the deck rather than in node_modules/.vite: a copy
  // of the deck that shares node_modules (the bad-data test's) then never outdates this one's.
  cacheDir: fileURLToPath(new URL('./.vite', import.meta.url)),
  slidev: {
    // Comments in templates are for maintainers; Vue would ship each one to the audience.
    vue: { template: { compilerOptions: { comments: false } } },
  },
  plugins: [
    // The fonts' plugin is in setup/vite-plugins.ts: it needs to know the edition.
    deckCheck(),
    // `npm run export:html` (scripts/export-html.mjs) only: the deck as one self-contained file.
    ...(process.env[SINGLE_FILE_ENV] ? singleFile(fileURLToPath(new URL('.', import.meta.url))) : []),
  ],
})
