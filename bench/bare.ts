// `npm run bench -- --bare` (or `node --import tsx bench/bare.ts`): builds the bare Slidev deck
// (bench/bare: the same Slidev and theme, nothing added) as a site is built, weighs its
// JavaScript without speaker notes and records it, with the versions it was built with, in
// bench/bare-size.json: the yardstick of the size budget (test/browser/budget.test.ts). Run it
// after updating Slidev, Vite or Vue; the budget test says when the versions no longer match.
import type { BareSize } from './bundle-size.ts'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { resolveOptions } from '@slidev/cli'
import { buildWithSlidev } from '../tools/slidev.ts'
import { ROOT } from '../vite/decks.ts'
import { assetSizes, BARE_SIZE_FILE, installedVersions } from './bundle-size.ts'

/** The bare deck built with `download` (print views and PDF button, as a site is built), weighed. */
export async function weighBareDeck(): Promise<BareSize> {
  const out = mkdtempSync(join(tmpdir(), 'bare-deck-'))
  try {
    const options = await resolveOptions({ entry: resolve(ROOT, 'bench/bare/slides.md'), download: true }, 'build')
    await buildWithSlidev(options, { outDir: out, download: true })
    return { versions: installedVersions(ROOT), jsGzip: assetSizes(out, { speakerNotes: false }).js.gzip }
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const size = await weighBareDeck()
  writeFileSync(BARE_SIZE_FILE, `${JSON.stringify(size, null, 2)}\n`)
  console.log(`The bare deck ships ${size.jsGzip} B of gzipped JavaScript (${Object.entries(size.versions).map(([name, version]) => `${name} ${version}`).join(', ')}): bench/bare-size.json`)
}
