// Finds a Chromium for the exports and the browser tests, without ever downloading one, and
// starts it headless. (Slidev gap: its exporter reads no CHROME_PATH; tools/slidev.ts passes the
// browser found here as `executablePath`.)
import type { Browser } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import process from 'node:process'

/** Where a system Chrome or Chromium usually lives, per platform, most likely first. */
export const SYSTEM_CHROMIUM_PATHS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

/** What to tell someone who has no browser: both ways to get one. */
export const NO_CHROMIUM_MESSAGE = [
  'No Chromium found: the PDF export and the browser tests need one.',
  'Either install a system Chromium (Debian/Ubuntu: `sudo apt-get install chromium`, found at',
  '/usr/bin/chromium; or point CHROME_PATH at any Chrome or Chromium executable),',
  'or install Playwright\'s own browser: `npx playwright install chromium`.',
].join('\n')

/**
 * Picks the browser to drive, in this order: `CHROME_PATH`, a system Chromium or Chrome at its
 * usual path, then Playwright's own browser if it has been installed.
 *
 * Pure: the environment, the platform and the file-system check are passed in, so every branch
 * can be tested.
 *
 * @param options where to look
 * @param options.env environment variables (reads CHROME_PATH)
 * @param options.platform `process.platform`
 * @param options.exists whether an executable file is at that path
 * @param options.playwrightPath where Playwright's own Chromium would be
 * @returns the executable, and which rule found it
 * @throws {Error} when CHROME_PATH names a missing file, or when no browser is found at all
 */
export function findChromium({ env, platform, exists, playwrightPath }: {
  env: Record<string, string | undefined>
  platform: string
  exists: (path: string) => boolean
  playwrightPath: string | undefined
}): FoundChromium {
  const fromEnv = env.CHROME_PATH?.trim()
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there. Fix or unset CHROME_PATH.\n\n${NO_CHROMIUM_MESSAGE}`)
    return { path: fromEnv, source: 'CHROME_PATH' }
  }
  const system = (SYSTEM_CHROMIUM_PATHS[platform] ?? []).find(exists)
  if (system)
    return { path: system, source: 'system' }
  if (playwrightPath && exists(playwrightPath))
    return { path: playwrightPath, source: 'playwright' }
  throw new Error(NO_CHROMIUM_MESSAGE)
}

/** A browser found, and which rule found it. */
export interface FoundChromium {
  path: string
  source: 'CHROME_PATH' | 'system' | 'playwright'
}

/** Where Playwright would keep its own Chromium, or undefined when Playwright is not installed. */
export async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** {@link findChromium} on this machine. */
export async function findChromiumHere(): Promise<FoundChromium> {
  return findChromium({
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    playwrightPath: await playwrightChromiumPath(),
  })
}

/**
 * Flags for a headless Chromium that must not reach the network on its own (updates, sync,
 * QUIC probes) and may run as root in CI, where the sandbox is unavailable.
 */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A headless Chromium at `executablePath` (findChromiumHere), with HEADLESS_ARGS. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-chromium')
  return chromium.launch({ executablePath, args: HEADLESS_ARGS })
}
