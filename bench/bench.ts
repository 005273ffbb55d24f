// `npm run bench`: builds, loads and exports this deck and a bare Slidev deck (bench/bare, the
// same Slidev and theme) side by side, measures the charts' animation and the live vote's latency
// under load (bench/live.ts), prints a table with the ratios and the targets, and writes it all
// to bench/results.json. Timings vary from run to run: they are reported here, never asserted in
// tests (only the deterministic size budget is).
// `npm run bench -- --bare` only records the bare deck's weight, the size budget's yardstick
// (bench/bare.ts, bench/bare-size.json).
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Browser } from 'playwright-chromium'
import type { AssetSizes } from './bundle-size.ts'
import type { LiveLatency } from './live.ts'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { resolveOptions } from '@slidev/cli'
import { EDITIONS } from '../data/editions.ts'
import { findChromiumHere, launchChromium } from '../tools/chromium.ts'
import { buildOneFile } from '../tools/export.ts'
import { serveSite } from '../tools/serve.ts'
import { buildWithSlidev, deckPdfOf, exportFromSite } from '../tools/slidev.ts'
import { loadEdition, ROOT } from '../vite/decks.ts'
import { weighBareDeck } from './bare.ts'
import { assetSizes, BARE_SIZE_FILE, JS_BUDGET_RATIO } from './bundle-size.ts'
import { liveLatency, liveLatencyLine } from './live.ts'

declare global {
  interface Window {
    __firstSlide: Promise<{ ms: number, fontsMs: number }>
    __probe: { frames: number[], longTasks: number, running: boolean }
  }
}

const OUT = join(ROOT, 'bench/.out')
/**
 * Cold loads per deck: in ROUNDS rounds of LOADS_PER_ROUND, alternating the decks. The figure is
 * the median of all of them; each round's median shows the spread from run to run.
 */
const ROUNDS = 3
const LOADS_PER_ROUND = 15
/** The layout of the impact slides (as the tests find them), whose charts animate over three clicks each. */
const CHART_SLIDE_LAYOUT = 'impact'
/** How long a slide is left to settle, once the deck is loaded, before its chart animation is measured. */
const SETTLE_MS = 1000
/** A frame later than this after the previous one is a dropped frame (at 60 frames a second). */
const DROPPED_FRAME_MS = 25

/** The two decks compared, by their entry. */
const DECKS = [
  { name: 'this deck', entry: join(ROOT, EDITIONS.en.entry) },
  { name: 'bare deck', entry: join(ROOT, 'bench/bare/slides.md') },
] as const
type DeckName = typeof DECKS[number]['name']

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
/** The most a built site of one edition may weigh, PDF download included; and its one-file deck. */
const SIZE_BUDGET_BYTES = 3 * 1024 * 1024

/** Bytes of the files under `dir` whose name matches `pattern`. */
function dirBytes(dir: string, pattern = /./): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && pattern.test(entry.name))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
}

/** Slidev's build of a deck (its resolved options) into `outDir`, in seconds. */
async function timedBuild(options: ResolvedSlidevOptions, outDir: string, download = false): Promise<number> {
  const started = performance.now()
  await buildWithSlidev(options, { outDir, download })
  return (performance.now() - started) / 1000
}

/**
 * Records, in the page itself, the first animation frame in which slide 1 is displayed (its text
 * may still be in a fallback face: the fonts swap in), and when its fonts are loaded after that:
 * no round trip to the test runner in the figures.
 */
function firstSlideProbe(): void {
  window.__firstSlide = new Promise((resolve) => {
    const check = () => {
      const slide = document.querySelector('.slidev-page-1')
      if (slide && slide.getClientRects().length > 0 && getComputedStyle(slide).visibility !== 'hidden') {
        const shown = performance.now()
        // Laying the page out asks for the faces its text needs, so `ready` waits for them.
        void document.body.offsetHeight
        document.fonts.ready.then(() => resolve({ ms: shown, fontsMs: performance.now() }))
      }
      else {
        requestAnimationFrame(check)
      }
    }
    requestAnimationFrame(check)
  })
}

/**
 * For one cold load of `address` (slide 1 of a site, or of the one-file deck): milliseconds until
 * slide 1 is displayed, until its fonts are loaded too, and bytes fetched.
 */
