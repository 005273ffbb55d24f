// `npm run export:notes`: the speaker notes as an A4 PDF, one trainer's script per slide
// (`-- --edition zh-Hant` for the Traditional Chinese edition's).
// `slidev export-notes` launches Playwright's own headless shell and takes no browser path, so
// on Linux a private browsers folder is laid out where Playwright looks, pointing at the
// Chromium found on this machine. Nothing is downloaded.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromiumOrExit, editionFrom, optionValue, runSlidev } from './slidev.mjs'

/** The revision of the headless shell the installed Playwright expects, from its browsers.json. */
function headlessShellRevision() {
  const packageJson = fileURLToPath(import.meta.resolve('playwright-chromium/package.json'))
  const file = join(dirname(packageJson), 'browsers.json')
  const { browsers } = JSON.parse(readFileSync(file, 'utf8'))
  return browsers.find(browser => browser.name === 'chromium-headless-shell').revision
}

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const output = optionValue(args, '--output') ?? `exports/${edition.name}-notes.pdf`
mkdirSync(dirname(output), { recursive: true })

const browser = await chromiumOrExit()
const env = { ...process.env }
let browsersDir
if (browser.source !== 'playwright' && process.platform === 'linux') {
  browsersDir = mkdtempSync(join(tmpdir(), 'deck-browsers-'))
  const shell = join(browsersDir, `chromium_headless_shell-${headlessShellRevision()}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell')
  mkdirSync(dirname(shell), { recursive: true })
  symlinkSync(browser.path, shell)
  env.PLAYWRIGHT_BROWSERS_PATH = browsersDir
}
const status = runSlidev(['export-notes', edition.entry, '--output', output.replace(/\.pdf$/, '')], env)
if (browsersDir)
  rmSync(browsersDir, { recursive: true, force: true })
process.exit(status)
