// Every PDF of the exports, printed from an edition's built site, served, in one Chromium: the deck
// (a page per slide), the step-by-step deck (a page per click), the speaker notes, the notes pages
// (each slide above its notes) and the learner handout. Each is printed tagged, so a screen reader
// follows its structure, and finished with a bookmark per slide, its title and its language
// (tools/pdf-finish.ts). Slidev's own exporter prints neither tags nor a bookmark per slide, and
// lacks notes pages and handouts (slidevjs/slidev #595, #2278); its `slidev export-notes` prints
// from its dev server, which compiles on first request: on a busy machine it printed the page
// before any note had arrived (one blank page). Here each page is printed once everything on it
// has loaded.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Browser, Page } from 'playwright-chromium'
import type { EditionWords } from '../data/words/types.ts'
import type { PdfFinish } from './pdf-finish.ts'
import { readFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import QRCode from 'qrcode'
import { escapeHtml } from '../lib/format.ts'
import { HANDOUT_PAPER, planHandout, SLIDE_WIDTH_MM } from './handout.ts'
import { finishPdf } from './pdf-finish.ts'

/** The deck's facts a print needs: its slides (title, notes), its language and its title. */
export interface PrintDeck {
  slides: { title?: string, note?: string, frontmatter?: Record<string, unknown> }[]
  /** Its language and title, and its font stack (`fonts.sans`), which the printed headers and notes are set in too. */
  headmatter: { lang?: string, title?: string, fonts?: { sans?: string } }
}

/** The deck's language: the headmatter's, English where it names none (as Slidev's default). */
function langOf(deck: PrintDeck): string {
  return deck.headmatter.lang ?? 'en'
}

/**
 * Prints `page` to the PDF `output`, tagged, with Chromium's outline of its headings, then
 * finishes it: the title and language of `deck`, and `bookmarks` (PdfFinish) made of the outline.
 */
async function printTagged(page: Page, deck: PrintDeck, output: string, pdf: Parameters<Page['pdf']>[0], bookmarks: PdfFinish['bookmarks']): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  // Chromium writes the page's language into the PDF, and its title until finishPdf sets the deck's.
  await page.evaluate(lang => document.documentElement.lang = lang, langOf(deck))
  await page.pdf({ ...pdf, path: output, printBackground: true, tagged: true, outline: true })
  await finishPdf(output, { title: deck.headmatter.title ?? deck.slides[0]?.title ?? '', lang: langOf(deck), bookmarks })
}

