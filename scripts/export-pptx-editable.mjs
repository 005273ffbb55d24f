// `npm run export:pptx-editable`: PowerPoint with editable text, for a trainer who must adapt the
// deck in PowerPoint (`-- --edition zh-Hant` for the Chinese edition; `-- --output file.pptx`).
//
// Slidev's `pptx-editable` format (52.20) turns headings, paragraphs, lists, tables and cards into
// native text boxes and shapes, with the speaker notes; what CSS cannot express (the charts, which
// are SVG, the icons, the cover art) becomes a picture. It gives every such picture the alt text
// "Rendered as an image because of CSS svg": this script replaces a chart's with the chart's own
// accessible name and description, read from the built slide, so a screen reader in PowerPoint
// reads the figures. Fonts are named, not embedded: PowerPoint needs Inter and Noto Sans TC
// installed to show the text in the deck's faces.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, editionFrom, loadEdition, optionValue, runSlidev } from './slidev.mjs'

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-editable.pptx`
mkdirSync(dirname(output), { recursive: true })

const browserPath = (await chromiumOrExit()).path
const site = mkdtempSync(join(tmpdir(), 'deck-pptx-editable-site-'))
try {
  const status = runSlidev(['build', edition.entry, '--download', '--format', 'pptx-editable', '--no-with-clicks', '--out', site, '--output', output, '--executable-path', browserPath])
  if (status !== 0)
    process.exit(status)
  const alts = await chartAltTexts(site)
  const zip = await JSZip.loadAsync(readFileSync(output))
  for (const [no, alt] of alts) {
    const path = `ppt/slides/slide${no}.xml`
    zip.file(path, withChartAlt(await zip.file(path).async('string'), alt))
  }
  writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
  console.log(`Editable PowerPoint, ${alts.size} chart(s) described: ${output}`)
}
finally {
  rmSync(site, { recursive: true, force: true })
}

/** The accessible name and description of the chart on each slide that has one, by slide number. */
async function chartAltTexts(siteDir) {
  const deck = await loadEdition(edition)
  const chartSlides = deck.slides.flatMap((slide, index) => slide.frontmatter.chart ? [index + 1] : [])
  const server = await serveSite(siteDir)
  const browser = await chromium.launch({ executablePath: browserPath, args: HEADLESS_ARGS })
  try {
    const page = await browser.newPage()
    const alts = new Map()
    for (const no of chartSlides) {
      await page.goto(`${server.url}/${no}`, { waitUntil: 'networkidle' })
      const chart = page.locator(`.slidev-page-${no} svg[role="img"]`)
      const [title, description] = await Promise.all([chart.locator('title').textContent(), chart.locator('desc').textContent()])
      alts.set(no, `${title}. ${description}`)
    }
    return alts
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * The slide's XML with `alt` as the description of its largest picture, the chart (the other
 * pictures of a chart slide are small: none, or icons).
 */
function withChartAlt(xml, alt) {
  const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([picture]) => {
    const [, cx, cy] = picture.match(/<a:ext cx="(\d+)" cy="(\d+)"/) ?? []
    return { picture, area: Number(cx) * Number(cy) }
  })
  if (pictures.length === 0)
    throw new Error(`no picture on a chart slide of the editable PowerPoint: the chart was not drawn as one`)
  const { picture } = pictures.reduce((largest, next) => next.area > largest.area ? next : largest)
  const escaped = alt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return xml.replace(picture, picture.replace(/descr="[^"]*"/, `descr="${escaped}"`))
}
