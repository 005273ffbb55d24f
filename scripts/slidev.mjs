// Runs the Slidev CLI of this project with a Chromium found on this machine (see chromium.mjs).
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { findChromiumHere } from './chromium.mjs'

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
