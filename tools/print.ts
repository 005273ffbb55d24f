// The exports Slidev does not make, printed from an edition's built site, served, in one Chromium:
// the speaker notes, the notes pages (each slide above its notes) and the learner handout (three
// slides a page with lines for notes). Slidev lacks the last two (slidevjs/slidev #595, #2278);
// its own `slidev export-notes` prints from its dev server, which compiles on first request: on a
// busy machine it printed the page before any note had arrived (one blank page). Here each page is
// printed once everything on it has loaded.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Browser, Page } from 'playwright-chromium'
import { readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { escapeHtml } from '../lib/format.ts'

/** The deck's facts a print needs: its slides (title, notes), its language and its title. */
export interface PrintDeck {
  slides: { title?: string, note?: string }[]
  /** Its language and title, and its font stack (`fonts.sans`), which the printed headers and notes are set in too. */
  headmatter: { lang?: string, title?: string, fonts?: { sans?: string } }
}

/** Slidev's slide, in CSS pixels: its canvas width, and the height its aspect ratio gives. */
export function slideSize(options: ResolvedSlidevOptions): { width: number, height: number } {
  const { canvasWidth, aspectRatio } = options.data.config
  return { width: canvasWidth, height: Math.round(canvasWidth / aspectRatio) }
}

/**
 * Runs `use` on a new page of `browser`, then closes it. The page waits on its own state as long as
 * that takes (no clock: on a loaded machine a page loads when it loads), and the print fails at
 * once, saying why, on an error in the page or a request that fails.
 */
async function withPrintPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage()
  page.setDefaultTimeout(0)
  let fail!: (error: Error) => void
  const failed = new Promise<never>((_, reject) => fail = reject)
  failed.catch(() => {})
  page.on('pageerror', error => fail(new Error(`the page being printed failed: ${error.message}`)))
  page.on('requestfailed', (request) => {
    // A navigation cancels the previous page's requests still in flight; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      fail(new Error(`the page being printed could not load ${request.url()} (${request.failure()?.errorText})`))
  })
  try {
    return await Promise.race([use(page), failed])
  }
  finally {
    await page.close()
  }
}

/** How many slides have speaker notes: the presenter's print page lays out one block each. */
function notedSlides(deck: PrintDeck): number {
  return deck.slides.filter(slide => slide.note?.trim()).length
}

/** The site's presenter print page, once every note is laid out in its fonts. */
async function openNotesPrint(page: Page, siteUrl: string, deck: PrintDeck): Promise<void> {
  await page.goto(`${siteUrl}/presenter/print`, { waitUntil: 'networkidle' })
  await page.waitForFunction(count => document.querySelectorAll('.slidev-note').length >= count, notedSlides(deck))
  await page.evaluate(() => document.fonts.ready)
}

/** The speaker notes as an A4 PDF, one trainer's script per slide, as the presenter's print page lays them out. */
export async function printNotes(browser: Browser, siteUrl: string, deck: PrintDeck, output: string): Promise<void> {
  await withPrintPage(browser, async (page) => {
    await openNotesPrint(page, siteUrl, deck)
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, margin: { left: '0', top: '0', right: '0', bottom: '0' }, printBackground: true, preferCSSPageSize: true })
  })
}

/**
 * The place of slide `no` on a printed page, `width` CSS pixels wide: printFramedPage puts the slide
 * there as the site's print view draws it, scaled down.
 */
function slideFrame(no: number, width: number, slide: { width: number, height: number }): string {
  const scale = width / slide.width
  return `<div class="slide-frame" style="width:${width}px;height:${Math.round(slide.height * scale)}px">`
    + `<div class="slide-scale" data-slide="${no}" style="width:${slide.width}px;height:${slide.height}px;transform:scale(${scale})"></div></div>`
}

/**
 * The rules every page of framed slides shares: A4, the print view's own layout undone (a page per
 * slide, on black, fitted to the window), the frames.
 */
