// `npm run export:html`: the deck in one HTML file, exports/<deck>.html, that presents from disk
// with nothing installed and no server: double-click it, or open it in any current browser. Every
// script, style, font and image is inside it (scripts/single-file.mjs).
//   npm run export:html -- --edition zh-Hant     the Traditional Chinese edition
//   npm run export:html -- --output deck.html    another file name
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { externalReferences, SINGLE_FILE_ENV } from './single-file.mjs'
import { editionFrom, optionValue, runSlidev } from './slidev.mjs'

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}.html`
if (output.startsWith('--')) {
  console.error('--output needs a file name, e.g. --output exports/deck.html')
  process.exit(1)
}

const site = mkdtempSync(join(tmpdir(), 'deck-one-file-'))
try {
  // Hash routing (#/3) and a relative base: a page opened from disk has no server to route paths.
  // No --download: the print views and the PDF button are the site's, not the one file's.
  const status = runSlidev(['build', edition.entry, '--out', site, '--base', './', '--router-mode', 'hash'], { ...process.env, [SINGLE_FILE_ENV]: '1' })
  if (status !== 0)
    process.exit(status)
  const html = join(site, 'index.html')
  const outside = externalReferences(readFileSync(html, 'utf8'))
  if (outside.length > 0) {
    console.error(`The one-file deck still points outside itself: ${outside.join(', ')}`)
    process.exit(1)
  }
  mkdirSync(dirname(output), { recursive: true })
  copyFileSync(html, output)
  console.log(`Wrote ${output} (${(statSync(output).size / 1024 / 1024).toFixed(2)} MB): open it in a browser to present, no server needed.`)
}
finally {
  rmSync(site, { recursive: true, force: true })
}
