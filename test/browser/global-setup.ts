// Makes every output once, with the same commands a trainer runs (`npm run export:all`, and a
// build of each edition under a sub-path), so every browser test looks at the real outputs. Fails
// (never skips) when a tool is missing.
import type { TestProject } from 'vitest/node'
import type { Locale } from '../../lib/i18n'
import type { DeckFacts } from './artifacts'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { findChromiumHere } from '../../scripts/chromium.mjs'
import { classesOf, EDITION_LOCALES, loadDeck, ROOT } from '../deck'
import { ARTIFACTS_DIR, BARE_DECK_DIR, BARE_SITE_DIR, EXPORTS_DIR, outputsOf, SUBPATH } from './artifacts'

function run(what: string, command: string, args: string[], cwd = ROOT): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env })
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
}

/** The PDF checks read the file with poppler's tools, as a learner's PDF reader would. */
function requirePoppler(): void {
  for (const tool of ['pdfinfo', 'pdftotext', 'pdffonts']) {
    if (spawnSync(tool, ['-v']).error)
      throw new Error(`${tool} not found: the PDF tests need poppler-utils (Debian/Ubuntu: \`sudo apt-get install poppler-utils\`).`)
  }
}

async function deckFacts(locale: Locale): Promise<DeckFacts> {
  const deck = await loadDeck(locale)
  return {
    slideCount: deck.slides.length,
    slideTitles: deck.slides.map(slide => slide.title ?? ''),
    slideNotes: deck.slides.map(slide => slide.note ?? ''),
    slideClasses: deck.slides.map(slide => classesOf(slide.frontmatter)),
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const chromium = await findChromiumHere()
  requirePoppler()

  project.provide('chromiumPath', chromium.path)
  const decks = Object.fromEntries(await Promise.all(EDITION_LOCALES.map(async locale => [locale, await deckFacts(locale)])))
  project.provide('decks', decks as Record<Locale, DeckFacts>)

  rmSync(ARTIFACTS_DIR, { recursive: true, force: true })
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  run('npm run export:all', 'npm', ['run', 'export:all', '--', '--out', EXPORTS_DIR])
  for (const locale of EDITION_LOCALES)
    run(`npm run build of the ${locale} edition under a sub-path`, 'npm', ['run', 'build', '--', '--edition', locale, '--base', SUBPATH, '--out', outputsOf(locale).subpathSite])
  run('the bare deck\'s build', process.execPath, [resolve(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', '--out', BARE_SITE_DIR], BARE_DECK_DIR)
}
