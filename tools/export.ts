// `npm run export`: every output a trainer presents from or hands out, for every edition (or the
// ones `--edition` names), from one build of each edition's site. <deck> is an edition's
// exportName in data/editions.ts (b2b-vs-b2c-operations, b2b-vs-b2c-operations-zh-Hant):
//   <deck>/                    the static site, with presenter view and a PDF download button
//   <deck>.pdf                 the deck, one page per slide
//   <deck>-step-by-step.pdf    one page per click, for self-study
//   <deck>-notes.pdf           the speaker notes
//   <deck>-notes-pages.pdf     notes pages: each slide above its speaker notes
//   <deck>-handout.pdf         the learner handout for paper (tools/handout.ts)
//                              (every PDF tagged, a bookmark per slide: tools/pdf-finish.ts)
//   <deck>.pptx                PowerPoint, one picture slide per slide, with the speaker notes
//   <deck>-editable.pptx       PowerPoint with editable text, native charts, the deck's clicks
//                              as animations and plain notes (tools/powerpoint.ts)
//   <deck>.html                the deck in one file: presents from disk, no server, nothing installed
// Options:
//   --edition <locale>   that edition only (repeatable; every edition without it)
//   --only <a,b>         those outputs only, by the names above: site, pdf, step-by-step, notes,
//                        notes-pages, handout, pptx, pptx-editable, one-file
//   --out <folder>       where they go (exports/)
//   --base </sub/path/>  where the sites will be hosted: the first edition there, every other
//                        under <base><locale>/, so all can be hosted side by side
// Each edition's site is built once, with Slidev's own build, and every other output but the one
// file is printed from it, served on the loopback (tools/slidev.ts says which Slidev gaps this
// works around); the one-file deck is a build of its own.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Browser } from 'playwright-chromium'
import type { Edition, Locale } from '../data/editions.ts'
import type { OutputName } from './outputs.ts'
import type { HandoutExtras } from './print.ts'
import type { ServedSite } from './serve.ts'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHART_FIGURES } from '../data/charts.ts'
import { EDITIONS, isLocale, LOCALES } from '../data/editions.ts'
import { SOURCES } from '../data/sources.ts'
import { citedSources } from '../lib/format.ts'
import { chartsIn, sourcesIn } from '../lib/localize.ts'
import { loadEdition, ROOT } from '../vite/decks.ts'
import { externalReferences, singleFile } from '../vite/single-file.ts'
import { findChromiumHere, launchChromium } from './chromium.ts'
import { OUTPUT_NAMES, outputPaths, siteBase } from './outputs.ts'
import { finishPowerPoint, slidesSeen } from './powerpoint.ts'
import { printHandout, printNotes, printNotesPages, printSlides, slideSize } from './print.ts'
import { serveSite } from './serve.ts'
import { buildEdition, deckPdfOf, exportFromSite } from './slidev.ts'

/** What an output is made from once its edition's site is built and served. */
interface Made {
  edition: Edition
  options: ResolvedSlidevOptions
  site: ServedSite & { dir: string, base: string }
  browser: Browser
  executablePath: string
  deck: Awaited<ReturnType<typeof loadEdition>>
}

/** How an output is made from its edition's served site. */
type MakeOutput = (made: Made, file: string) => Promise<void>

/** Every output but the site and the one file (tools/outputs.ts names them all), in the order they are made, each from the served site. */
export const OUTPUTS = {
  // Printed into the site as it is built, for its download button.
  'pdf': async ({ options, site }, file) => copyFileSync(deckPdfOf(options, site.dir), file),
  'step-by-step': ({ browser, site, deck, options }, file) => printSlides(browser, site.url, deck, slideSize(options), file, { clicks: true }),
  'notes': ({ browser, site, deck }, file) => printNotes(browser, site.url, deck, file),
  'notes-pages': ({ browser, site, deck, options }, file) => printNotesPages(browser, site.url, deck, slideSize(options), file),
  'handout': ({ browser, site, deck, options, edition }, file) => printHandout(browser, site.url, deck, slideSize(options), file, handoutExtras(edition)),
  // One slide per deck slide (not per click), so a trainer clicks through it as through the deck.
  'pptx': async ({ options, site, executablePath, deck, edition }, file) => {
    await exportFromSite(options, site, { 'format': 'pptx', 'with-clicks': false, 'executable-path': executablePath, 'output': file })
    await finishPowerPoint(file, { notes: deck.slides.map(slide => slide.note), office: edition.office })
  },
  // Each click of the deck a click animation, each chart a native chart (tools/powerpoint.ts).
  'pptx-editable': async ({ options, site, executablePath, browser, deck, edition }, file) => {
    await exportFromSite(options, site, { 'format': 'pptx-editable', 'with-clicks': false, 'executable-path': executablePath, 'output': file })
    const seen = await slidesSeen(browser, site.url, deck.slides.length, slideSize(options).width)
    const datasets = chartsIn(CHART_FIGURES, edition.words)
    const charts = new Map(deck.slides.flatMap((slide, index) => {
      const dataset = datasets.find(chart => chart.id === slide.frontmatter.chart)
      return dataset ? [[index + 1, dataset] as const] : []
    }))
    await finishPowerPoint(file, { notes: deck.slides.map(slide => slide.note), office: edition.office, seen, charts: { bySlide: charts, words: edition.words, locale: edition.locale as Locale } })
  },
} satisfies Record<Exclude<OutputName, 'site' | 'one-file'>, MakeOutput>