async function coldLoad(browser: Browser, address: string): Promise<{ ms: number, fontsMs: number, bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(firstSlideProbe)
  await page.goto(address)
  const { ms, fontsMs } = await page.evaluate(() => window.__firstSlide)
  await page.waitForLoadState('networkidle')
  const bytes = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0))
  await context.close()
  return { ms, fontsMs, bytes }
}

/** Frames, dropped frames and long tasks while each chart builds over its three clicks. */
async function chartAnimation(browser: Browser, url: string, slides: { index: number, title?: string, frontmatter: Record<string, unknown> }[]): Promise<{ title?: string, frames: number, dropped: number, longTasks: number }[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const results = []
  const charted = slides.filter(slide => slide.frontmatter.layout === CHART_SLIDE_LAYOUT)
  for (const { index, title } of charted) {
    const no = index + 1
    await page.goto(`${url}/${no}`, { waitUntil: 'networkidle' })
    await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
    // Three seconds after it opens, Slidev mounts every slide of the deck in the background (its
    // SlidesShow.vue), one task of 100 ms or more. A trainer is still on the cover then; measured
    // before it, that start-up work would be counted as the chart's. So wait for every slide to be
    // mounted, then for the page to settle: only the animation is measured.
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, slides.length)
    await page.waitForTimeout(SETTLE_MS)
    await page.evaluate(() => {
      const probe = { frames: [] as number[], longTasks: 0, running: true }
      window.__probe = probe
      new PerformanceObserver(list => probe.longTasks += list.getEntries().length).observe({ type: 'longtask' })
      const tick = (time: number) => {
        probe.frames.push(time)
        if (probe.running)
          requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    for (let click = 0; click < 3; click++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(1200)
    }
    const { frames, longTasks } = await page.evaluate(() => {
      window.__probe.running = false
      return window.__probe
    })
    const dropped = frames.slice(1).filter((time, i) => time - frames[i] > DROPPED_FRAME_MS).length
    results.push({ title, frames: frames.length, dropped, longTasks })
  }
  await page.close()
  return results
}

function pdfPages(pdf: string): number {
  return Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1])
}

if (parseArgs({ args: process.argv.slice(2), options: { bare: { type: 'boolean' } }, strict: true }).values.bare) {
  const size = await weighBareDeck()
  writeFileSync(BARE_SIZE_FILE, `${JSON.stringify(size, null, 2)}\n`)
  console.log(`The bare deck ships ${size.jsGzip} B of gzipped JavaScript: bench/bare-size.json`)
  process.exit(0)
}

const browserPath = (await findChromiumHere()).path
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })
const { slides } = await loadEdition(EDITIONS.en)

/** What was measured of each deck. */
interface DeckMeasures {
  options: ResolvedSlidevOptions
  buildSeconds: number
  sizes: AssetSizes
  budgetSizes: AssetSizes
  firstSlideMs: number
  fontsLoadedMs: number
  transferredBytes: number
  byRound: Record<'ms' | 'fontsMs' | 'bytes', number[]>
  exportSecondsPerPage: number
  pdfBytesPerPage: number
  pages: number
  animation: Awaited<ReturnType<typeof chartAnimation>>
  liveVote: LiveLatency
}
const measured = {} as Record<DeckName, DeckMeasures>
const browser = await launchChromium(browserPath)
const chromiumVersion = browser.version()
const servers = {} as Record<DeckName, Awaited<ReturnType<typeof serveSite>>>
for (const deck of DECKS) {
  console.log(`Building ${deck.name}…`)
  const site = join(OUT, deck.name.replace(' ', '-'))
  const options = await resolveOptions({ entry: deck.entry }, 'build')
  const buildSeconds = await timedBuild(options, site)
  measured[deck.name] = { options, buildSeconds, sizes: assetSizes(site), budgetSizes: assetSizes(site, { speakerNotes: false }) } as DeckMeasures
  servers[deck.name] = await serveSite(site)
}

