import type { Plugin, ViteDevServer } from 'vite'
import { fileURLToPath } from 'node:url'
// Slidev merges this into its own Vite config.
import { defineConfig } from 'vite'
import { CHART_TEXT } from './data/chart-text.ts'
import { CHARTS } from './data/charts.ts'
import { SOURCES } from './data/sources.ts'
import { editionProblems } from './lib/localize.ts'
import { fontSubset } from './scripts/font-subset.mjs'

/** How a list of chart problems is reported, in the terminal and in the browser. */
function chartProblemsMessage(problems: string[]): string {
  return `The chart data has ${problems.length} problem(s):\n${problems.join('\n')}`
}

/**
 * A bad figure or a missing translation must never reach a learner. `npm run build` (and every
 * export, which builds) stops and names every problem. `npm run dev` keeps serving, but prints the
 * problems and shows them over the page, checked again whenever a file in data/ changes.
 * The one validation is editionProblems (lib/localize.ts); `npm test` runs it too.
 */
function chartDataCheck(): Plugin {
  return {
    name: 'deck:validate-chart-data',
    buildStart() {
      if (this.meta.watchMode)
        return
      const problems = editionProblems(CHARTS, CHART_TEXT, SOURCES)
      if (problems.length > 0)
        this.error(chartProblemsMessage(problems))
    },
    configureServer(server) {
      // The latest problems found, shown again to every page that connects (or reloads).
      let message = ''
      const show = () => message && server.ws.send({ type: 'error', err: { message, stack: '' } })
      const check = async () => {
        const problems = await problemsOnDisk(server)
        message = problems.length ? chartProblemsMessage(problems) : ''
        if (message)
          server.config.logger.error(message)
        show()
      }
      server.httpServer?.once('listening', () => void check())
      server.ws.on('connection', show)
      server.watcher.on('change', (file) => {
        if (file.includes('/data/'))
          void check()
      })
    },
  }
}

/** The dev server's check: the data as it is now on disk, loaded afresh. */
async function problemsOnDisk(server: ViteDevServer): Promise<string[]> {
  const load = (path: string) => server.ssrLoadModule(fileURLToPath(new URL(path, import.meta.url)))
  const [{ CHARTS }, { CHART_TEXT }, { SOURCES }, { editionProblems }] = await Promise.all([
    load('./data/charts.ts'),
    load('./data/chart-text.ts'),
    load('./data/sources.ts'),
    load('./lib/localize.ts'),
  ])
  return editionProblems(CHARTS, CHART_TEXT, SOURCES)
}

export default defineConfig({
  // Vite's pre-bundled dependencies live beside the deck rather than in node_modules/.vite: a copy
  // of the deck that shares node_modules (the bad-data test's) then never outdates this one's.
  cacheDir: fileURLToPath(new URL('./.vite', import.meta.url)),
  // Pre-bundle the charts' scale maths when the dev server starts: found later, it makes Vite
  // reload the page, which can cut an export short.
  optimizeDeps: { include: ['d3-array'] },
  plugins: [
    // The first slide shows sooner with a fifth of Noto Sans TC's 105 @font-face rules to parse.
    fontSubset(fileURLToPath(new URL('.', import.meta.url))),
    chartDataCheck(),
  ],
})
