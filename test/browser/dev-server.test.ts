// `npm run dev` and `npm run dev:zh`, the trainer's own commands, must work offline too: the dev
// server's pages ask nothing of the network and log no error or warning (Vue's dev-mode warnings
// included).
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import type { Locale } from '../../lib/i18n'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS } from '../../scripts/slidev.mjs'
import { EDITION_LOCALES, ROOT } from '../deck'
import { slidesOfClass } from './artifacts'
import { launchChromium, offSiteRequests, openSlide, recordPage } from './browser'

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise(done => server.close(done))
  return port
}

/** Resolves once `url` answers, or fails after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url).then(response => response.ok, () => false))
      return
    await new Promise(done => setTimeout(done, 250))
  }
  throw new Error(`the dev server did not answer at ${url} within ${timeoutMs} ms`)
}

/** A running `slidev` dev server of one edition. */
interface DevServer { process: ChildProcess, url: string }

/** Starts `npm run dev`'s server for `locale` on a free port, as a trainer's shell would (no NODE_ENV). */
async function startDevServer(locale: Locale): Promise<DevServer> {
  const port = await freePort()
  const url = `http://localhost:${port}`
  const { NODE_ENV: _testEnv, ...env } = process.env
  const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', EDITIONS[locale].entry, '--port', String(port)], { cwd: ROOT, stdio: 'ignore', env })
  await waitForServer(url, 60_000)
  return { process: child, url }
}

// Both editions' servers start side by side: each spends most of its start-up waiting on itself.
let servers: Record<Locale, DevServer>
let browser: Browser

beforeAll(async () => {
  const started = await Promise.all(EDITION_LOCALES.map(startDevServer))
  servers = Object.fromEntries(EDITION_LOCALES.map((locale, i) => [locale, started[i]])) as Record<Locale, DevServer>
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  for (const server of Object.values(servers ?? {}))
    server.process.kill()
})

describe.each(EDITION_LOCALES)('the dev server of the %s edition', (locale) => {
  it('serves the cover, a comparison, a chart and the presenter view offline and without warnings', async () => {
    const { url } = servers[locale]
    const first = (name: string) => slidesOfClass(inject('decks')[locale], name)[0]
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const record = recordPage(page)
    await openSlide(page, url, 1)
    await openSlide(page, url, first('comparison-slide'))
    await openSlide(page, url, first('impact-slide'))
    await page.locator('.comparison-chart__svg').first().waitFor()
    await page.goto(`${url}/presenter/1`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-note').first().waitFor()
    await page.close()
    expect(offSiteRequests(record.requests, url)).toEqual([])
    expect(record.problems).toEqual([])
  })
})
