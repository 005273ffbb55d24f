// `npm run dev` and `npm run dev:zh`, the trainer's own commands, must work offline too: the dev
// server's pages ask nothing of the network and log no error or warning (Vue's dev-mode warnings
// included). `npm run present`, the same server with the room's vote, is checked here as well:
// its phones, its presenter, its bad input and its load, on the loopback.
import type { Browser, Page } from 'playwright-chromium'
import type { Locale } from '../../lib/i18n'
import type { DevServer, LiveServer, PageRecord } from './browser'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CORRECT_CHOICES, QUESTIONS } from '../../data/knowledge-check'
import { UI_TEXT } from '../../lib/i18n'
import { LIVE_TEXT } from '../../lib/live-text'
import { REFUSAL_MESSAGES } from '../../lib/live-votes'
import { planOfNote, sessionClock } from '../../lib/pacing'
import { EDITIONS } from '../../scripts/slidev.mjs'
import { EDITION_LOCALES, loadDeck, ROOT } from '../deck'
import { slidesOfKind } from './artifacts'
import { launchChromium, offSiteRequests, openSlide, recordPage, seriousAxeViolationsIn, startDevServer, startLiveServer } from './browser'

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
  for (const server of Object.values(servers))
    server.process.kill()
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
    const plan = planOfNote(deck.slideNotes[0], locale)!
    expect(await page.locator('.pacing-status__plan').textContent()).toBe(UI_TEXT[locale].pacing.plan('0:00', sessionClock(plan.minutes), plan.minutes))
    await page.close()
    expect(offSiteRequests(record.requests, url)).toEqual([])
    expect(record.problems).toEqual([])
  })
})