// Loads alternate between the decks, so both see the same machine load.
console.log(`Loading each deck ${ROUNDS} × ${LOADS_PER_ROUND} times…`)
const rounds: Record<DeckName, Awaited<ReturnType<typeof coldLoad>>[]>[] = []
for (let round = 0; round < ROUNDS; round++) {
  const loads = Object.fromEntries(DECKS.map(deck => [deck.name, [] as Awaited<ReturnType<typeof coldLoad>>[]])) as Record<DeckName, Awaited<ReturnType<typeof coldLoad>>[]>
  for (let i = 0; i < LOADS_PER_ROUND; i++) {
    for (const deck of DECKS)
      loads[deck.name].push(await coldLoad(browser, `${servers[deck.name].url}/1`))
  }
  rounds.push(loads)
}
const LOAD_MEASURES = ['ms', 'fontsMs', 'bytes'] as const
for (const deck of DECKS) {
  const all = rounds.flatMap(loads => loads[deck.name])
  const [firstSlideMs, fontsLoadedMs, transferredBytes] = LOAD_MEASURES.map(measure => median(all.map(load => load[measure])))
  const byRound = Object.fromEntries(LOAD_MEASURES.map(measure => [measure, rounds.map(loads => median(loads[deck.name].map(load => load[measure])))])) as DeckMeasures['byRound']
  Object.assign(measured[deck.name], { firstSlideMs, fontsLoadedMs, transferredBytes, byRound })
}

console.log('Measuring the chart animations…')
measured['this deck'].animation = await chartAnimation(browser, servers['this deck'].url, slides)
await Promise.all(Object.values(servers).map(server => server.close()))

// Each edition's site as `npm run build` makes it (PDF download included): what a host serves.
const editions = {} as Record<string, { siteBytes: number, fontBytes: number, oneFileBytes: number, oneFileFirstSlideMs: number }>
for (const edition of Object.values(EDITIONS)) {
  console.log(`Building the ${edition.locale} site as npm run build does…`)
  const site = join(OUT, `site-${edition.locale}`)
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/export.ts'), '--edition', edition.locale, '--only', 'site', '--out', site], { cwd: ROOT, stdio: 'ignore' })
  const built = join(site, edition.exportName)
  editions[edition.locale] = { siteBytes: dirBytes(built), fontBytes: dirBytes(built, /\.(?:woff2?|ttf|otf)$/) } as typeof editions[string]
}

// Each edition as one HTML file (npm run export -- --only one-file), opened from disk: its size,
// and how soon its first slide shows.
for (const edition of Object.values(EDITIONS)) {
  console.log(`Exporting the ${edition.locale} edition as one file, and opening it from disk…`)
  const file = join(OUT, `${edition.exportName}.html`)
  await buildOneFile(edition, file)
  const loads = []
  for (let i = 0; i < LOADS_PER_ROUND; i++)
    loads.push(await coldLoad(browser, `${pathToFileURL(file).href}#/1`))
  Object.assign(editions[edition.locale], { oneFileBytes: statSync(file).size, oneFileFirstSlideMs: median(loads.map(load => load.ms)) })
}

console.log('Measuring the live vote under load…')
measured['this deck'].liveVote = await liveLatency(browser)

for (const deck of DECKS) {
  console.log(`Exporting ${deck.name}…`)
  // The way `npm run export` does it (tools/export.ts): a build with the print views, then its
  // deck PDF printed from it, served.
  const site = join(OUT, `${deck.name.replace(' ', '-')}-export-site`)
  const options = await resolveOptions({ entry: deck.entry, download: true }, 'build')
  const buildSeconds = await timedBuild(options, site, true)
  const served = await serveSite(site)
  const pdf = deckPdfOf(options, site)
  const started = performance.now()
  await exportFromSite(options, { port: served.port, base: '/' }, { 'format': 'pdf', 'with-clicks': false, 'executable-path': browserPath, 'output': pdf })
  await served.close()
  const exportSeconds = buildSeconds + (performance.now() - started) / 1000
  const pages = pdfPages(pdf)
  Object.assign(measured[deck.name], { exportSecondsPerPage: exportSeconds / pages, pdfBytesPerPage: statSync(pdf).size / pages, pages })
}
await browser.close()

