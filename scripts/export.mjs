// `npm run export`: the deck as a PDF, one page per slide, drawn by a Chromium found on this
// machine (see chromium.mjs). Extra arguments go to `slidev export`, e.g.
//   npm run export -- --output handout.pdf
//   npm run export -- --with-clicks
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { findChromiumHere } from './chromium.mjs'

/** Where the PDF goes unless `--output` says otherwise; `exports/` is ignored by git. */
export const DEFAULT_OUTPUT = 'exports/b2b-vs-b2c-operations.pdf'

const args = process.argv.slice(2)
let browser
try {
  browser = await findChromiumHere()
}
catch (error) {
  console.error(`\n${error.message}\n`)
  process.exit(1)
}

const outputAt = args.indexOf('--output')
const output = outputAt >= 0 ? args[outputAt + 1] : DEFAULT_OUTPUT
if (!output || output.startsWith('--')) {
  console.error('--output needs a file name, e.g. --output exports/deck.pdf')
  process.exit(1)
}
mkdirSync(dirname(output), { recursive: true })

console.log(`Exporting with ${browser.path} (from ${browser.source})`)
const slidev = fileURLToPath(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
const exportArgs = [slidev, 'export', ...args, '--executable-path', browser.path]
if (outputAt < 0)
  exportArgs.push('--output', output)
const run = spawnSync(process.execPath, exportArgs, { stdio: 'inherit' })
process.exit(run.status ?? 1)
