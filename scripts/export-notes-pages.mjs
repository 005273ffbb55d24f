// `npm run export:notes-pages`: notes pages, an A4 PDF with a page per slide (more where its notes
// are long): the slide at the top as the deck PDF prints it, its speaker notes under it, and in
// the header the slide's number and its place in the session ("about 4 minutes, from 0:29"). To
// rehearse from, or to hand a co-trainer (`-- --edition zh-Hant` for the Chinese edition).
//   npm run export:notes-pages -- --output notes-pages.pdf
//   npm run export:notes-pages -- --site exports/site --base /training/   (from a site already built)
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { escapeHtml } from './html.mjs'
import { PRINT_PAGE_CSS, printWithSlides, slideFrame } from './slide-frames.mjs'
import { editionFrom, optionValue } from './slidev.mjs'

/** The width a slide is drawn at: the page's text width. */
const SLIDE_WIDTH = 686

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-notes-pages.pdf`
mkdirSync(dirname(output), { recursive: true })

const deck = await printWithSlides({ edition, args, output, read: notesOfSlides, pageHtml: notesPagesHtml })
console.log(`Notes pages of ${deck.slides.length} slides: ${output}`)

/**
 * Each slide's notes as the site renders them, by slide: its presenter view's print page (the
 * notes PDF's) lays out every slide's notes, click marks included.
 */
async function notesOfSlides(page, siteUrl, deck) {
  await page.goto(`${siteUrl}/presenter/print`, { waitUntil: 'networkidle' })
  const withNotes = deck.slides.filter(slide => slide.note?.trim()).length
  await page.waitForFunction(count => document.querySelectorAll('.slidev-note').length >= count, withNotes)
  return page.$$eval('.slidev-note', notes => notes.map(note => ({
    // The slide's number, from the block's heading ("11/26").
    no: Number(note.parentElement?.querySelector('h2')?.textContent?.match(/(\d+)\s*\//)?.[1]),
    html: note.innerHTML,
  })))
}

/**
 * A page per slide. A note opens with its slide's name, length and start in bold (tested in
 * notes.test.ts); that line becomes the page's header.
 */
function notesPagesHtml({ deck, siteUrl, styles, read: notes }) {
  const total = deck.slides.length
  const pages = deck.slides.map((slide, index) => {
    const no = index + 1
    const html = notes.find(note => note.no === no)?.html ?? ''
    const [, heading = escapeHtml(slide.title ?? ''), body = html] = html.match(/^\s*<p><strong>([\s\S]*?)<\/strong><\/p>([\s\S]*)$/) ?? []
    return `<section class="sheet"><header class="sheet-header"><span>${heading}</span><span>${no} / ${total}</span></header>`
      + `${slideFrame(siteUrl, no, SLIDE_WIDTH)}<div class="notes slidev-note">${body}</div></section>`
  }).join('')
  return `<!doctype html><html lang="${escapeHtml(deck.headmatter.lang ?? 'en')}"><head><meta charset="utf-8">${styles}<style>${PRINT_PAGE_CSS}
    .sheet { break-after: page; display: flex; flex-direction: column; gap: 6mm; }
    .sheet:last-child { break-after: auto; }
    .notes { font-size: 11.5pt; line-height: 1.45; }
    .notes p { margin: 0 0 3mm; }
  </style></head><body>${pages}</body></html>`
}
