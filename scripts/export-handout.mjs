// `npm run export:handout`: the learner handout, an A4 PDF with three slides a page and ruled lines
// beside each for the learner's own notes (`-- --edition zh-Hant` for the Chinese edition).
//   npm run export:handout -- --output handout.pdf
//   npm run export:handout -- --site exports/site --base /training/   (from a site already built)
//
// Printed, like the other exports, from a production build served locally: each slide is the
// site's own print view of it (`<base><n>?print=true`, as the deck PDF prints it: vector,
// real text, every chart complete, the answers shown) in a frame, laid out by one page of HTML on
// the same server, so it is set in the deck's self-hosted fonts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parser } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, editionFrom, optionValue, runSlidev } from './slidev.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Slides a handout page holds, and lines beside each. */
export const SLIDES_PER_PAGE = 3
const LINES_PER_SLIDE = 8
/** Slidev's slide, in CSS pixels, and the width it is drawn at on the page. */
const SLIDE = { width: 980, height: 552 }
const THUMB_WIDTH = 400

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-handout.pdf`
const base = optionValue(args, '--base') ?? '/'
mkdirSync(dirname(output), { recursive: true })

const browserPath = (await chromiumOrExit()).path
let site = optionValue(args, '--site')
let builtHere
if (!site) {
  builtHere = mkdtempSync(join(tmpdir(), 'deck-handout-site-'))
  // `--download` is what turns the print pages on in a build (it also prints the deck PDF).
  const status = runSlidev(['build', edition.entry, '--download', '--executable-path', browserPath, '--out', builtHere, '--base', base])
  if (status !== 0)
    process.exit(status)
  site = builtHere
}

const deck = await parser.load({ userRoot: ROOT, roots: [ROOT], allowedRoots: [ROOT] }, resolve(ROOT, edition.entry))
const server = await serveSite(site, base)
const browser = await chromium.launch({ executablePath: browserPath, args: HEADLESS_ARGS })
try {
  const page = await browser.newPage()
  // The handout page is served beside the site, so its frames and fonts come from the same origin.
  const handoutUrl = `${server.url}/__handout`
  await page.route(handoutUrl, route => route.fulfill({ contentType: 'text/html', body: handoutHtml() }))
  await page.goto(handoutUrl, { waitUntil: 'load' })
  // Every slide drawn, in its fonts, before printing.
  for (const frame of page.frames().filter(frame => frame !== page.mainFrame())) {
    const no = new URL(frame.url()).pathname.split('/').pop()
    // A slide's code loads on demand: until it has, Slidev shows "Loading slide…" in its place.
    await frame.waitForSelector(`.slidev-page-${no} .slidev-layout`, { state: 'visible' })
    await frame.waitForFunction(no => !document.querySelector(`.slidev-page-${no} .slidev-slide-loading`), no)
    await frame.evaluate(() => document.fonts.ready)
  }
  await page.evaluate(() => document.fonts.ready)
  await page.pdf({ path: output, format: 'A4', printBackground: true, preferCSSPageSize: true })
  console.log(`Learner handout of ${deck.slides.length} slides, ${Math.ceil(deck.slides.length / SLIDES_PER_PAGE)} pages: ${output}`)
}
finally {
  await browser.close()
  await server.close()
  if (builtHere)
    rmSync(builtHere, { recursive: true, force: true })
}

/** The handout: pages of three slides, each with its lines, the deck's title and the page number. */
function handoutHtml() {
  const escape = text => String(text).replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)
  // The site's own stylesheets: they carry the @font-face rules of the deck's fonts.
  const styles = [...readFileSync(join(site, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet"[^>]*>/g)].map(([link]) => link).join('')
  const title = deck.headmatter.title ?? deck.slides[0]?.title ?? ''
  const pageCount = Math.ceil(deck.slides.length / SLIDES_PER_PAGE)
  const scale = THUMB_WIDTH / SLIDE.width
  const pages = Array.from({ length: pageCount }, (_, p) => {
    const slides = deck.slides.slice(p * SLIDES_PER_PAGE, (p + 1) * SLIDES_PER_PAGE).map((_, i) => {
      const no = p * SLIDES_PER_PAGE + i + 1
      return `<div class="row">
        <div class="thumb"><iframe title="${escape(`${no}`)}" src="${server.url}/${no}?print=true" width="${SLIDE.width}" height="${SLIDE.height}"></iframe></div>
        <div class="lines">${'<div></div>'.repeat(LINES_PER_SLIDE)}</div>
      </div>`
    }).join('')
    return `<section class="sheet"><header><span>${escape(title)}</span><span>${p + 1} / ${pageCount}</span></header>${slides}</section>`
  }).join('')
  return `<!doctype html><html lang="${escape(deck.headmatter.lang ?? 'en')}"><head><meta charset="utf-8">${styles}<style>
    @page { size: A4; margin: 12mm 14mm; }
    /* Over the site's own rules, which fit its app to the window. */
    html:root, html body { height: auto; overflow: visible; margin: 0; background: #fff; color: #1c2430; font-family: Inter, 'Noto Sans TC', sans-serif; }
    .sheet { break-after: page; height: 272mm; display: flex; flex-direction: column; gap: 7mm; }
    .sheet:last-child { break-after: auto; }
    header { display: flex; justify-content: space-between; font-size: 10pt; color: #4f5b6a; border-bottom: 0.5pt solid #d5dbe3; padding-bottom: 2mm; }
    .row { display: flex; gap: 8mm; align-items: flex-start; }
    .thumb { flex: none; width: ${THUMB_WIDTH}px; height: ${Math.round(SLIDE.height * scale)}px; overflow: hidden; border: 0.5pt solid #d5dbe3; }
    .thumb iframe { border: 0; transform: scale(${scale}); transform-origin: 0 0; }
    .lines { flex: 1; display: flex; flex-direction: column; justify-content: space-between; height: ${Math.round(SLIDE.height * scale)}px; }
    .lines div { border-bottom: 0.75pt solid #8a94a3; height: 0; }
  </style></head><body>${pages}</body></html>`
}
