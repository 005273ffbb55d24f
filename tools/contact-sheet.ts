// `npm run contact-sheet`: every slide of an edition on one PNG, fully revealed, in light mode and
// in dark mode, for a reviewer to see the whole deck's design at a glance. Generated, never
// committed (contact-sheets/ is ignored).
//   npm run contact-sheet -- --edition zh-Hant
//   npm run contact-sheet -- --site dist/b2b-vs-b2c-operations        (from a site already built, at /)
//   npm run contact-sheet -- --out sheet.png --width 240 --columns 6 --modes light
//
// Each slide is shot as the audience sees it on its last click, under reduced motion (so every
// chart shows its final state), then the shots are laid out in a grid by the same Chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { EDITIONS, isLocale, LOCALES } from '../data/editions.ts'
import { escapeHtml } from '../lib/format.ts'
import { loadEdition } from '../vite/decks.ts'
import { findChromiumHere, launchChromium } from './chromium.ts'
import { slideSize } from './print.ts'
import { serveSite } from './serve.ts'
import { buildEdition, buildOptions } from './slidev.ts'

const MODES = ['light', 'dark'] as const
type Mode = typeof MODES[number]

/** A whole number above 0 from option `name`, or a clear error. */
function positive(name: string, given: string): number {
  const value = Number(given)
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} ${given}: expected a whole number of pixels or columns above 0`)
  return value
}

/** The command line read. */
export function contactSheetArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { edition: { type: 'string', default: LOCALES[0] }, site: { type: 'string' }, out: { type: 'string' }, width: { type: 'string', default: '320' }, columns: { type: 'string', default: '5' }, modes: { type: 'string', default: MODES.join(',') } },
    strict: true,
  })
  if (!isLocale(values.edition))
    throw new Error(`--edition ${values.edition}: the deck has the editions ${LOCALES.join(', ')}`)
  const modes = values.modes.split(',')
  for (const mode of modes) {
    if (!(MODES as readonly string[]).includes(mode))
      throw new Error(`--modes ${mode}: a contact sheet shows the modes ${MODES.join(', ')}`)
  }
  const edition = EDITIONS[values.edition]
  return {
    edition,
    site: values.site,
    output: resolve(values.out ?? `contact-sheets/${edition.exportName}.png`),
    thumbWidth: positive('width', values.width),
    columns: positive('columns', values.columns),
    modes: modes as Mode[],
  }
}

/** Shoots every slide and lays the shots out; returns how many slides it shot. */
export async function contactSheet({ edition, site, output, thumbWidth, columns, modes }: ReturnType<typeof contactSheetArgs>): Promise<number> {
  const deck = await loadEdition(edition)
  const titles = deck.slides.map(slide => slide.title ?? '')
  const slide = slideSize(await buildOptions(edition))
  const browserPath = (await findChromiumHere()).path
  const builtHere = site ? undefined : mkdtempSync(join(tmpdir(), 'deck-contact-sheet-'))
  if (builtHere)
    await buildEdition(edition, { outDir: builtHere })
  const server = await serveSite(site ?? builtHere!)
  const browser = await launchChromium(browserPath)
  try {
    /** PNGs as data URLs, by mode, in slide order. */
    const shots: Partial<Record<Mode, string[]>> = {}
    for (const mode of modes) {
      const page = await browser.newPage({ viewport: slide, reducedMotion: 'reduce', colorScheme: mode })
      const urls: string[] = shots[mode] = []
      for (let no = 1; no <= titles.length; no++) {
        // Past the last click: Slidev clamps it to the slide's own count.
        await page.goto(`${server.url}/${no}?clicks=99`, { waitUntil: 'networkidle' })
        const shown = page.locator(`.slidev-page-${no}`)
        await shown.waitFor({ state: 'visible' })
        await page.evaluate(() => document.fonts.ready)
        await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
        urls.push(`data:image/png;base64,${(await shown.screenshot()).toString('base64')}`)
      }
      await page.close()
    }
    const sheet = await browser.newPage({ viewport: { width: columns * (thumbWidth + 12) + 12, height: 600 } })
    // The captions are set in the deck's own faces (a Chinese title has no system font here): the
    // sheet is written over the site's page, whose font rules it keeps, with their addresses.
    await sheet.goto(server.url, { waitUntil: 'networkidle' })
    const faces = await sheet.evaluate(() => [...document.styleSheets]
      .flatMap(sheet => [...sheet.cssRules].filter(rule => rule instanceof CSSFontFaceRule).map(rule => rule.cssText))
      .join('\n'))
    await sheet.setContent(sheetHtml(shots, titles, { columns, thumbWidth, slide, faces, fonts: String((deck.headmatter.fonts as { sans?: string } | undefined)?.sans ?? 'sans-serif') }))
    await sheet.evaluate(() => document.fonts.ready)
    await sheet.waitForFunction(() => [...document.images].every(image => image.complete))
    mkdirSync(dirname(output), { recursive: true })
    await sheet.screenshot({ path: output, fullPage: true })
    return titles.length
  }
  finally {
    await browser.close()
    await server.close()
    if (builtHere)
      rmSync(builtHere, { recursive: true, force: true })
  }
}

/** The grid: one block per mode, a numbered thumbnail per slide. */
function sheetHtml(shotsByMode: Partial<Record<Mode, string[]>>, titles: string[], { columns, thumbWidth, slide, faces, fonts }: { columns: number, thumbWidth: number, slide: { width: number, height: number }, faces: string, fonts: string }): string {
  const blocks = Object.entries(shotsByMode).map(([mode, urls]) => `
    <h2>${mode}</h2>
    <div class="grid">${urls.map((url, index) => `
      <figure><img src="${url}" alt=""><figcaption>${index + 1} · ${escapeHtml(titles[index])}</figcaption></figure>`).join('')}
    </div>`).join('')
  return `<!doctype html><meta charset="utf-8"><style>
    ${faces}
    body { margin: 0; padding: 6px; background: #8a929c; font: 12px/1.3 ${fonts}, system-ui, sans-serif; color: #fff; }
    h2 { margin: 6px 6px 2px; font-size: 14px; text-transform: uppercase; letter-spacing: .1em; }
    .grid { display: grid; grid-template-columns: repeat(${columns}, ${thumbWidth}px); gap: 12px; padding: 6px; }
    figure { margin: 0; }
    img { display: block; width: ${thumbWidth}px; height: ${Math.round(thumbWidth * slide.height / slide.width)}px; }
    figcaption { margin-top: 2px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  </style>${blocks}`
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    const args = contactSheetArgs(process.argv.slice(2))
    const count = await contactSheet(args)
    console.log(`Contact sheet of ${count} slides (${args.modes.join(' and ')}): ${args.output}`)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
