// `npm run export:notes`: the speaker notes as an A4 PDF, one trainer's script per slide
// (`-- --edition zh-Hant` for the Traditional Chinese edition's).
//
// Printed, like the other exports, from a production build of the deck served locally: its
// presenter view's print page (`<base>presenter/print`) lays out every slide's notes. Slidev's own
// `slidev export-notes` prints that page from its dev server, which compiles on first request:
// on a busy machine it printed the page before any note had arrived (one blank page). Here the
// page is printed once every note is on it.
//   npm run export:notes -- --output notes.pdf
//   npm run export:notes -- --site exports/site --base /training/   (from a site already built)
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parser } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, editionFrom, optionValue } from './slidev.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-notes.pdf`
const givenSite = optionValue(args, '--site')
const base = optionValue(args, '--base') ?? '/'
mkdirSync(dirname(output), { recursive: true })

/** How many slides of the edition have speaker notes: the print page lays out one block each. */
async function slidesWithNotes() {
  const deck = await parser.load({ userRoot: ROOT, roots: [ROOT], allowedRoots: [ROOT] }, resolve(ROOT, edition.entry))
  return deck.slides.filter(slide => slide.note?.trim()).length
}

const browserPath = (await chromiumOrExit()).path
let site = givenSite
let builtHere
if (!site) {
  builtHere = mkdtempSync(join(tmpdir(), 'deck-notes-site-'))
  const cli = fileURLToPath(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
  // `--download` is what turns the print pages on in a build (it also prints the deck PDF).
  const build = spawnSync(process.execPath, [cli, 'build', edition.entry, '--download', '--executable-path', browserPath, '--out', builtHere, '--base', base], { stdio: 'inherit' })
  if (build.status !== 0)
    process.exit(build.status ?? 1)
  site = builtHere
}

const expected = await slidesWithNotes()
const server = await serveSite(site, base)
const browser = await chromium.launch({ executablePath: browserPath, args: HEADLESS_ARGS })
try {
  const page = await browser.newPage()
  await page.goto(`${server.url}/presenter/print`, { waitUntil: 'networkidle' })
  // Every note laid out, in its fonts, before printing.
  await page.waitForFunction(count => document.querySelectorAll('.slidev-note').length >= count, expected)
  await page.evaluate(() => document.fonts.ready)
  await page.emulateMedia({ media: 'screen' })
  await page.pdf({ path: output, margin: { left: 0, top: 0, right: 0, bottom: 0 }, printBackground: true, preferCSSPageSize: true })
  console.log(`Speaker notes of ${expected} slides: ${output}`)
}
finally {
  await browser.close()
  await server.close()
  if (builtHere)
    rmSync(builtHere, { recursive: true, force: true })
}
