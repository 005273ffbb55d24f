// Makes every output once, with the same commands a trainer runs (`npm run export:all`, and a
// build under a sub-path), so every browser test looks at the real outputs. Fails (never skips)
// when a tool is missing.
import type { TestProject } from 'vitest/node'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { findChromiumHere } from '../../scripts/chromium.mjs'
import { loadDeck, ROOT } from '../deck'
import { ARTIFACTS_DIR, BARE_DECK_DIR, BARE_SITE_DIR, EXPORTS_DIR, SUBPATH, SUBPATH_SITE_DIR } from './artifacts'

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

export default async function setup(project: TestProject): Promise<void> {
  const chromium = await findChromiumHere()
  requirePoppler()

  const deck = await loadDeck()
  project.provide('chromiumPath', chromium.path)
  project.provide('slideCount', deck.slides.length)
  project.provide('slideTitles', deck.slides.map(slide => slide.title ?? ''))
  project.provide('slideNotes', deck.slides.map(slide => slide.note ?? ''))

  rmSync(ARTIFACTS_DIR, { recursive: true, force: true })
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  run('npm run export:all', 'npm', ['run', 'export:all', '--', '--out', EXPORTS_DIR])
  run('npm run build under a sub-path', 'npm', ['run', 'build', '--', '--base', SUBPATH, '--out', SUBPATH_SITE_DIR])
  run('the bare deck\'s build', process.execPath, [resolve(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', '--out', BARE_SITE_DIR], BARE_DECK_DIR)
}