/** The handout's words in `edition`, and where each publication its charts cite can be checked (the link its references page prints as a QR code). */
function handoutExtras({ words }: Edition): HandoutExtras {
  const cited = citedSources(chartsIn(CHART_FIGURES, words), sourcesIn(SOURCES, words))
  return { words: words.handout, links: Object.fromEntries(cited.map(source => [source.key, source.viaUrl ?? source.url])) }
}

/** Bytes in a file, or in every file under a folder. */
function size(path: string): number {
  const stat = statSync(path)
  return stat.isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0) : stat.size
}

/** What the tool wrote: each output, its size and the seconds it took. */
export interface Written { edition: Locale, name: OutputName, path: string, bytes: number, seconds: number }

/** The outputs printed with Slidev's own exporter, each with a browser of its own; the others share one. */
const WITH_SLIDEV_EXPORTER: readonly OutputName[] = ['pptx', 'pptx-editable']

/**
 * Makes `only` of every edition in `locales` into `out`. The builds run one after another (one
 * Vite build at a time in this process): the sites first, then the one-file decks. Each edition's
 * prints start as soon as its site is served, beside the builds that follow, in two lanes (Slidev's
 * exporter, and the pages printed here), so that the machine waits on no page load alone.
 */
export async function exportEditions({ locales, only, out, base, log = console.log }: { locales: readonly Locale[], only: readonly OutputName[], out: string, base?: string, log?: (line: string) => void }): Promise<Written[]> {
  const browserPath = (await findChromiumHere()).path
  mkdirSync(out, { recursive: true })
  const written: Written[] = []
  /** Makes one output, saying so, and lists it among those written unless it is not kept. */
  const timed = async <T>(edition: Locale, name: OutputName, path: string, make: () => Promise<T>, kept = true): Promise<T> => {
    const started = performance.now()
    log(`${edition}: ${name}…`)
    const made = await make()
    if (kept)
      written.push({ edition, name, path, bytes: size(path), seconds: (performance.now() - started) / 1000 })
    return made
  }
  const fromSite = only.filter(name => name !== 'site' && name !== 'one-file') as (keyof typeof OUTPUTS)[]
  // Every site prints its deck PDF, for its download button.
  const browser = fromSite.length > 0 || only.includes('site') ? await launchChromium(browserPath) : undefined
  const printing: Promise<void>[] = []
  let buildFailed: unknown
  try {
    for (const locale of locales) {
      if (!only.includes('site') && fromSite.length === 0)
        continue
      const edition = EDITIONS[locale]
      const paths = outputPaths(edition, out)
      const hostedAt = siteBase(locale, base)
      // Built where asked for, or, when only its prints are, in a folder of its own, removed after.
      const keep = only.includes('site')
      const dir = keep ? paths.site : mkdtempSync(join(tmpdir(), 'deck-site-'))
      let options!: ResolvedSlidevOptions
      const deck = await loadEdition(edition)
      const served = await timed(locale, 'site', dir, async () => {
        options = await buildEdition(edition, { outDir: dir, base: hostedAt, download: true })
        const site = await serveSite(dir, hostedAt)
        // The deck PDF its download button fetches.
        await printSlides(browser!, site.url, deck, slideSize(options), deckPdfOf(options, dir), { clicks: false })
        return site
      }, keep)
      const prints = (async () => {
        try {
          const made: Made = { edition, options, site: { ...served, dir, base: hostedAt }, browser: browser!, executablePath: browserPath, deck }
          const lane = async (names: (keyof typeof OUTPUTS)[]) => {
            for (const name of names)
              await timed(locale, name, paths[name], () => OUTPUTS[name](made, paths[name]))
          }
          await Promise.all([
            lane(fromSite.filter(name => WITH_SLIDEV_EXPORTER.includes(name))),
            lane(fromSite.filter(name => !WITH_SLIDEV_EXPORTER.includes(name))),
          ])
        }
        finally {
          await served.close()
          if (!keep)
            rmSync(dir, { recursive: true, force: true })
        }
      })()
      // Awaited with the others below; marked handled now, so that a failure while the builds
      // go on is reported there rather than ending the process.
      prints.catch(() => {})
      printing.push(prints)
    }
    for (const locale of only.includes('one-file') ? locales : []) {
      const file = outputPaths(EDITIONS[locale], out)['one-file']
      await timed(locale, 'one-file', file, () => buildOneFile(EDITIONS[locale], file))
    }
  }
  catch (error) {
    buildFailed = error
  }
  // Every print ends (or fails) before the browser closes; a failed build, or else the first
  // failed print, is the one said.
  const printed = await Promise.allSettled(printing)
  await browser?.close()
  const printFailed = printed.find(result => result.status === 'rejected')
  if (buildFailed || printFailed)
    throw buildFailed ?? (printFailed as PromiseRejectedResult).reason
  // In the order a reader expects, whatever order they were made in.
  const order = (entry: Written) => locales.indexOf(entry.edition) * OUTPUT_NAMES.length + OUTPUT_NAMES.indexOf(entry.name)
  return written.sort((a, b) => order(a) - order(b))
}

