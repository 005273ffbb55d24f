// Runs the Slidev CLI of this project with a Chromium found on this machine (see chromium.mjs).
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { findChromiumHere } from './chromium.mjs'

/** The name every output file starts with, as the deck's headmatter sets `exportFilename`. */
export const DECK_NAME = 'b2b-vs-b2c-operations'

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
