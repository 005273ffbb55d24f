// The live session's commands (`node --import tsx live/commands.ts <command>`, as npm runs them):
//   npm run present [-- <options>]     the deck on this machine, the vote on the room's network
//   npm run present:results            the votes per question, as JSON and CSV
//   npm run present:reset              clears the votes, before a new session (server stopped)
// Options: --edition zh-Hant, --port <deck, 3030>, --room-port <vote, 3031>,
// --address <the room's address, when the machine has several>, --site <a built site to serve
// instead of building one>, --dir <where the votes and the built deck are kept, .live/>,
// --output <results, without extension>.
import type { ParseArgsConfig } from 'node:util'
import type { Edition, Locale } from '../data/editions.ts'
import type { QuizSlide } from './questions.ts'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHART_FIGURES } from '../data/charts.ts'
import { EDITIONS, isLocale, wordsOf } from '../data/editions.ts'
import { CORRECT_CHOICES } from '../data/knowledge-check.ts'
import { knowledgeCheck } from '../lib/knowledge-check.ts'
import { chartsIn } from '../lib/localize.ts'
import { buildEdition } from '../tools/slidev.ts'
import { loadEdition } from '../vite/decks.ts'
import { chooseRoomAddress, roomAddresses } from './network.ts'
import { liveResults, resultsCsv } from './results.ts'
import { readVoteBook } from './rules.ts'
import { startLiveServer } from './server.ts'
import { voteCount, votesFile } from './vote-file.ts'

const ROOT = resolve(import.meta.dirname, '..')
const USAGE = `Usage: npm run present [-- --edition zh-Hant --port 3030 --room-port 3031 --address <ip> --site <built site> --dir <folder>]
       npm run present:results [-- --edition zh-Hant --output <path without extension> --dir <folder>]
       npm run present:reset [-- --edition zh-Hant --dir <folder>]`

const OPTIONS = {
  'edition': { type: 'string', default: 'en' },
  'dir': { type: 'string', default: join(ROOT, '.live') },
  'port': { type: 'string', default: '3030' },
  'room-port': { type: 'string' },
  'address': { type: 'string' },
  'site': { type: 'string' },
  'output': { type: 'string' },
} satisfies ParseArgsConfig['options']

/** A problem with what the trainer typed: said in one line, with the usage, and exit 1. */
class UsageError extends Error {}

function portOf(value: string, name: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--${name} ${value}: a port is a whole number from 1 to 65535`)
  return port
}

function editionOf(value: string): Edition & { locale: Locale } {
  if (!isLocale(value))
    throw new UsageError(`--edition ${value}: the deck has the editions ${Object.keys(EDITIONS).join(', ')}`)
  return EDITIONS[value]
}

/** `npm run present`: builds the edition (unless --site), then serves the deck and the vote. */
async function present(values: Record<string, string | undefined>) {
  const edition = editionOf(values.edition!)
  const deckPort = portOf(values.port!, 'port')
  const roomPort = portOf(values['room-port'] ?? String(deckPort + 1), 'room-port')
  if (roomPort === deckPort)
    throw new UsageError(`--room-port ${roomPort}: the room and the deck need ports of their own`)
  const choice = chooseRoomAddress(roomAddresses(networkInterfaces()), values.address)
  if ('problem' in choice)
    throw new UsageError(choice.problem)

  const dir = resolve(values.dir!)
  let site = values.site && resolve(values.site)
  if (!site) {
    site = join(dir, `site-${edition.locale}`)
    console.log(`Building the deck for the session into ${site} (a production build, as tested)…`)
    await buildEdition(edition, { outDir: site })
  }
  else if (!existsSync(join(site, 'index.html'))) {
    throw new UsageError(`--site ${values.site}: no built site there (npm run build makes one in dist/<deck>/)`)
  }

  const slides: QuizSlide[] = (await loadEdition(edition)).slides.map(slide => slide.frontmatter)
  const file = votesFile(dir, edition.locale)
  const log = (message: string) => console.log(`[live] ${message}`)
  const server = await startLiveServer({ locale: edition.locale, slides, site, votesFile: file, address: choice.address.address, roomPort, deckPort, log })

  log(`the room votes at ${server.voteUrl} (${choice.address.name}); the QR code is on each knowledge-check slide`)
  if (choice.address.address === '127.0.0.1' && values.address === undefined)
    log('this machine is on no network: only this machine can vote. Join the room\'s Wi-Fi (or start this laptop\'s hotspot) and start again.')
  // The same command with another address: the edition and the ports kept, the build reused.
  const again = (other: string) => `npm run present -- --edition ${edition.locale} --port ${deckPort} --room-port ${roomPort} --site ${site} --address ${other}`
  for (const other of choice.others)
    log(`if the phones are on the network of ${other.name}, start again with: ${again(other.address)}`)
  log(`projector: ${server.deckUrl}/  presenter view: ${server.deckUrl}/presenter/  (this machine only)`)
  log('Ctrl-C ends the session; every vote counted is on disk.')

  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C while the last votes are written: the trainer wants out now.
      if (stopping)
        process.exit(1)
      stopping = true
      server.close().then(() => {
        log(`stopped: every vote counted is in ${file}`)
        process.exit(0)
      }, (error: Error) => {
        console.error(`[live] stopping: ${error.message}`)
        process.exit(1)
      })
    })
  }
}

/** `npm run present:results`: the votes per question, to `<output>.json` and `.csv`. */
function results(values: Record<string, string | undefined>) {
  const { locale } = editionOf(values.edition!)
  const file = votesFile(resolve(values.dir!), locale)
  const book = existsSync(file) ? readVoteBook(JSON.parse(readFileSync(file, 'utf8'))) : {}
  if (typeof book === 'string')
    throw new Error(`${file}: ${book}`)
  const rows = liveResults(book, knowledgeCheck(wordsOf(locale).quiz, chartsIn(CHART_FIGURES, wordsOf(locale)), locale), CORRECT_CHOICES)
  const base = resolve(values.output ?? join(ROOT, 'exports', locale === 'en' ? 'live-results' : `live-results-${locale}`))
  mkdirSync(dirname(base), { recursive: true })
  writeFileSync(`${base}.json`, `${JSON.stringify(rows, null, 2)}\n`)
  writeFileSync(`${base}.csv`, resultsCsv(rows))
  console.log(`${voteCount(book)} vote(s) on ${new Set(rows.map(row => row.question)).size} questions: ${base}.json, ${base}.csv`)
}

/** `npm run present:reset`: the edition's votes cleared. */
function reset(values: Record<string, string | undefined>) {
  const file = votesFile(resolve(values.dir!), editionOf(values.edition!).locale)
  rmSync(file, { force: true })
  console.log(`Cleared the session's votes (${file}).`)
}

const COMMANDS = { present, results, reset }

/** Runs `argv` (a command and its options); a mistake in them is said in a line, with the usage. */
export async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  try {
    if (!Object.hasOwn(COMMANDS, command ?? ''))
      throw new UsageError(`${command ?? '(no command)'}: the commands are ${Object.keys(COMMANDS).join(', ')}`)
    // `npm run present -- --port 4000` passes no "--"; a command typed with one may.
    const { values } = parseArgs({ args: rest.filter(arg => arg !== '--'), options: OPTIONS, strict: true })
    await COMMANDS[command as keyof typeof COMMANDS](values)
  }
  catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
    console.error(`${usage ? '' : 'npm run present: '}${(error as Error).message}${usage ? `\n${USAGE}` : ''}`)
    process.exit(1)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename)
  await run(process.argv.slice(2))
