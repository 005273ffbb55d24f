import { describe, expect, it } from 'vitest'
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../tools/chromium'

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1254/chrome-linux64/chrome'

/** A machine on which only `files` exist. */
function machine(files: string[], env: Record<string, string> = {}, platform = 'linux') {
  return { env, platform, exists: (path: string) => files.includes(path), playwrightPath: PLAYWRIGHT }
}

describe('findChromium', () => {
  it('takes CHROME_PATH first, even when a system Chromium exists', () => {
    expect(findChromium(machine(['/opt/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/chrome' })))
      .toEqual({ path: '/opt/chrome', source: 'CHROME_PATH' })
  })

  it('refuses a CHROME_PATH that names no file, naming it', () => {
    expect(() => findChromium(machine(['/usr/bin/chromium'], { CHROME_PATH: '/opt/missing' })))
      .toThrow('CHROME_PATH is set to "/opt/missing", but no file is there.')
  })

  it('finds Debian\'s Chromium before Google Chrome', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome', '/usr/bin/chromium'])))
      .toEqual({ path: '/usr/bin/chromium', source: 'system' })
  })

  it('finds Chrome at its macOS path', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(machine([chrome], {}, 'darwin'))).toEqual({ path: chrome, source: 'system' })
  })

  it('falls back to Playwright\'s own browser when it is installed', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toEqual({ path: PLAYWRIGHT, source: 'playwright' })
  })

  it('stops with a message naming both ways to get a browser when none is found', () => {
    expect(() => findChromium(machine([]))).toThrow(NO_CHROMIUM_MESSAGE)
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install chromium')
    expect(NO_CHROMIUM_MESSAGE).toContain('npx playwright install chromium')
  })

  it('treats a blank CHROME_PATH as unset', () => {
    expect(findChromium(machine(['/usr/bin/chromium'], { CHROME_PATH: '  ' })).source).toBe('system')
  })
})