const PRINT_PAGE_CSS = `
  @page { size: A4; margin: 12mm 14mm; }
  html:root, html body, #app, #page-root, #print-container, #print-content { display: block; width: auto; height: auto; overflow: visible; margin: 0; background: #fff; color: #1c2430; font-family: var(--print-font), sans-serif; }
  .slide-frame { flex: none; overflow: hidden; border: 0.5pt solid #d5dbe3; }
  .slide-scale { transform-origin: 0 0; }
  .slide-scale > .print-slide-container { break-after: auto; }
  .sheet-header { display: flex; justify-content: space-between; gap: 6mm; font-size: 10pt; color: #4f5b6a; border-bottom: 0.5pt solid #d5dbe3; padding-bottom: 2mm; }
  .sheet { break-after: page; display: flex; flex-direction: column; }
  .sheet:last-child { break-after: auto; }
`

/**
 * Prints `body` (pages with a slideFrame for each slide) to the A4 PDF `output`, in the site's own
 * print view: it draws every slide at its last click, once, in one page (one app, where a frame per
 * slide started the whole app once per slide); each slide is moved into its frame, the view's own
 * layout replaced by `body` and `css`.
 */
async function printFramedPage(browser: Browser, siteUrl: string, deck: PrintDeck, css: string, body: string, output: string): Promise<void> {
  await withPrintPage(browser, async (page) => {
    // Every slide's code, loaded on demand, is in once the network is idle (as Slidev's own export
    // waits); until a slide's is, Slidev shows "Loading slide…" in its place.
    await page.goto(`${siteUrl}/print?print=true`, { waitUntil: 'networkidle' })
    await page.waitForFunction((count) => {
      const slides = [...document.querySelectorAll('.print-slide-container')]
      return slides.length >= count && slides.every(slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading'))
    }, deck.slides.length)
    await page.evaluate(({ body, css, lang }) => {
      const content = document.querySelector('#print-content')!
      // One per slide with ?print=true, each at its last click: "<slide>-<click>".
      const slides = [...content.querySelectorAll('.print-slide-container')]
      const sheets = document.createElement('div')
      sheets.innerHTML = body
      for (const place of sheets.querySelectorAll<HTMLElement>('[data-slide]')) {
        const slide = slides.find(slide => Number(slide.id.split('-')[0]) === Number(place.dataset.slide))
        if (!slide)
          throw new Error(`slide ${place.dataset.slide} is not in the site's print view`)
        place.append(slide)
      }
      content.replaceChildren(sheets)
      const style = document.createElement('style')
      style.textContent = css
      document.head.append(style)
      document.documentElement.lang = lang
    }, { body, css: `${PRINT_PAGE_CSS + css}\n:root { --print-font: ${deck.headmatter.fonts?.sans ?? 'Inter'}; }`, lang: deck.headmatter.lang ?? 'en' })
    // Laid out first, so that the faces the new headers and notes need are being loaded.
    await page.evaluate(async () => {
      void document.body.offsetHeight
      await document.fonts.ready
    })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, format: 'A4', printBackground: true, preferCSSPageSize: true })
  })
}

/** The width a slide is drawn at on a notes page: the page's text width. */
const NOTES_PAGE_SLIDE_WIDTH = 686

/**
 * Notes pages: an A4 PDF with a page per slide (more where its notes are long), the slide at the
 * top as the deck PDF prints it, its notes under it, and in the header its name, its place in the
 * session ("about 4 minutes, from 0:29": the note's bold opening line) and its number.
 */
