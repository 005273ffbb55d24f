// `npm run contact-sheet`: every slide of an edition on one PNG, fully revealed, in light mode and
// in dark mode, for a reviewer to see the whole deck's design at a glance. Generated, never
// committed (contact-sheets/ is ignored).
//   npm run contact-sheet -- --edition zh-Hant
//   npm run contact-sheet -- --site dist                 (from a site already built, at /)
//   npm run contact-sheet -- --out sheet.png --width 240 --columns 6 --modes light
//
// Each slide is shot as the audience sees it on its last click, under reduced motion (so every
// chart shows its final state), then the shots are laid out in a grid by the same Chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { escapeHtml } from './html.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, editionFrom, loadEdition, optionValue, runSlidev } from './slidev.mjs'

/** Slidev's slide, in CSS pixels. */
const SLIDE = { width: 980, height: 552 }
const MODES = ['light', 'dark']

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--out') ?? `contact-sheets/${edition.name}.png`
const thumbWidth = positiveNumber('--width', 320)
const columns = positiveNumber('--columns', 5)
const modes = (optionValue(args, '--modes') ?? MODES.join(',')).split(',')
for (const mode of modes) {
  if (!MODES.includes(mode))
    exit(`--modes ${mode}: a contact sheet shows the modes ${MODES.join(', ')}`)
}

function positiveNumber(name, fallback) {
  const given = optionValue(args, name)
  const value = Number(given ?? fallback)
  if (!Number.isInteger(value) || value <= 0)
    exit(`${name} ${given}: expected a whole number of pixels or columns above 0`)
  return value
}

function exit(message) {
  console.error(message)
  process.exit(1)
}

const deck = await loadEdition(edition)
const titles = deck.slides.map(slide => slide.title ?? '')

const browserPath = (await chromiumOrExit()).path
let site = optionValue(args, '--site')
let builtHere
if (!site) {
  builtHere = mkdtempSync(join(tmpdir(), 'deck-contact-sheet-'))
  const status = runSlidev(['build', edition.entry, '--out', builtHere])
  if (status !== 0)
    process.exit(status)
  site = builtHere
}

const server = await serveSite(site)
const browser = await chromium.launch({ executablePath: browserPath, args: HEADLESS_ARGS })
try {
  /** PNGs as data URLs, by mode, in slide order. */
  const shots = {}
  for (const mode of modes) {
    const page = await browser.newPage({ viewport: SLIDE, reducedMotion: 'reduce', colorScheme: mode })
    shots[mode] = []
    for (let no = 1; no <= titles.length; no++) {
      // Past the last click: Slidev clamps it to the slide's own count.
      await page.goto(`${server.url}/${no}?clicks=99`, { waitUntil: 'networkidle' })
      const slide = page.locator(`.slidev-page-${no}`)
      await slide.waitFor({ state: 'visible' })
      await page.evaluate(() => document.fonts.ready)
      await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
      shots[mode].push(`data:image/png;base64,${(await slide.screenshot()).toString('base64')}`)
    }
    await page.close()
  }

  const sheet = await browser.newPage({ viewport: { width: columns * (thumbWidth + 12) + 12, height: 600 } })
  await sheet.setContent(sheetHtml(shots))
  await sheet.waitForFunction(() => [...document.images].every(image => image.complete))
  mkdirSync(dirname(output), { recursive: true })
  await sheet.screenshot({ path: output, fullPage: true })
  console.log(`Contact sheet of ${titles.length} slides (${modes.join(' and ')}): ${output}`)
}
finally {
  await browser.close()
  await server.close()
  if (builtHere)
    rmSync(builtHere, { recursive: true, force: true })
}

/** The grid: one block per mode, a numbered thumbnail per slide. */
function sheetHtml(shotsByMode) {
  const blocks = Object.entries(shotsByMode).map(([mode, urls]) => `
    <h2>${mode}</h2>
    <div class="grid">${urls.map((url, index) => `
      <figure><img src="${url}" alt=""><figcaption>${index + 1} · ${escapeHtml(titles[index])}</figcaption></figure>`).join('')}
    </div>`).join('')
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 6px; background: #8a929c; font: 12px/1.3 system-ui, sans-serif; color: #fff; }
    h2 { margin: 6px 6px 2px; font-size: 14px; text-transform: uppercase; letter-spacing: .1em; }
    .grid { display: grid; grid-template-columns: repeat(${columns}, ${thumbWidth}px); gap: 12px; padding: 6px; }
    figure { margin: 0; }
    img { display: block; width: ${thumbWidth}px; height: ${Math.round(thumbWidth * SLIDE.height / SLIDE.width)}px; }
    figcaption { margin-top: 2px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  </style>${blocks}`
}