/**
 * The deck in one HTML file that presents from disk: hash routing and a relative base (a page
 * opened from disk has no server to route paths), every script, style, font and image inside it
 * (vite/single-file.ts). No print views and no PDF button: those are the site's.
 */
export async function buildOneFile(edition: Edition, output: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-one-file-'))
  try {
    await buildEdition(edition, { outDir: dir, base: './', routerMode: 'hash', plugins: singleFile(ROOT) })
    const html = join(dir, 'index.html')
    const outside = externalReferences(readFileSync(html, 'utf8'))
    if (outside.length > 0)
      throw new Error(`The one-file deck still points outside itself: ${outside.join(', ')}`)
    copyFileSync(html, output)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A problem with what was typed: said in one line, with the usage. */
class UsageError extends Error {}

const USAGE = `Usage: npm run export [-- --edition <${LOCALES.join('|')}> --only <${OUTPUT_NAMES.join(',')}> --out <folder> --base </sub/path/>]`

/** The command line read: which editions and outputs, where. */
export function exportArgs(argv: string[]): { locales: Locale[], only: OutputName[], out: string, base?: string } {
  const { values } = parseArgs({ args: argv, options: { edition: { type: 'string', multiple: true }, only: { type: 'string' }, out: { type: 'string', default: 'exports' }, base: { type: 'string' } }, strict: true, allowPositionals: false })
  const locales = values.edition ?? [...LOCALES]
  for (const locale of locales) {
    if (!isLocale(locale))
      throw new UsageError(`--edition ${locale}: the deck has the editions ${LOCALES.join(', ')}`)
  }
  const only = values.only?.split(',').map(name => name.trim()) ?? [...OUTPUT_NAMES]
  for (const name of only) {
    if (!(OUTPUT_NAMES as readonly string[]).includes(name))
      throw new UsageError(`--only ${name}: the outputs are ${OUTPUT_NAMES.join(', ')}`)
  }
  if (values.base !== undefined && !values.base.startsWith('/'))
    throw new UsageError(`--base ${values.base}: a path the sites are hosted under, from the host's root, such as /training/`)
  return { locales: locales as Locale[], only: only as OutputName[], out: resolve(values.out), base: values.base }
}

/** Runs the command line `argv`; exits 1 with a clear line on a mistake or a failed output. */
export async function main(argv: string[]): Promise<void> {
  let args: ReturnType<typeof exportArgs>
  try {
    args = exportArgs(argv)
  }
  catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(1)
  }
  try {
    const written = await exportEditions(args)
    console.log('\nnpm run export wrote:')
    for (const { edition, name, path, bytes, seconds } of written)
      console.log(`  ${`${edition} ${name}`.padEnd(24)} ${path.padEnd(64)} ${(bytes / 1024).toFixed(0).padStart(7)} KiB  ${seconds.toFixed(1)} s`)
  }
  catch (error) {
    console.error(`\nnpm run export stopped: ${(error as Error).message}`)
    process.exit(1)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename)
  await main(process.argv.slice(2))
