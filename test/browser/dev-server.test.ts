// `npm run dev` (on either edition), the trainer's own command for editing and rehearsing, must
// work offline too: the dev server's pages ask nothing of the network and log no error or warning
// (Vue's dev-mode warnings included). `npm run present` is checked in live/tests/browser/.
import type { Browser } from 'playwright-chromium'
import type { Locale } from '../../data/editions'
import type { DevServer } from '../../tools/servers'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS, wordsOf } from '../../data/editions'
import { planOfNote, sessionClock } from '../../lib/pacing'
import { startDevServer } from '../../tools/servers'
import { EDITION_LOCALES, ROOT } from '../deck'
import { slidesOfKind } from '../outputs'
import { launchChromium, offSiteRequests, openSlide, recordPage } from './browser'

// One server after the other: side by side, each would find the dependencies the other just
// pre-bundled outdated (Vite answers 504 "Outdated Optimize Dep").
const servers = {} as Record<Locale, DevServer>
let browser: Browser

beforeAll(async () => {
  for (const locale of EDITION_LOCALES)
    servers[locale] = await startDevServer(ROOT, EDITIONS[locale].entry)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(Object.values(servers).map(server => server.stop()))
})

describe.each(EDITION_LOCALES)('the dev server of the %s edition', (locale) => {
  it('serves the cover, a comparison, a chart, a discussion and the presenter view with its pacing, offline and without warnings', async () => {
    const { url } = servers[locale]
    const deck = inject('decks')[locale]
    const first = (name: string) => slidesOfKind(deck, name)[0]
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // A dev server transforms each module on its first request: on a fresh clone, with the other
    // test files running beside it, a first load can take longer than Playwright's 30 s.
    page.setDefaultNavigationTimeout(120_000)
    page.setDefaultTimeout(60_000)
    const record = recordPage(page)
    await openSlide(page, url, 1)
    await openSlide(page, url, first('comparison'))
    await openSlide(page, url, first('impact'))
    await page.locator('.comparison-chart__svg').first().waitFor()
    // Without `npm run present`, the knowledge check is as in the PDF: no vote, no QR code.
    await openSlide(page, url, first('quiz'))
    expect(await page.locator('.live-join, .vote-chart').count()).toBe(0)
    await openSlide(page, url, first('discussion'))
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator(`.slidev-page-${first('discussion')} .activity-timer`).getAttribute('data-phase')).toBe('running')
    await page.goto(`${url}/presenter/1`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-note').first().waitFor()
    // The plan of the cover, from its note: "about 1 minute, from 0:00".
    const plan = planOfNote(deck.slideNotes[0], wordsOf(locale).notes.planHeading)!
    expect(await page.locator('.pacing-status__plan').textContent()).toBe(wordsOf(locale).ui.pacing.plan('0:00', sessionClock(plan.minutes), plan.minutes))
    await page.close()
    expect(offSiteRequests(record.requests, url)).toEqual([])
    expect(record.problems).toEqual([])
  })
})
