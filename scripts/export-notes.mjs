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
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, editionFrom, loadEdition, optionValue, printableSite } from './slidev.mjs'

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-notes.pdf`
mkdirSync(dirname(output), { recursive: true })

const browserPath = (await chromiumOrExit()).path
const { site, base, remove } = printableSite(edition, args, browserPath)
// How many slides have speaker notes: the print page lays out one block each.
const expected = (await loadEdition(edition)).slides.filter(slide => slide.note?.trim()).length
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
  remove()
}