export async function printNotesPages(browser: Browser, siteUrl: string, deck: PrintDeck, slide: { width: number, height: number }, output: string): Promise<void> {
  const notes = await withPrintPage(browser, async (page) => {
    await openNotesPrint(page, siteUrl, deck)
    return page.$$eval('.slidev-note', notes => notes.map(note => ({
      // The slide's number, from the block's heading ("11/26").
      no: Number(note.parentElement?.querySelector('h2')?.textContent?.match(/(\d+)\s*\//)?.[1]),
      html: note.innerHTML,
    })))
  })
  const total = deck.slides.length
  const body = deck.slides.map((entry, index) => {
    const no = index + 1
    const html = notes.find(note => note.no === no)?.html ?? ''
    const [, heading = escapeHtml(entry.title ?? ''), text = html] = html.match(/^\s*<p><strong>([\s\S]*?)<\/strong><\/p>([\s\S]*)$/) ?? []
    return `<section class="sheet"><header class="sheet-header"><span>${heading}</span><span>${no} / ${total}</span></header>`
      + `${slideFrame(no, NOTES_PAGE_SLIDE_WIDTH, slide)}<div class="notes slidev-note">${text}</div></section>`
  }).join('')
  const css = `
    .sheet { gap: 6mm; }
    .notes { font-size: 11.5pt; line-height: 1.45; }
    .notes p { margin: 0 0 3mm; }`
  await printFramedPage(browser, siteUrl, deck, css, body, output)
}

/** Slides a handout page holds, the lines beside each, and the width a slide is drawn at. */
export const HANDOUT = { slidesPerPage: 3, linesPerSlide: 8, slideWidth: 400 }

/** The learner handout: A4, three slides a page with ruled lines beside each, the deck's title and the page number. */
export async function printHandout(browser: Browser, siteUrl: string, deck: PrintDeck, slide: { width: number, height: number }, output: string): Promise<void> {
  const { slidesPerPage, linesPerSlide, slideWidth } = HANDOUT
  const pageCount = Math.ceil(deck.slides.length / slidesPerPage)
  const lineHeight = Math.round(slide.height * slideWidth / slide.width)
  const body = Array.from({ length: pageCount }, (_, p) => {
    const rows = deck.slides.slice(p * slidesPerPage, (p + 1) * slidesPerPage).map((_, i) =>
      `<div class="row">${slideFrame(p * slidesPerPage + i + 1, slideWidth, slide)}<div class="lines">${'<div></div>'.repeat(linesPerSlide)}</div></div>`).join('')
    return `<section class="sheet"><header class="sheet-header"><span>${escapeHtml(deck.headmatter.title ?? '')}</span><span>${p + 1} / ${pageCount}</span></header>${rows}</section>`
  }).join('')
  const css = `
    .sheet { gap: 7mm; }
    .row { display: flex; gap: 8mm; align-items: flex-start; }
    .lines { flex: 1; display: flex; flex-direction: column; justify-content: space-between; height: ${lineHeight}px; }
    .lines div { border-bottom: 0.75pt solid #8a94a3; height: 0; }`
  await printFramedPage(browser, siteUrl, deck, css, body, output)
}

/** The accessible name and description of the chart on each slide of `slides` that has one, by slide number. */
export async function chartAltTexts(browser: Browser, siteUrl: string, slides: number[]): Promise<Map<number, string>> {
  return withPrintPage(browser, async (page) => {
    const alts = new Map<number, string>()
    for (const no of slides) {
      await page.goto(`${siteUrl}/${no}`, { waitUntil: 'networkidle' })
      const chart = page.locator(`.slidev-page-${no} svg[role="img"]`)
      const [title, description] = await Promise.all([chart.locator('title').textContent(), chart.locator('desc').textContent()])
      alts.set(no, `${title}. ${description}`)
    }
    return alts
  })
}

/**
 * The editable PowerPoint with each chart's accessible name and description as the alt text of
 * its picture. Slidev's `pptx-editable` format (52.20) draws what CSS cannot express (the charts,
 * which are SVG) as a picture described "Rendered as an image because of CSS svg" (Slidev gap:
 * it could take an SVG's <title> and aria-label), so a screen reader in PowerPoint reads nothing.
 */
export async function describeCharts(pptx: string, alts: Map<number, string>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(pptx))
  for (const [no, alt] of alts) {
    const path = `ppt/slides/slide${no}.xml`
    const xml = await zip.file(path)?.async('string')
    if (xml === undefined)
      throw new Error(`${pptx} has no ${path}: slide ${no} has a chart`)
    zip.file(path, withChartAlt(xml, alt))
  }
  writeFileSync(pptx, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

/**
 * The slide's XML with `alt` as the description of its largest picture, the chart (the other
 * pictures of a chart slide are small: none, or icons).
 */
export function withChartAlt(xml: string, alt: string): string {
  const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([picture]) => {
    const [, cx, cy] = picture.match(/<a:ext cx="(\d+)" cy="(\d+)"/) ?? []
    return { picture, area: Number(cx) * Number(cy) }
  })
  if (pictures.length === 0)
    throw new Error('no picture on a chart slide of the editable PowerPoint: the chart was not drawn as one')
  const { picture } = pictures.reduce((largest, next) => next.area > largest.area ? next : largest)
  // In a double-quoted XML attribute an apostrophe stays as it is, as PowerPoint writes it.
  const escaped = alt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return xml.replace(picture, picture.replace(/descr="[^"]*"/, `descr="${escaped}"`))
}
