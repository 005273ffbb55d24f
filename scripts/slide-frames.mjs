// Pages that show a built site's slides among other things (the learner handout, the notes
// pages), printed to PDF. Each slide is the site's own print view of it (`<base><n>?print=true`,
// as the deck PDF prints it: vector, real text, every chart complete, the answers shown) in a
// frame; the page around the frames is served beside the site, so it has the site's fonts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { HEADLESS_ARGS } from './chromium.mjs'
import { serveSite } from './serve-site.mjs'
import { chromiumOrExit, loadEdition, printableSite } from './slidev.mjs'

/** Slidev's slide, in CSS pixels. */
export const SLIDE = { width: 980, height: 552 }

/**
 * Prints the page `pageHtml` makes to the PDF `output`, A4, from the edition's site: `--site` and
 * `--base` in `args`, or a site built here for the purpose. `pageHtml({ deck, siteUrl, styles,
 * read })` gets the edition as Slidev parses it, the site's address, its stylesheets (for the
 * fonts) and what `read(page, siteUrl)` found on the site first, and places slides with
 * {@link slideFrame}.
 */
export async function printWithSlides({ edition, args, output, pageHtml, read = async () => undefined }) {
  const browserPath = (await chromiumOrExit()).path
  const { site, base, remove } = printableSite(edition, args, browserPath)
  const deck = await loadEdition(edition)
  const styles = [...readFileSync(join(site, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet"[^>]*>/g)].map(([link]) => link).join('')
  const server = await serveSite(site, base)
  const browser = await chromium.launch({ executablePath: browserPath, args: HEADLESS_ARGS })
  try {
    const page = await browser.newPage()
    const found = await read(page, server.url, deck)
    const url = `${server.url}/__print`
    await page.route(url, route => route.fulfill({ contentType: 'text/html', body: pageHtml({ deck, siteUrl: server.url, styles, read: found }) }))
    await page.goto(url, { waitUntil: 'load' })
    for (const frame of page.frames().filter(frame => frame !== page.mainFrame())) {
      const no = new URL(frame.url()).pathname.split('/').pop()
      // A slide's code loads on demand: until it has, Slidev shows "Loading slide…" in its place.
      await frame.waitForSelector(`.slidev-page-${no} .slidev-layout`, { state: 'visible' })
      await frame.waitForFunction(no => !document.querySelector(`.slidev-page-${no} .slidev-slide-loading`), no)
      await frame.evaluate(() => document.fonts.ready)
    }
    await page.evaluate(() => document.fonts.ready)
    await page.pdf({ path: output, format: 'A4', printBackground: true, preferCSSPageSize: true })
    return deck
  }
  finally {
    await browser.close()
    await server.close()
    remove()
  }
}

/** Slide `no` of the site at `siteUrl`, drawn `width` CSS pixels wide. */
export function slideFrame(siteUrl, no, width) {
  const scale = width / SLIDE.width
  return `<div class="slide-frame" style="width:${width}px;height:${Math.round(SLIDE.height * scale)}px">`
    + `<iframe title="${no}" src="${siteUrl}/${no}?print=true" width="${SLIDE.width}" height="${SLIDE.height}" style="transform:scale(${scale})"></iframe></div>`
}

/** The rules every such page shares: A4, the site's own rules undone, the frames. */
export const PRINT_PAGE_CSS = `
  @page { size: A4; margin: 12mm 14mm; }
  /* Over the site's own rules, which fit its app to the window. */
  html:root, html body { height: auto; overflow: visible; margin: 0; background: #fff; color: #1c2430; font-family: Inter, 'Noto Sans TC', sans-serif; }
  .slide-frame { flex: none; overflow: hidden; border: 0.5pt solid #d5dbe3; }
  .slide-frame iframe { border: 0; transform-origin: 0 0; }
  .sheet-header { display: flex; justify-content: space-between; gap: 6mm; font-size: 10pt; color: #4f5b6a; border-bottom: 0.5pt solid #d5dbe3; padding-bottom: 2mm; }
`
