// What the browser and export tests' global setups share: the tools they need (failing, never
// skipping, when one is missing), the decks as Slidev parses them, and the trainer's own export
// command, run to its end before any test starts: no test waits on a file another process writes.
import type { TestProject } from 'vitest/node'
import type { Locale } from '../data/editions'
import type { OutputName } from '../tools/outputs'
import type { DeckFacts } from './outputs'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { findChromiumHere } from '../tools/chromium'
import { userEnv } from '../tools/servers'
import { EDITION_LOCALES, kindOf, loadDeck, ROOT } from './deck'
import { ARTIFACTS_DIR, OUTPUTS_DIR, SITES_BASE } from './outputs'

/** Fails with how to install `tools` (a package name for each) when one is missing. */
export function requireTools(tools: Record<string, string>, why: string): void {
  for (const [tool, installed] of Object.entries(tools)) {
    if (spawnSync(tool, ['--version']).error)
      throw new Error(`${tool} not found: ${why} (Debian/Ubuntu: \`sudo apt-get install ${installed}\`).`)
  }
}

/** One edition as the tests read it. */
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

/**
 * `npm run export -- --only <only> --out <out> --base SITES_BASE` (tools/export.ts), as a trainer's
 * shell runs it: without Vitest's NODE_ENV=test, which would make every build a development build
 * of Vue (the budget test checks the sites are production builds). Rejects with everything it
 * printed if it fails.
 */
function runExport(only: OutputName[], out: string): Promise<void> {
  const editions = EDITION_LOCALES.flatMap(locale => ['--edition', locale])
  const args = ['--import', 'tsx', resolve(ROOT, 'tools/export.ts'), '--only', only.join(','), '--out', out, '--base', SITES_BASE, ...editions]
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: userEnv() })
    let output = ''
    child.stdout.on('data', chunk => output += chunk)
    child.stderr.on('data', chunk => output += chunk)
    child.on('error', fail)
    child.on('close', status => status === 0 ? done() : fail(new Error(`npm run export failed (exit ${status}):\n${output}`)))
  })
}

/** What each test project needs installed beyond Chromium: the export tests read the PDFs with poppler, as a learner's PDF reader would, and open the PowerPoint in LibreOffice, as PowerPoint would. */
const PROJECT_TOOLS: Record<string, () => void> = {
  exports: () => requireTools({ pdfinfo: 'poppler-utils', pdftotext: 'poppler-utils', pdffonts: 'poppler-utils', soffice: 'libreoffice-impress' }, 'the export tests read the PDFs and open the PowerPoint'),
}

/** The outputs each test project reads: the browser tests the sites, the export tests the rest. */
const PROJECT_OUTPUTS: Record<string, OutputName[]> = {
  browser: ['site'],
  exports: ['pdf', 'step-by-step', 'notes', 'notes-pages', 'handout', 'pptx', 'pptx-editable', 'one-file'],
}

/**
 * A project's global setup: finds the Chromium the tests drive, gives every test the decks as
 * Slidev parses them, and makes into OUTPUTS_DIR, emptied first, what the projects of this run read.
 * Once for all of them: `npm test` runs the browser and the export tests in one Vitest, and one
 * export then builds each edition's site once for both (each project's setup awaits the same run).
 */
export async function makeOutputs(project: TestProject): Promise<void> {
  project.provide('chromiumPath', (await findChromiumHere()).path)
  const decks = Object.fromEntries(await Promise.all(EDITION_LOCALES.map(async locale => [locale, await deckFacts(locale)])))
  project.provide('decks', decks as Record<Locale, DeckFacts>)
  // Each project's setup is its own module; the process is the one thing they share.
  const run = globalThis as { deckOutputs?: Promise<void> }
  run.deckOutputs ??= (async () => {
    const projects = project.vitest.projects.map(each => each.name)
    // A missing tool fails the run before the export, not after it.
    for (const name of projects)
      PROJECT_TOOLS[name]?.()
    const only = [...new Set(projects.flatMap(name => PROJECT_OUTPUTS[name] ?? []))]
    rmSync(OUTPUTS_DIR, { recursive: true, force: true })
    // A run's failures are its own: those of the run before go.
    rmSync(resolve(ARTIFACTS_DIR, 'failures'), { recursive: true, force: true })
    mkdirSync(OUTPUTS_DIR, { recursive: true })
    await runExport(only, OUTPUTS_DIR)
  })()
  await run.deckOutputs
}
