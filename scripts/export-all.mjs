// `npm run export:all`: every output a trainer hands out or presents from, in both editions, into
// one folder (exports/ by default, ignored by git). <deck> is each edition's name
// (b2b-vs-b2c-operations, b2b-vs-b2c-operations-zh-Hant):
//   <deck>.pdf                 the handout, one page per slide
//   <deck>-step-by-step.pdf    one page per click, for self-study
//   <deck>-notes.pdf           the speaker notes
//   <deck>-notes-pages.pdf     notes pages: each slide above its speaker notes
//   <deck>-handout.pdf         the learner handout: three slides a page, lines for notes
//   <deck>.pptx                PowerPoint, one picture slide per slide, with the speaker notes
//   <deck>-editable.pptx       PowerPoint with editable text and the speaker notes, charts as
//                              described pictures
//   <deck>.html                the deck in one file: presents from disk, no server, nothing installed
//   site/, site-zh-Hant/       the static site, with presenter view and a PDF download button
// Options: --out <folder>, --base </sub/path/> (for the sites; the Chinese one goes under
// <base>zh-Hant/ so both can be hosted side by side), --edition <language> (that edition only).
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { editionFrom, EDITIONS, optionValue } from './slidev.mjs'

const args = process.argv.slice(2)
const only = optionValue(args, '--edition') && editionFrom(args).edition
const out = optionValue(args, '--out') ?? 'exports'
const base = optionValue(args, '--base')
mkdirSync(out, { recursive: true })

const script = name => fileURLToPath(new URL(`./${name}`, import.meta.url))
const editions = (only ? [only] : Object.values(EDITIONS)).map(({ locale, name, site: siteFolder }) => {
  const edition = ['--edition', locale]
  const file = suffix => join(out, `${name}${suffix}`)
  const site = join(out, siteFolder)
  const siteBase = base && (locale === 'en' ? base : `${base.replace(/\/?$/, '/')}${locale}/`)
  return {
    // The site's build prints the deck PDF for its download button: that file is the deck PDF.
    site: [`static site and deck PDF (${locale})`, 'build.mjs', [...edition, '--out', site, ...(siteBase ? ['--base', siteBase] : [])], site, join(site, `${name}.pdf`), file('.pdf')],
    others: [
      [`step-by-step PDF (${locale})`, 'export.mjs', [...edition, '--with-clicks', '--output', file('-step-by-step.pdf')], file('-step-by-step.pdf')],
      // From the site just built: its presenter view's print page.
      [`speaker-notes PDF (${locale})`, 'export-notes.mjs', [...edition, '--site', site, '--base', siteBase ?? '/', '--output', file('-notes.pdf')], file('-notes.pdf')],
      [`notes pages (${locale})`, 'export-notes-pages.mjs', [...edition, '--site', site, '--base', siteBase ?? '/', '--output', file('-notes-pages.pdf')], file('-notes-pages.pdf')],
      [`learner handout (${locale})`, 'export-handout.mjs', [...edition, '--site', site, '--base', siteBase ?? '/', '--output', file('-handout.pdf')], file('-handout.pdf')],
      // One slide per deck slide (not per click), so a trainer clicks through it as through the deck.
      [`PowerPoint (${locale})`, 'export.mjs', [...edition, '--format', 'pptx', '--no-with-clicks', '--output', file('.pptx')], file('.pptx')],
      [`editable PowerPoint (${locale})`, 'export-pptx-editable.mjs', [...edition, '--output', file('-editable.pptx')], file('-editable.pptx')],
      [`one-file deck (${locale})`, 'export-html.mjs', [...edition, '--output', file('.html')], file('.html')],
    ],
  }
})
// The sites (and with them the deck PDFs) first: they are what a trainer presents from. One step
// at a time: each build prints its PDF through a server on the same fixed port.
const steps = [...editions.map(edition => edition.site), ...editions.flatMap(edition => edition.others)]

/** Bytes in a file, or in every file under a folder. */
function size(path) {
  const stat = statSync(path)
  return stat.isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0) : stat.size
}

const made = []
for (const [what, file, stepArgs, result, copyFrom, copyTo] of steps) {
  console.log(`\n=== ${what} ===`)
  const started = Date.now()
  const run = spawnSync(process.execPath, [script(file), ...stepArgs], { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`\nexport:all stopped: the ${what} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  made.push({ what, result, bytes: size(result), seconds: (Date.now() - started) / 1000 })
  if (copyFrom) {
    copyFileSync(copyFrom, copyTo)
    made.push({ what: what.replace(/^static site and /, ''), result: copyTo, bytes: size(copyTo), seconds: 0 })
  }
}

console.log('\nexport:all wrote:')
for (const { what, result, bytes, seconds } of made)
  console.log(`  ${what.padEnd(31)} ${result.padEnd(56)} ${(bytes / 1024).toFixed(0).padStart(7)} KiB  ${seconds.toFixed(1)} s`)
