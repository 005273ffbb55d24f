// `npm run export:all`: every output a trainer hands out or presents from, into one folder
// (exports/ by default, ignored by git):
//   <deck>.pdf                 the handout, one page per slide
//   <deck>-step-by-step.pdf    one page per click, for self-study
//   <deck>-notes.pdf           the speaker notes
//   <deck>.pptx                PowerPoint, one picture slide per slide, with the speaker notes
//   site/                      the static site, with presenter view and a PDF download button
// Options: --out <folder>, --base </sub/path/> (for the site).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { DECK_NAME, optionValue } from './slidev.mjs'

const args = process.argv.slice(2)
const out = optionValue(args, '--out') ?? 'exports'
const base = optionValue(args, '--base')
mkdirSync(out, { recursive: true })

const script = name => fileURLToPath(new URL(`./${name}`, import.meta.url))
const steps = [
  ['deck PDF', 'export.mjs', ['--output', join(out, `${DECK_NAME}.pdf`)], join(out, `${DECK_NAME}.pdf`)],
  ['step-by-step PDF', 'export.mjs', ['--with-clicks', '--output', join(out, `${DECK_NAME}-step-by-step.pdf`)], join(out, `${DECK_NAME}-step-by-step.pdf`)],
  ['speaker-notes PDF', 'export-notes.mjs', ['--output', join(out, `${DECK_NAME}-notes.pdf`)], join(out, `${DECK_NAME}-notes.pdf`)],
  // One slide per deck slide (not per click), so a trainer clicks through it as through the deck.
  ['PowerPoint', 'export.mjs', ['--format', 'pptx', '--no-with-clicks', '--output', join(out, `${DECK_NAME}.pptx`)], join(out, `${DECK_NAME}.pptx`)],
  ['static site', 'build.mjs', ['--out', join(out, 'site'), ...(base ? ['--base', base] : [])], join(out, 'site')],
]

/** Bytes in a file, or in every file under a folder. */
function size(path) {
  const stat = statSync(path)
  return stat.isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0) : stat.size
}

const made = []
for (const [what, file, stepArgs, result] of steps) {
  console.log(`\n=== ${what} ===`)
  const started = Date.now()
  const run = spawnSync(process.execPath, [script(file), ...stepArgs], { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`\nexport:all stopped: the ${what} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  made.push({ what, result, bytes: size(result), seconds: (Date.now() - started) / 1000 })
}

console.log('\nexport:all wrote:')
for (const { what, result, bytes, seconds } of made)
  console.log(`  ${what.padEnd(18)} ${result.padEnd(48)} ${(bytes / 1024).toFixed(0).padStart(7)} KiB  ${seconds.toFixed(1)} s`)
