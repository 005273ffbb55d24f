// `npm run dev [-- --edition zh-Hant --port 3030]`: Slidev's dev server on an edition, opened in the
// browser, reloading as the files change; the rule book's problems show over the page
// (vite/deck-check.ts). A wrapper of the Slidev CLI for one gap: Slidev takes an entry file, the
// deck's editions are named in data/editions.ts.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { EDITIONS, isLocale, LOCALES } from '../data/editions.ts'
import { ROOT } from '../vite/decks.ts'

/** The Slidev CLI's arguments for `argv`, or a clear error. */
export function devArgs(argv: string[]): string[] {
  const { values } = parseArgs({ args: argv, options: { edition: { type: 'string', default: LOCALES[0] }, port: { type: 'string' } }, strict: true })
  if (!isLocale(values.edition))
    throw new Error(`--edition ${values.edition}: the deck has the editions ${LOCALES.join(', ')}`)
  return [EDITIONS[values.edition].entry, '--open', ...(values.port ? ['--port', values.port] : [])]
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  let args: string[]
  try {
    args = devArgs(process.argv.slice(2))
  }
  catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run dev [-- --edition <${LOCALES.join('|')}> --port <port>]`)
    process.exit(1)
  }
  const cli = fileURLToPath(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' })
  child.on('exit', code => process.exit(code ?? 1))
}
