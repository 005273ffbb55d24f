// `npm run export`: the deck as a PDF, one page per slide. Extra arguments go to Slidev:
//   npm run export -- --output handout.pdf
//   npm run export -- --with-clicks          (one page per click: the step-by-step PDF)
//   npm run export -- --format pptx          (PowerPoint, with the speaker notes)
//   npm run export -- --edition zh-Hant      (the Traditional Chinese edition; npm run export:zh)
//
// The pages are printed from a production build of the deck served locally (`slidev build
// --download`), not from `slidev export`'s dev server: the dev server compiles each slide when it
// is first asked for, and on a cold start (a fresh clone in CI) the exporter once printed every
// page while its slide was still loading. The built site loads in one go, and it is faster.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { chromiumOrExit, editionFrom, optionValue, runSlidev } from './slidev.mjs'

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const format = optionValue(args, '--format') ?? 'pdf'
const output = optionValue(args, '--output') ?? `exports/${edition.name}.${format.startsWith('pptx') ? 'pptx' : format}`
if (output.startsWith('--')) {
  console.error('--output needs a file name, e.g. --output exports/deck.pdf')
  process.exit(1)
}
mkdirSync(dirname(output), { recursive: true })

const browser = await chromiumOrExit()
const site = mkdtempSync(join(tmpdir(), 'deck-export-site-'))
const extra = args.includes('--output') ? [] : ['--output', output]
const status = runSlidev(['build', edition.entry, '--download', '--out', site, ...args, ...extra, '--executable-path', browser.path])
rmSync(site, { recursive: true, force: true })
process.exit(status)
