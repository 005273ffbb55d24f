// The build's and the dev server's check of the deck against its rule book (lib/deck-problems.ts).
import type { Plugin, ViteDevServer } from 'vite'
import type { DeckData } from '../lib/deck-problems.ts'
import { DECK_DATA } from '../data/deck.ts'
import { deckProblems } from '../lib/deck-problems.ts'
import { loadDecks } from './decks.ts'

/** How a list of problems is reported, in the terminal and in the browser. */
function problemsMessage(problems: string[]): string {
  return `The deck has ${problems.length} problem(s):\n${problems.join('\n')}`
}

/**
 * A bad figure, a missing word, a slide without what its layout needs or a session plan that does
 * not add up must never reach a learner. A build (`npm run build`, every export) stops and names
 * every problem, in every edition. The dev server keeps serving, but prints the problems and shows
 * them over the page, checked again whenever a file in data/, lib/, pages/ or an entry changes.
 *
 * @param options the check's options
 * @param options.root the deck's folder
 */
export function deckCheck({ root }: { root: string }): Plugin {
  return {
    name: 'deck:check',
    async buildStart() {
      if (this.meta.watchMode)
        return
      const problems = deckProblems(await loadDecks(root), DECK_DATA as DeckData)
      if (problems.length > 0)
        this.error(problemsMessage(problems))
    },
    configureServer(server) {
      // The latest problems found, shown again to every page that connects (or reloads).
      let message = ''
      const show = () => message && server.ws.send({ type: 'error', err: { message, stack: '' } })
      // Two saves in a row start two checks: only the latest one's verdict counts, whichever ends last.
      let latest = 0
      const check = async () => {
        const mine = ++latest
        // A file that does not load (a syntax error, say) is Vite's to show; said here too, and the
        // server keeps serving.
        const problems = await problemsOnDisk(server, root).catch((error: Error) => {
          server.config.logger.error(`The deck's rule book could not be run: ${error.message}`)
        })
        if (!problems || mine !== latest)
          return
        const fixed = message !== '' && problems.length === 0
        message = problems.length ? problemsMessage(problems) : ''
        if (message)
          server.config.logger.error(message)
        show()
        // The pages' overlay goes with Vite's own update for the change; said in the terminal too, at
        // the level of the problems it answers (the dev server says no less than warnings).
        if (fixed)
          server.config.logger.warn('The deck has no problems now.')
      }
      server.httpServer?.once('listening', () => void check())
      server.ws.on('connection', show)
      server.watcher.on('change', (file) => {
        if (/\/(?:data|lib)\//.test(file) || file.endsWith('.md'))
          void check()
      })
    },
  }
}

/** The dev server's check: the data, the rules and the slides as they are now on disk, loaded afresh. */
async function problemsOnDisk(server: ViteDevServer, root: string): Promise<string[]> {
  // Afresh indeed: Vite's own invalidation of a changed file may come after this check has begun,
  // and would not reach the rule book through data/deck.ts. The SSR graph holds only the rule book.
  server.environments.ssr.moduleGraph.invalidateAll()
  const load = (path: string) => server.ssrLoadModule(`${root}/${path}`)
  const [{ DECK_DATA }, { deckProblems }] = await Promise.all([load('data/deck.ts'), load('lib/deck-problems.ts')])
  return deckProblems(await loadDecks(root), DECK_DATA)
}