const ours = measured['this deck']
const bare = measured['bare deck']
/** Each round's ratio of a load measure, this deck to the bare one: "1.02×, 1.08×, 0.97×". */
const spread = (measure: keyof DeckMeasures['byRound']) => ours.byRound[measure].map((value, i) => `${(value / bare.byRound[measure][i]).toFixed(2)}×`).join(', ')
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const rows: [string, string, string, number, number | undefined][] = [
  ['build time', `${ours.buildSeconds.toFixed(1)} s`, `${bare.buildSeconds.toFixed(1)} s`, ours.buildSeconds / bare.buildSeconds, undefined],
  ['JavaScript, raw', kib(ours.sizes.js.raw), kib(bare.sizes.js.raw), ours.sizes.js.raw / bare.sizes.js.raw, undefined],
  ['JavaScript, gzipped', kib(ours.sizes.js.gzip), kib(bare.sizes.js.gzip), ours.sizes.js.gzip / bare.sizes.js.gzip, undefined],
  ['JavaScript, gzipped, speaker notes aside (the budget)', kib(ours.budgetSizes.js.gzip), kib(bare.budgetSizes.js.gzip), ours.budgetSizes.js.gzip / bare.budgetSizes.js.gzip, JS_BUDGET_RATIO],
  ['CSS, raw', kib(ours.sizes.css.raw), kib(bare.sizes.css.raw), ours.sizes.css.raw / bare.sizes.css.raw, undefined],
  ['CSS, gzipped', kib(ours.sizes.css.gzip), kib(bare.sizes.css.gzip), ours.sizes.css.gzip / bare.sizes.css.gzip, undefined],
  ['bytes transferred, first slide', kib(ours.transferredBytes), kib(bare.transferredBytes), ours.transferredBytes / bare.transferredBytes, 1.2],
  [`first slide visible (median of ${ROUNDS * LOADS_PER_ROUND}; rounds ${spread('ms')})`, `${ours.firstSlideMs.toFixed(0)} ms`, `${bare.firstSlideMs.toFixed(0)} ms`, ours.firstSlideMs / bare.firstSlideMs, 1.1],
  [`first slide with its fonts loaded (rounds ${spread('fontsMs')})`, `${ours.fontsLoadedMs.toFixed(0)} ms`, `${bare.fontsLoadedMs.toFixed(0)} ms`, ours.fontsLoadedMs / bare.fontsLoadedMs, 1.15],
  ['PDF export per page', `${ours.exportSecondsPerPage.toFixed(2)} s`, `${bare.exportSecondsPerPage.toFixed(2)} s`, ours.exportSecondsPerPage / bare.exportSecondsPerPage, 1.5],
  ['PDF bytes per page', kib(ours.pdfBytesPerPage), kib(bare.pdfBytesPerPage), ours.pdfBytesPerPage / bare.pdfBytesPerPage, undefined],
]

const lines = [
  '| measure | this deck | bare deck | ratio | target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(([what, a, b, ratio, target]) =>
    `| ${what} | ${a} | ${b} | ${ratio.toFixed(2)}× | ${target ? `≤ ${target}× ${ratio <= target ? 'met' : 'MISSED'}` : ''} |`),
]
const longTasks = ours.animation.reduce((sum, chart) => sum + chart.longTasks, 0)
lines.push('', '| chart animation (3 clicks) | frames | dropped frames | long tasks (> 50 ms) |', '| --- | --- | --- | --- |')
for (const chart of ours.animation)
  lines.push(`| ${chart.title} | ${chart.frames} | ${chart.dropped} | ${chart.longTasks} |`)
lines.push('', `Target: no long task during chart animations: ${longTasks === 0 ? 'met' : `MISSED (${longTasks})`}.`)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const withinBudget = (bytes: number) => `≤ 3 MB ${bytes <= SIZE_BUDGET_BYTES ? 'met' : 'MISSED'}`
lines.push('', `| edition | built site (npm run build, PDF included) | its fonts | one file (npm run export -- --only one-file) | its first slide from disk (median of ${LOADS_PER_ROUND}) |`, '| --- | --- | --- | --- | --- |')
for (const [locale, { siteBytes, fontBytes, oneFileBytes, oneFileFirstSlideMs }] of Object.entries(editions))
  lines.push(`| ${locale} | ${mb(siteBytes)} (${withinBudget(siteBytes)}) | ${kib(fontBytes)} | ${mb(oneFileBytes)} (${withinBudget(oneFileBytes)}) | ${oneFileFirstSlideMs.toFixed(0)} ms |`)
lines.push('', liveLatencyLine(ours.liveVote))
const slidevVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/@slidev/cli/package.json'), 'utf8')).version
lines.push(`Decks: this deck ${ours.pages} slides, bare deck ${bare.pages} slides; Slidev ${slidevVersion}, Chromium ${chromiumVersion}.`)

const table = lines.join('\n')
console.log(`\n${table}\n`)
const { options: _ours, ...oursMeasured } = ours
const { options: _bare, ...bareMeasured } = bare
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), decks: { 'this deck': oursMeasured, 'bare deck': bareMeasured, editions }, table }, null, 2)}\n`)
console.log('Written to bench/results.json')
