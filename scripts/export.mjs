// `npm run export`: the deck as a PDF, one page per slide. Extra arguments go to `slidev export`:
//   npm run export -- --output handout.pdf
//   npm run export -- --with-clicks          (one page per click: the step-by-step PDF)
//   npm run export -- --format pptx          (PowerPoint, with the speaker notes)
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { chromiumOrExit, DECK_NAME, optionValue, runSlidev } from './slidev.mjs'

const args = process.argv.slice(2)
const format = optionValue(args, '--format') ?? 'pdf'
const output = optionValue(args, '--output') ?? `exports/${DECK_NAME}.${format.startsWith('pptx') ? 'pptx' : format}`
if (output.startsWith('--')) {
  console.error('--output needs a file name, e.g. --output exports/deck.pdf')
  process.exit(1)
}
mkdirSync(dirname(output), { recursive: true })

const browser = await chromiumOrExit()
const extra = args.includes('--output') ? [] : ['--output', output]
process.exit(runSlidev(['export', ...args, ...extra, '--executable-path', browser.path]))
