// `npm run dev` (on either edition), the trainer's own command for editing and rehearsing, must
// work offline too: the dev server's pages ask nothing of the network and log no error or warning
// (Vue's dev-mode warnings included), and a bad figure shows over the slides the moment it is
// saved. `npm run present` is checked in live/tests/browser/.
import type { Browser } from 'playwright-chromium'
import type { DevServer } from '../../tools/servers'
import type { DeckCopy } from './deck-copy'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS, wordsOf } from '../../data/editions'
import { planOfNote, sessionClock } from '../../lib/pacing'
import { startDevServer } from '../../tools/servers'
import { EDITION_LOCALES } from '../deck'
import { slidesOfKind } from '../outputs'
import { launchChromium, offSiteRequests, openSlide, pressRemote, recordPage } from './browser'
import { copyDeck, FINER_FIGURE, finerFigureProblem } from './deck-copy'

// This file starts every dev server of the suite, one at a time, on a copy of the deck (broken
// there on purpose): two side by side, in two test files, would each find the dependencies the
// other just pre-bundled outdated (Vite answers 504 "Outdated Optimize Dep", and the page reloads).
let copy: DeckCopy
let browser: Browser

beforeAll(async () => {
  copy = copyDeck()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  copy?.remove()
})

describe.each(EDITION_LOCALES)('the dev server of the %s edition', (locale) => {
  let server: DevServer
  beforeAll(async () => {
    server = await startDevServer(copy.dir, EDITIONS[locale].entry)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('serves the cover, a comparison, a chart, a discussion and the presenter view with its pacing, offline and without warnings', async () => {
    const { url } = server
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
    await pressRemote(page, 'ArrowRight')
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

  it('shows a figure finer than its source over the slides once it is saved, naming the edition, the chart and the field, until it is put right', async () => {
    const page = await browser.newPage()
    await openSlide(page, server.url, 1)
    // A locator reaches into the overlay's shadow root, and waits again if the dev server reloads
    // the page on the change.
    const message = await copy.withBroken('data/charts.ts', ...FINER_FIGURE, () => page.locator('vite-error-overlay .message-body').textContent())
    expect(message).toContain(finerFigureProblem(locale))
    // Put right, the check says so, and a page opened then shows the slides, not the old problem.
    await expect.poll(() => server.output()).toContain('The deck has no problems now.')
    await page.locator('vite-error-overlay').waitFor({ state: 'detached' })
    const fresh = await browser.newPage()
    await openSlide(fresh, server.url, 1)
    expect(await fresh.locator('vite-error-overlay').count()).toBe(0)
    await fresh.close()
    await page.close()
  })
})
