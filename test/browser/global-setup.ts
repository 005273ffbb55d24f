// Makes every output once, with the same commands a trainer runs (`npm run export:all`, its sites
// under a sub-path as a static host would serve them), so every browser test looks at the real
// outputs. Fails (never skips) when a tool is missing.
import type { TestProject } from 'vitest/node'
import type { Locale } from '../../lib/i18n'
import type { DeckFacts } from './artifacts'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { findChromiumHere } from '../../scripts/chromium.mjs'
import { userEnv } from '../../scripts/local-servers.mjs'
import { EDITION_LOCALES, kindOf, loadDeck, ROOT } from '../deck'
import { ARTIFACTS_DIR, BARE_DECK_DIR, BARE_SITE_DIR, EXPORTS_DIR, EXPORTS_DONE, outputsOf, SUBPATH } from './artifacts'

/**
 * What a user's shell has: no NODE_ENV. Vitest sets NODE_ENV=test, which would make every child
 * build a development build of Vue; the outputs under test are built as `npm run build` and
 * `npm run export:all` build them for a user (budget.test.ts checks they are production builds).
 */
const USER_ENV = userEnv()

/** Starts a command; the promise settles when it ends, rejecting with everything it printed if it fails. */
function start(what: string, command: string, args: string[], cwd = ROOT): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: USER_ENV })
    let output = ''
    child.stdout.on('data', chunk => output += chunk)
    child.stderr.on('data', chunk => output += chunk)
    child.on('error', fail)
    child.on('close', status => status === 0 ? done() : fail(new Error(`${what} failed (exit ${status}):\n${output}`)))
  })
}

/** Resolves once every file in `paths` exists, or rejects when `ended` settles first. */
async function whenFilesExist(paths: string[], ended: Promise<void>): Promise<void> {
  let finished = false
  ended.then(() => finished = true, () => finished = true)
  while (!paths.every(existsSync)) {
    if (finished) {
      await ended
      throw new Error(`export:all ended without making ${paths.filter(path => !existsSync(path)).join(', ')}`)
    }
    await new Promise(done => setTimeout(done, 250))
  }
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
    slideKinds: deck.slides.map(slide => kindOf(slide.frontmatter)),
    slideClicks: deck.slides.map(slide => Number(slide.frontmatter.clicks ?? 0)),
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = await findChromiumHere()
  requirePoppler()

  project.provide('chromiumPath', chromium.path)
  const decks = Object.fromEntries(await Promise.all(EDITION_LOCALES.map(async locale => [locale, await deckFacts(locale)])))
  project.provide('decks', decks as Record<Locale, DeckFacts>)

  rmSync(ARTIFACTS_DIR, { recursive: true, force: true })
  mkdirSync(ARTIFACTS_DIR, { recursive: true })

  // export:all makes the sites (and the deck PDFs) first. The tests of the sites start as soon as
  // those exist; the tests of the other exports wait for EXPORTS_DONE (see exportsDone), written
  // when export:all ends, and run last (vitest.config.ts), so the exports and the site tests overlap.
  // The bare deck is built as the sites are, with `--download` (the PDF button and the print views
  // it brings), so that the size budget compares like with like. It prints its PDF before
  // export:all starts: every such build prints through a server on the same fixed port.
  await start('the bare deck\'s build', process.execPath, [resolve(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', '--download', '--executable-path', chromium.path, '--out', BARE_SITE_DIR], BARE_DECK_DIR)
  const oneEdition = EDITION_LOCALES.length === 1 ? ['--edition', EDITION_LOCALES[0]] : []
  const exportAll = start('npm run export:all', 'npm', ['run', 'export:all', '--', '--out', EXPORTS_DIR, '--base', SUBPATH, ...oneEdition])
  const finished = exportAll.then(
    () => writeFileSync(EXPORTS_DONE, JSON.stringify({ ok: true })),
    error => writeFileSync(EXPORTS_DONE, JSON.stringify({ ok: false, error: String(error.message) })),
  )
  await whenFilesExist(EDITION_LOCALES.map(locale => outputsOf(locale).pdf), exportAll)
  // Vitest waits for this before it ends the run.
  return async () => {
    await finished
  }
}
