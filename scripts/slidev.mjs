// Runs the Slidev CLI of this project with a Chromium found on this machine (see chromium.mjs).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { findChromiumHere } from './chromium.mjs'

// import.meta.dirname where the runtime gives it (Node, Vitest's module runner, also for test files
// in a browser-like environment, where import.meta.url is not a file URL).
const ROOT = resolve(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The deck's editions, by language: the entry Slidev reads, the name every output file of that
 * edition starts with (its headmatter's `exportFilename`), where `npm run build` puts its site
 * and the name of that site's folder among `npm run export:all`'s outputs (one folder each: a
 * build empties its folder first).
 */
export const EDITIONS = {
  'en': { locale: 'en', entry: 'slides.md', name: 'b2b-vs-b2c-operations', dist: 'dist', site: 'site' },
  'zh-Hant': { locale: 'zh-Hant', entry: 'slides.zh-Hant.md', name: 'b2b-vs-b2c-operations-zh-Hant', dist: 'dist-zh-Hant', site: 'site-zh-Hant' },
}

/**
 * The edition `--edition <language>` names in `args` (English without it) and the other
 * arguments; exits with the languages there are when it names none of them.
 */
export function editionFrom(args) {
  const at = args.indexOf('--edition')
  if (at < 0)
    return { edition: EDITIONS.en, rest: args }
  const language = args[at + 1]
  if (!Object.hasOwn(EDITIONS, language)) {
    console.error(`--edition ${language ?? '(nothing)'}: the deck has the editions ${Object.keys(EDITIONS).join(', ')}`)
    process.exit(1)
  }
  return { edition: EDITIONS[language], rest: args.filter((_, i) => i !== at && i !== at + 1) }
}

/** The browser to use, or exit with the message that says how to get one. */
export async function chromiumOrExit() {
  try {
    const browser = await findChromiumHere()
    console.log(`Using ${browser.path} (from ${browser.source})`)
    return browser
  }
  catch (error) {
    console.error(`\n${error.message}\n`)
    process.exit(1)
  }
}

/** Runs `slidev <args>` in the project, showing its output; returns its exit code. */
export function runSlidev(args, env = process.env) {
  const cli = fileURLToPath(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env })
  return run.status ?? 1
}

/** The value after `--name` in `args`, or undefined. */
export function optionValue(args, name) {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

/**
 * An edition as `slidev` parses it: its entry and every page it pulls in (slides, frontmatter,
 * notes). Slidev's CLI is loaded only when asked for, so the scripts that never parse start fast.
 *
 * @param {{ entry: string }} edition
 * @param {typeof import('@slidev/cli').parser} [parser] Slidev's parser, if the caller has it
 */
export async function loadEdition(edition, parser) {
  // A caller loaded by Vite's module runner passes the parser it imported: the runner is closed
  // once that caller is loaded, and a later import through it fails.
  parser ??= (await import('@slidev/cli')).parser
  return parser.load({ userRoot: ROOT, roots: [ROOT], allowedRoots: [ROOT] }, resolve(ROOT, edition.entry))
}

/**
 * The edition's built site with its print views (the notes PDF, the notes pages and the handout
 * print from them): the one `--site` names in `args`, served under `--base`, or one built here
 * into a temporary folder; `remove()` deletes what was built here. Exits when the build fails.
 */
export function printableSite(edition, args, browserPath) {
  const base = optionValue(args, '--base') ?? '/'
  const given = optionValue(args, '--site')
  if (given)
    return { site: given, base, remove: () => {} }
  const site = mkdtempSync(join(tmpdir(), 'deck-print-site-'))
  // `--download` is what turns the print views on in a build (it also prints the deck PDF).
  const status = runSlidev(['build', edition.entry, '--download', '--executable-path', browserPath, '--out', site, '--base', base])
  if (status !== 0)
    process.exit(status)
  return { site, base, remove: () => rmSync(site, { recursive: true, force: true }) }
}