describe('a live session, `npm run present`, on the loopback', () => {
  const deck = inject('decks').en
  const [firstQuiz, secondQuiz] = slidesOfKind(deck, 'quiz')
  const votesDir = mkdtempSync(join(tmpdir(), 'deck-votes-'))
  const votesFile = join(votesDir, 'en.json')
  const QUESTION_1 = QUESTIONS.en[0]
  let live: LiveServer
  const records: PageRecord[] = []

  /** A page in a browser context of its own, as each phone is; everything it requests recorded. */
  async function newDevice(viewport = { width: 390, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport })
    // As for the dev servers above: a first load on a fresh clone, under load, may take over 30 s.
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
    const page = await context.newPage()
    records.push(recordPage(page))
    return page
  }

  /** A vote as a phone's page sends it, straight to the server; its status and answer. */
  async function post(body: string): Promise<{ status: number, answer: { ok?: boolean, error?: string, message?: string } }> {
    const response = await fetch(`${live.url}/__live/vote`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    return { status: response.status, answer: await response.json() }
  }
  const vote = (device: string, question: number, choice: number) => post(JSON.stringify({ device, question, choice }))
  const deviceId = (n: number) => `test-device-${String(n).padStart(6, '0')}`

  /** Slide `no` as the presenter view shows it as the current slide (not in its preview of the next). */
  const current = (no: number) => `.grid-section.main .slidev-page-${no}`

  /** What the presenter's slide `no` shows of the votes: each choice's count, and the right one once marked. */
  async function chartOf(page: Page, no: number): Promise<{ counts: string[], right: number[] }> {
    const rows = page.locator(`${current(no)} .vote-chart__row`)
    return {
      counts: await page.locator(`${current(no)} .vote-chart__count`).evaluateAll(cells => cells.map(cell => cell.textContent!.replace('✓', '').trim())),
      right: await rows.evaluateAll(all => all.flatMap((row, i) => row.hasAttribute('data-right') ? [i] : [])),
    }
  }

  beforeAll(async () => {
    live = await startLiveServer(ROOT, votesDir)
    // Warm the server up as a trainer's rehearsal does: every slide's modules transformed once,
    // by a viewer's page (without the password it follows, and never moves the presenter).
    const warmUp = await browser.newPage()
    await warmUp.goto(`${live.url}/1`, { timeout: 120_000 })
    await warmUp.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, deck.slideCount, { timeout: 120_000 })
    await warmUp.close()
  })

  afterAll(async () => {
    await live?.stop()
  })

  let presenter: Page
  let phones: Page[]

  it('lets five phones answer, change an answer and see the vote close, while the presenter\'s chart counts them', async () => {
    presenter = await newDevice({ width: 1280, height: 720 })
    phones = await Promise.all(Array.from({ length: 5 }, () => newDevice()))
    // Before the knowledge check, a phone is told no question is open.
    await phones[0].goto(`${live.url}/vote`)
    await expect.poll(() => phones[0].locator('#status').textContent()).toBe(LIVE_TEXT.en.noQuestion)

    await presenter.goto(`${live.url}/presenter/${firstQuiz}?password=${live.password}`, { waitUntil: 'networkidle' })
    await presenter.locator(`${current(firstQuiz)} .vote-chart`).waitFor()
    const choose = async (phone: Page, choice: number) => {
      await phone.getByRole('button', { name: QUESTION_1.choices[choice] }).click()
      await expect.poll(() => phone.locator('#note-1').textContent()).toBe(LIVE_TEXT.en.saved)
    }
    const choices = [1, 1, 1, 0, 2]
    for (const [i, phone] of phones.entries()) {
      if (i > 0)
        await phone.goto(`${live.url}/vote`)
      await phone.getByRole('button', { name: QUESTION_1.choices[0] }).waitFor()
      await choose(phone, choices[i])
    }
    // The fifth phone changes its mind: counted once, as its last choice.
    await choose(phones[4], 1)
    expect(await phones[4].getByRole('button', { name: QUESTION_1.choices[1] }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [] })
    // The longest bar is the most chosen; the others in proportion.
    await expect.poll(() => presenter.locator(`${current(firstQuiz)} .vote-chart__bar`).evaluateAll(bars => bars.map(bar => (bar as HTMLElement).style.transform)))
      .toEqual(['scaleX(0.25)', 'scaleX(1)', 'scaleX(0)', 'scaleX(0)'])

    // The click that reveals the answer closes the vote and marks the right choice.
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    for (const phone of phones) {
      await expect.poll(() => phone.locator('#note-1').textContent()).toBe(LIVE_TEXT.en.closed)
      expect(await phone.getByRole('button', { name: QUESTION_1.choices[2] }).isDisabled()).toBe(true)
    }
  })

  it('draws a QR code that reads as the voting page\'s address', async () => {
    const image = await presenter.locator(`${current(firstQuiz)} .live-join__code svg`).evaluate(async (svg) => {
      const picture = new Image()
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`
      await picture.decode()
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = 400
      const context = canvas.getContext('2d')!
      context.fillStyle = '#fff'
      context.fillRect(0, 0, 400, 400)
      context.drawImage(picture, 20, 20, 360, 360)
      return Array.from(context.getImageData(0, 0, 400, 400).data)
    })
    expect(jsQR(Uint8ClampedArray.from(image), 400, 400)?.data).toBe(`${live.url}/vote`)
    expect(await presenter.locator(`${current(firstQuiz)} .live-join__url`).textContent()).toContain('127.0.0.1')
  })

  it('gives the phones a voting page with no serious accessibility problem', async () => {
    expect(await seriousAxeViolationsIn(phones[0], 'html')).toEqual([])
    expect(await phones[0].getAttribute('html', 'lang')).toBe('en')
  })

  it('keeps the counts through a reload of the presenter\'s page and a restart of the server', async () => {
    await presenter.reload({ waitUntil: 'networkidle' })
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    // The pages are closed first: a page left open on a stopped server fails to load its modules.
    await Promise.all([presenter, ...phones].map(page => page.context().close()))
    const port = Number(new URL(live.url).port)
    await live.stop()
    live = await startLiveServer(ROOT, votesDir, port)
    presenter = await newDevice({ width: 1280, height: 720 })
    await presenter.goto(`${live.url}/presenter/${firstQuiz}?clicks=1&password=${live.password}`, { waitUntil: 'networkidle' })
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    // Five phones answered the first question.
    expect(live.output()).toContain(`5 vote(s) loaded from ${votesFile}`)
  })

  it('refuses every bad vote with its reason, logs each once, and counts none of them', async () => {
    await presenter.goto(`${live.url}/presenter/${secondQuiz}?password=${live.password}`, { waitUntil: 'networkidle' })
    const [second] = (await loadDeck('en')).slides[secondQuiz - 1].frontmatter.questions as number[]
    await expect.poll(async () => (await vote(deviceId(1), second, 0)).status).toBe(200)
    const refused = async (reply: Awaited<ReturnType<typeof post>>) => [reply.status, reply.answer.error, reply.answer.message]
    expect(await refused(await vote(deviceId(2), 9, 0))).toEqual([404, 'unknown-question', REFUSAL_MESSAGES['unknown-question']])
    expect(await refused(await vote(deviceId(2), 1, 0))).toEqual([409, 'closed', REFUSAL_MESSAGES.closed])
    expect(await refused(await vote(deviceId(2), second, 7))).toEqual([400, 'unknown-choice', REFUSAL_MESSAGES['unknown-choice']])
    expect(await refused(await post('{"device": '))).toEqual([400, 'malformed', REFUSAL_MESSAGES.malformed])
    expect(await refused(await post(JSON.stringify({ device: 'x', question: second, choice: 0 })))).toEqual([400, 'malformed', REFUSAL_MESSAGES.malformed])
    expect(await refused(await post(JSON.stringify({ device: deviceId(2), question: second, choice: 0, pad: 'x'.repeat(2048) })))).toEqual([413, 'too-large', REFUSAL_MESSAGES['too-large']])
    // A flood from one device: the first few pass, the rest are refused.
    const flood = await Promise.all(Array.from({ length: 12 }, (_, i) => vote(deviceId(3), second, i % 3)))
    expect(flood.filter(reply => reply.status === 200).length).toBe(5)
    expect(flood.filter(reply => reply.status === 429).map(reply => reply.answer.error)).toEqual(Array.from({ length: 7 }).fill('too-fast'))
    // Still serving, with one vote from each of the two devices on that question.
    expect((await fetch(`${live.url}/vote`)).status).toBe(200)
    await expect.poll(async () => Object.keys(JSON.parse(await readFile(votesFile, 'utf8'))[second] ?? {}).sort()).toEqual([deviceId(1), deviceId(3)])
    // Each reason logged once per sender, however often it was refused.
    expect(live.output().match(/\(too-fast; said once per sender\)/g)).toHaveLength(1)
    expect(live.output().match(/\(closed; said once per sender\)/g)).toHaveLength(1)
  })

  it('counts 200 voters answering at once, each exactly once', async () => {
    const [, third] = (await loadDeck('en')).slides[secondQuiz - 1].frontmatter.questions as number[]
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => vote(deviceId(1000 + i), third, i % QUESTIONS.en[third - 1].choices.length)))
    expect(replies.filter(reply => reply.status === 200)).toHaveLength(200)
    // The presenter sees them once its click brings the third question's votes on screen.
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('ArrowRight')
    const choices = QUESTIONS.en[third - 1].choices.length
    const expected = Array.from({ length: choices }, (_, c) => Array.from({ length: 200 }, (_, i) => i % choices).filter(choice => choice === c).length)
    await expect.poll(() => chartOf(presenter, secondQuiz).then(chart => chart.counts)).toEqual(expected.map(count => LIVE_TEXT.en.votes(count)))
  })

  it('exports the results per question as JSON and CSV, and resets the session', async () => {
    const env = { ...process.env, DECK_LIVE_DIR: votesDir }
    const output = join(votesDir, 'results')
    execFileSync(process.execPath, ['scripts/live-votes.mjs', 'results', '--output', output], { cwd: ROOT, env })
    const results = JSON.parse(await readFile(`${output}.json`, 'utf8')) as { question: number, choice: number, votes: number, correct: boolean }[]
    // One vote for the first choice, four for the second: the right one is whichever data says.
    expect(results.filter(row => row.question === 1).map(row => [row.votes, row.correct])).toEqual([1, 4, 0, 0].map((votes, choice) => [votes, choice === CORRECT_CHOICES[0]]))
    const csv = await readFile(`${output}.csv`, 'utf8')
    expect(csv.split('\r\n')[0]).toBe('"question","question_text","choice","choice_text","votes","correct"')
    expect(csv).toContain(`"1","${QUESTION_1.question}","2","${QUESTION_1.choices[1]}","4","${CORRECT_CHOICES[0] === 1}"`)
    // The presenter's page goes first: a page left open on a stopped server logs its failed reloads.
    await presenter.context().close()
    await live.stop()
    execFileSync(process.execPath, ['scripts/live-votes.mjs', 'reset'], { cwd: ROOT, env })
    expect(existsSync(votesFile)).toBe(false)
  })

  it('asks nothing of any other machine, and logs no error', () => {
    expect(records.flatMap(record => offSiteRequests(record.requests, live.url))).toEqual([])
    expect(records.flatMap(record => record.problems)).toEqual([])
  })
})
