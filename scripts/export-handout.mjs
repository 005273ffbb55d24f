// `npm run export:handout`: the learner handout, an A4 PDF with three slides a page and ruled lines
// beside each for the learner's own notes (`-- --edition zh-Hant` for the Chinese edition).
//   npm run export:handout -- --output handout.pdf
//   npm run export:handout -- --site exports/site --base /training/   (from a site already built)
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { escapeHtml } from './html.mjs'
import { PRINT_PAGE_CSS, printWithSlides, SLIDE, slideFrame } from './slide-frames.mjs'
import { editionFrom, optionValue } from './slidev.mjs'

/** Slides a handout page holds, the lines beside each, and the width a slide is drawn at. */
const SLIDES_PER_PAGE = 3
const LINES_PER_SLIDE = 8
const SLIDE_WIDTH = 400

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-handout.pdf`
mkdirSync(dirname(output), { recursive: true })

const deck = await printWithSlides({ edition, args, output, pageHtml: handoutHtml })
console.log(`Learner handout of ${deck.slides.length} slides, ${Math.ceil(deck.slides.length / SLIDES_PER_PAGE)} pages: ${output}`)

/** Pages of three slides, each with its lines, the deck's title and the page number. */
function handoutHtml({ deck, siteUrl, styles }) {
  const pageCount = Math.ceil(deck.slides.length / SLIDES_PER_PAGE)
  const lineHeight = Math.round(SLIDE.height * SLIDE_WIDTH / SLIDE.width)
  const pages = Array.from({ length: pageCount }, (_, p) => {
    const rows = deck.slides.slice(p * SLIDES_PER_PAGE, (p + 1) * SLIDES_PER_PAGE).map((_, i) =>
      `<div class="row">${slideFrame(siteUrl, p * SLIDES_PER_PAGE + i + 1, SLIDE_WIDTH)}<div class="lines">${'<div></div>'.repeat(LINES_PER_SLIDE)}</div></div>`).join('')
    return `<section class="sheet"><header class="sheet-header"><span>${escapeHtml(deck.headmatter.title ?? '')}</span><span>${p + 1} / ${pageCount}</span></header>${rows}</section>`
  }).join('')
  return `<!doctype html><html lang="${escapeHtml(deck.headmatter.lang ?? 'en')}"><head><meta charset="utf-8">${styles}<style>${PRINT_PAGE_CSS}
    .sheet { break-after: page; display: flex; flex-direction: column; gap: 7mm; }
    .sheet:last-child { break-after: auto; }
    .row { display: flex; gap: 8mm; align-items: flex-start; }
    .lines { flex: 1; display: flex; flex-direction: column; justify-content: space-between; height: ${lineHeight}px; }
    .lines div { border-bottom: 0.75pt solid #8a94a3; height: 0; }
  </style></head><body>${pages}</body></html>`
}