/** A slide's bookmark: its number and title ("11 · Market expansion"), so a reader can go to the slide the trainer names. */
function bookmarkOf(deck: PrintDeck, no: number): string {
  const title = deck.slides[no - 1]?.title?.replace(/\s+/g, ' ').trim()
  return title ? `${no} · ${title}` : String(no)
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
export async function withPrintPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
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

/**
 * Opens the site's print view on `page`: every slide at its last click, or with `clicks` a copy
 * of each slide at each of its clicks ("<slide>-<click>"), once all `slides` are drawn in their
 * fonts. Every slide's code, loaded on demand, is in once the network is idle (as Slidev's own
 * export waits); until a slide's is, Slidev shows "Loading slide…" in its place.
 */
export async function openPrintView(page: Page, siteUrl: string, slides: number, { clicks }: { clicks: boolean }): Promise<void> {
  await page.goto(`${siteUrl}/print?print=${clicks ? 'clicks' : 'true'}`, { waitUntil: 'networkidle' })
  await page.waitForFunction((count) => {
    const drawn = [...document.querySelectorAll('.print-slide-container')]
    return new Set(drawn.map(slide => slide.id.split('-')[0])).size >= count && drawn.every(slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading'))
  }, slides)
  await page.evaluate(() => document.fonts.ready)
}

/** How many slides have speaker notes: the presenter's print page lays out one block each. */
function notedSlides(deck: PrintDeck): number {
  return deck.slides.filter(slide => slide.note?.trim()).length
}

/**
 * Every slide's speaker notes as the site renders them (its Markdown made HTML, with the click
 * marks), by slide number, read from the presenter's print page once every note is laid out.
 */
async function renderedNotes(browser: Browser, siteUrl: string, deck: PrintDeck): Promise<{ no: number, html: string }[]> {
  return withPrintPage(browser, async (page) => {
    await page.goto(`${siteUrl}/presenter/print`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.slidev-note').length >= count, notedSlides(deck))
    const notes = await page.$$eval('.slidev-note', notes => notes.map(note => ({
      // The slide's number, from the block's heading ("11/26").
      no: Number(note.parentElement?.querySelector('h2')?.textContent?.match(/(\d+)\s*\//)?.[1]),
      html: note.innerHTML,
    })))
    return notes.filter(note => note.html.trim())
  })
}

/**
 * A note's parts: its heading (the bold opening line, "Market expansion (about 4 minutes, from
 * 0:29)", or the slide's title) and the rest of its HTML.
 */
function splitNote(deck: PrintDeck, no: number, html: string): { heading: string, text: string } {
  const [, heading = escapeHtml(deck.slides[no - 1]?.title ?? ''), text = html] = html.match(/^\s*<p><strong>([\s\S]*?)<\/strong><\/p>([\s\S]*)$/) ?? []
  return { heading, text }
}

/**
 * The deck as a PDF, a page per slide at its last click, or with `clicks` a page per click (the
 * step-by-step deck), from the site's print view, as Slidev's exporter prints them; each slide
 * bookmarked at its first page.
 */
export async function printSlides(browser: Browser, siteUrl: string, deck: PrintDeck, slide: { width: number, height: number }, output: string, { clicks }: { clicks: boolean }): Promise<void> {
  await withPrintPage(browser, async (page) => {
    await page.setViewportSize({ width: slide.width, height: slide.height })
    await openPrintView(page, siteUrl, deck.slides.length, { clicks })
    // One container a page: "<slide>-<click>", in order.
    const printed = await page.$$eval('.print-slide-container', slides => slides.map(slide => Number(slide.id.split('-')[0])))
    // Slidev's empty container for drawing diagrams follows the slides: printed, it was a blank last
    // page (Slidev's exporter hides it too).
    await page.evaluate(() => document.querySelector<HTMLElement>('#mermaid-rendering-container')?.style.setProperty('display', 'none'))
    const bookmarks = printed.map((no, i) => printed.indexOf(no) === i ? bookmarkOf(deck, no) : null)
    // The print view sizes its pages (@page); without preferring that size Chromium added a blank last page.
    await printTagged(page, deck, output, { width: `${slide.width}px`, height: `${slide.height}px`, margin: { top: '0', right: '0', bottom: '0', left: '0' }, preferCSSPageSize: true }, bookmarks)
  })
}

/** How the notes read on paper. */
const NOTES_CSS = `
  .notes { font-size: 11.5pt; line-height: 1.45; }
  .notes p { margin: 0 0 3mm; }`

/** The speaker notes as an A4 PDF: a page per slide that has notes, its heading, its number and the trainer's script. */
export async function printNotes(browser: Browser, siteUrl: string, deck: PrintDeck, output: string): Promise<void> {
  const notes = await renderedNotes(browser, siteUrl, deck)
  const total = deck.slides.length
  const body = notes.map(({ no, html }) => {
    const { heading, text } = splitNote(deck, no, html)
    return `<section class="sheet"><h1 class="sheet-heading">${heading}</h1><p class="sheet-number">${no} / ${total}</p><div class="notes slidev-note">${text}</div></section>`
  }).join('')
  const css = `
    .sheet-heading { font-size: 15pt; line-height: 1.3; margin: 0; }
    .sheet-number { font-size: 10pt; color: #4f5b6a; margin: 1mm 0 5mm; border-bottom: 0.5pt solid #d5dbe3; padding-bottom: 2mm; }
    ${NOTES_CSS}`
  await printFramedPage(browser, siteUrl, deck, output, async () => ({ css, body, bookmarks: notes.map(({ no }) => bookmarkOf(deck, no)) }))
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
  /* White under the pages too: the print view's container is black (its inline style names this
     variable), and a hairline of it showed at the right edge of every page. */
  :root { --slidev-slide-container-background: #fff; }
  html:root, html body, #app, #page-root, #print-container, #print-content { display: block; width: auto; height: auto; overflow: visible; margin: 0; background: #fff; color: #1c2430; font-family: var(--print-font), sans-serif; }
  .slide-frame { flex: none; overflow: hidden; border: 0.5pt solid #d5dbe3; }
  .slide-scale { transform-origin: 0 0; }
  .slide-scale > .print-slide-container { break-after: auto; }
  .sheet-header { display: flex; justify-content: space-between; gap: 6mm; font-size: 10pt; color: #4f5b6a; border-bottom: 0.5pt solid #d5dbe3; padding-bottom: 2mm; }
  .sheet { break-after: page; display: flex; flex-direction: column; }
  .sheet:last-child { break-after: auto; }
`

/** What a framed print lays out in place of the print view: its pages, their rules, and the bookmark each top-level heading makes. */
interface FramedPrint {
  /**
   * The pages: a slideFrame for each slide drawn whole; `data-content-of="<no>"` for a slide whose
   * content (its layout's children) is laid out anew; `data-prepend-to="<selector>"` on an element
   * to be moved to the start of the first element the selector finds, once the slides are in (a
   * float there sits beside the element's text).
   */
  body: string
  css: string
  bookmarks: PdfFinish['bookmarks']
}

/**
 * Prints the pages `plan` lays out (FramedPrint) to the A4 PDF `output`, in the site's own print
 * view: it draws every slide at its last click, once, in one page (one app, where a frame per slide
 * started the whole app once per slide). `plan` runs once the slides are drawn, so it can measure
 * them; each slide is then moved into its frame, the view's own layout replaced by the plan's. A
 * page of a fixed height (`.sheet--fixed`) whose content runs over it stops the print, naming it.
 */
async function printFramedPage(browser: Browser, siteUrl: string, deck: PrintDeck, output: string, plan: (page: Page) => Promise<FramedPrint>, { atFirstClick = [] }: { atFirstClick?: number[] } = {}): Promise<void> {
  await withPrintPage(browser, async (page) => {
    // Slides drawn at their first click come from the step-by-step view, which draws every click of every slide.
    await openPrintView(page, siteUrl, deck.slides.length, { clicks: atFirstClick.length > 0 })
    const { body, css, bookmarks } = await plan(page)
    await page.evaluate(({ body, css, lang, atFirstClick }) => {
      const content = document.querySelector('#print-content')!
      // "<slide>-<click>": one per slide at its last click, or one per click with ?print=clicks.
      const slides = [...content.querySelectorAll('.print-slide-container')]
      const sheets = document.createElement('div')
      sheets.innerHTML = body
      // (No named helper here: the code runs in the page, without the bundler's helpers.)
      for (const place of sheets.querySelectorAll<HTMLElement>('[data-slide], [data-content-of]')) {
        const no = Number(place.dataset.slide ?? place.dataset.contentOf)
        const copies = slides.filter(slide => Number(slide.id.split('-')[0]) === no)
        const slide = atFirstClick.includes(no) ? copies[0] : copies.at(-1)
        if (!slide)
          throw new Error(`slide ${no} is not in the site's print view`)
        place.append(...(place.dataset.slide ? [slide] : slide.querySelector('.slidev-layout')!.childNodes))
      }
      for (const element of sheets.querySelectorAll<HTMLElement>('[data-prepend-to]')) {
        const target = sheets.querySelector(element.dataset.prependTo!)
        if (!target)
          throw new Error(`nothing on the printed pages matches ${element.dataset.prependTo}`)
        target.prepend(element)
      }
      content.replaceChildren(sheets)
      const style = document.createElement('style')
      style.textContent = css
      document.head.append(style)
      document.documentElement.lang = lang
    }, { body, css: `${PRINT_PAGE_CSS + css}\n:root { --print-font: ${deck.headmatter.fonts?.sans ?? 'Inter'}; }`, lang: langOf(deck), atFirstClick })
    // Laid out first, so that the faces the new headers and notes need are being loaded.
    const overflowing = await page.evaluate(async () => {
      void document.body.offsetHeight
      await document.fonts.ready
      return [...document.querySelectorAll<HTMLElement>('.sheet--fixed')].flatMap((sheet, i) =>
        sheet.scrollHeight > sheet.clientHeight + 1 ? [`page ${i + 1} (${sheet.scrollHeight} px of ${sheet.clientHeight})`] : [])
    })
    if (overflowing.length > 0)
      throw new Error(`${output}: the content runs over ${overflowing.join(', ')}`)
    await printTagged(page, deck, output, { format: 'A4', preferCSSPageSize: true }, bookmarks)
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
  const notes = await renderedNotes(browser, siteUrl, deck)
  const total = deck.slides.length
  const body = deck.slides.map((_, index) => {
    const no = index + 1
    const { heading, text } = splitNote(deck, no, notes.find(note => note.no === no)?.html ?? '')
    return `<section class="sheet"><header class="sheet-header"><span>${heading}</span><span>${no} / ${total}</span></header>`
      + `${slideFrame(no, NOTES_PAGE_SLIDE_WIDTH, slide)}<div class="notes slidev-note">${text}</div></section>`
  }).join('')
  const css = `
    .sheet { gap: 6mm; }
    ${NOTES_CSS}`
  // Each slide's own heading is the one printed at the top level: its bookmark.
  await printFramedPage(browser, siteUrl, deck, output, async () => ({ css, body, bookmarks: deck.slides.map((_, i) => bookmarkOf(deck, i + 1)) }))
}

/** The handout's words and the links its references page prints as QR codes. */
export interface HandoutExtras {
  words: EditionWords['handout']
  /** Where each cited publication can be checked, by its key in data/sources.ts. */
  links: Record<string, string>
}

/**
 * The smallest text drawn on each slide of the print view, in the slide's own pixels, leaving out
 * what the handout does not print (the progress rail: each slide's number is under it) and what is
 * not drawn (screen-reader text). Text in an SVG counts at the size the SVG is scaled to.
 */
function smallestTextOfSlides(page: Page, canvasWidth: number): Promise<{ no: number, px: number }[]> {
  return page.$$eval('.print-slide-container', (slides, canvasWidth) => slides.map((slide) => {
    const slideScale = slide.getBoundingClientRect().width / canvasWidth
    let px = Number.POSITIVE_INFINITY
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!node.textContent?.trim() || !element || element.closest('.progress-rail, .sr-only, title, desc') || element.getClientRects().length === 0)
        continue
      const style = getComputedStyle(element)
      if (style.visibility !== 'visible' || Number(style.opacity) === 0)
        continue
      const svg = element.closest('svg')
      const svgScale = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width) / slideScale : 1
      px = Math.min(px, Number.parseFloat(style.fontSize) * svgScale)
    }
    return { no: Number(slide.id.split('-')[0]), px }
  }), canvasWidth)
}

/**
 * The learner handout on A4, for paper (tools/handout.ts plans its pages): slides three a page
 * with ruled lines beside each, or two a page with lines under them where their smallest text needs
 * the width, each slide's number under it; the name and date to fill in on the first page; the
 * references as a page of their own at 9 pt, each with a QR code; the learner's first step last;
 * the deck's title and the page number on every page. The knowledge check prints its questions
 * without their answers (its slides at their first click): the handout goes to the room first.
 */
export async function printHandout(browser: Browser, siteUrl: string, deck: PrintDeck, slide: { width: number, height: number }, output: string, { words, links }: HandoutExtras): Promise<void> {
  const aspectRatio = slide.width / slide.height
  const mm = (value: number) => `${value.toFixed(2)}mm`
  const px = (millimetres: number) => millimetres * 96 / 25.4
  const { margin, height, header, nameLine, caption, gap, linesUnder, firstStep: firstStepHeight } = HANDOUT_PAPER
  const qr = new Map(await Promise.all(Object.values(links).map(async url => [url, await qrSvg(url)] as const)))
  let planned = 0
  await printFramedPage(browser, siteUrl, deck, output, async (page) => {
    const measured = await smallestTextOfSlides(page, slide.width)
    const pages = planHandout(deck.slides.map((entry, i) => ({
      no: i + 1,
      smallestTextPx: Math.min(...measured.filter(slide => slide.no === i + 1).map(slide => slide.px)),
      references: entry.frontmatter?.layout === 'figure-sources' && entry.frontmatter.show === 'references',
    })), { canvasWidth: slide.width, aspectRatio })
    planned = pages.length
    const title = escapeHtml(deck.headmatter.title ?? '')
    // The running header and the lines to fill in are for paper: a screen reader skips them.
    const pageHeader = (p: number) => `<header class="sheet-header" aria-hidden="true"><span>${title}</span><span>${escapeHtml(words.page(p, pages.length))}</span></header>`
    const lines = (count: number) => `<div class="lines" aria-hidden="true">${'<div></div>'.repeat(count)}</div>`
    const firstStep = `<section class="first-step"><h2>${escapeHtml(words.firstStep)}</h2><p>${escapeHtml(words.firstStepHint)}</p>${lines(3)}`
      + `<p class="first-step__date">${escapeHtml(words.firstStepDate)}<span class="fill" aria-hidden="true"></span></p></section>`
    const sheets = pages.map((plan, p) => {
      const top = pageHeader(p + 1) + (p === 0 ? `<p class="name-line" aria-hidden="true">${escapeHtml(words.name)}<span class="fill"></span>${escapeHtml(words.date)}<span class="fill"></span></p>` : '')
      if (plan.kind === 'first-step')
        return `<section class="sheet sheet--fixed">${top}${firstStep}</section>`
      if (plan.kind === 'references') {
        const qrCodes = Object.entries(links).map(([key, url]) => `<span class="qr" data-prepend-to='li[data-source="${key}"]' role="img" aria-label="${escapeHtml(words.qrCode(url))}">${qr.get(url)}</span>`).join('')
        return `<section class="sheet sheet--fixed references">${top}<div class="references__content" data-content-of="${plan.no}"></div><div hidden>${qrCodes}</div></section>`
      }
      const rows = plan.rows.map(({ no, width }) => {
        const frame = slideFrame(no, px(SLIDE_WIDTH_MM[width]), slide)
        const number = `<p class="slide-number">${escapeHtml(words.slide(no))}</p>`
        return width === 'narrow'
          ? `<div class="row row--narrow"><div>${frame}${number}</div>${lines(8)}</div>`
          : `<div class="row row--wide">${frame}${number}${lines(3)}</div>`
      }).join('')
      return `<section class="sheet sheet--fixed">${top}${rows}${plan.firstStep ? firstStep : ''}</section>`
    })
    const css = `
      @page { size: A4; margin: ${mm(margin.y)} ${mm(margin.x)}; }
      .sheet--fixed { height: ${mm(height)}; overflow: hidden; gap: ${mm(gap)}; }
      .sheet-header { flex: none; height: ${mm(header - gap)}; box-sizing: border-box; font-size: 9pt; }
      .name-line, .first-step__date { display: flex; align-items: flex-end; gap: 3mm; margin: 0; height: ${mm(nameLine - gap)}; font-size: 10pt; }
      .fill { flex: 1; border-bottom: 0.75pt solid #8a94a3; margin-right: 10mm; }
      .slide-frame { border: 0.75pt solid #8a94a3; box-sizing: content-box; }
      .slide-frame .progress-rail { display: none; }
      .slide-number { margin: 0; height: ${mm(caption)}; padding-top: 1mm; box-sizing: border-box; font-size: 9pt; font-weight: 600; color: #4f5b6a; }
      .row { flex: none; display: flex; }
      .row--narrow { gap: 6mm; }
      .row--narrow .lines { height: ${mm(SLIDE_WIDTH_MM.narrow / aspectRatio)}; }
      .row--wide { flex-direction: column; }
      .row--wide .lines { flex: none; height: ${mm(linesUnder)}; }
      .lines { flex: 1; display: flex; flex-direction: column; justify-content: space-around; }
      .lines div { border-bottom: 0.75pt solid #8a94a3; height: 0; }
      .references__content { flex: 1; font-size: 9pt; line-height: 1.35; }
      .references__content h1 { font-size: 15pt; margin: 0 0 2mm; }
      .references__content > p { font-size: 10pt; margin: 0 0 3mm; }
      .references__content .source-list { columns: 1; font-size: 9pt; padding-left: 6mm; margin: 0; }
      .references__content .source-list li { display: flow-root; margin: 0 0 2.5mm; min-height: 16mm; }
      .references__content .source-list__url { word-break: normal; overflow-wrap: anywhere; }
      .qr { float: right; width: 16mm; height: 16mm; margin: 0 0 1mm 4mm; }
      .qr svg { width: 100%; height: 100%; display: block; }
      .first-step { flex: none; height: ${mm(firstStepHeight)}; box-sizing: border-box; border: 1.5pt solid #1c2430; border-radius: 2mm; padding: 4mm 5mm; display: flex; flex-direction: column; gap: 2mm; }
      .first-step h2 { font-size: 13pt; margin: 0; }
      .first-step p { font-size: 10pt; margin: 0; }
      .first-step .lines { min-height: 20mm; }`
    // A bookmark per slide: the references page's own heading is the references slide's.
    const bookmarks = deck.slides.map((_, i) => bookmarkOf(deck, i + 1))
    return { css, body: sheets.join(''), bookmarks }
  }, { atFirstClick: deck.slides.flatMap((entry, i) => entry.frontmatter?.layout === 'quiz' ? [i + 1] : []) })
  const printed = (await PDFDocument.load(readFileSync(output), { updateMetadata: false })).getPageCount()
  if (printed !== planned)
    throw new Error(`${output}: the handout printed ${printed} pages where its plan has ${planned}`)
}

/** A QR code of `url`, as SVG, in the text's colour, with the smallest quiet zone a phone reads it with. */
function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1c2430', light: '#ffffff' } })
}
