// `npm run present` as a trainer runs it and as the room meets it, on the loopback: five phones
// vote while the presenter's chart counts them; what a stranger on the Wi-Fi would try against the
// room's listener; the deck's listener on the loopback alone; no right answer before its reveal;
// a vote acknowledged and then the server killed; a room's worth of open streams; the results.
import type { Browser, Page } from 'playwright-chromium'
import type { PageRecord } from '../../../test/browser/browser'
import type { LiveServer } from '../../../tools/servers'
import type { PhoneState } from '../../vote-page'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, inject } from 'vitest'
import { wordsOf } from '../../../data/editions'
import { CORRECT_CHOICES } from '../../../data/knowledge-check'
import { knowledgeCheck } from '../../../lib/knowledge-check'
import { keepFailures, launchChromium, pressRemote, recordPage, seriousAxeViolationsIn, storySteps } from '../../../test/browser/browser'
import { CHARTS, loadDeck, ROOT } from '../../../test/deck'
import { outputsOf, slidesOfKind } from '../../../test/outputs'
import { startPresent } from '../../../tools/servers'
import { REFUSAL_MESSAGES } from '../../rules'
import { DECK_ROUTES } from '../../server'
import { follow as followStream, send } from '../http'

const deck = inject('decks').en
const [firstQuiz, secondQuiz] = slidesOfKind(deck, 'quiz')
const dir = mkdtempSync(join(tmpdir(), 'deck-live-'))
const votesFile = join(dir, 'en.json')
const QUESTION_1 = wordsOf('en').quiz[0]
const ASKED = knowledgeCheck(wordsOf('en').quiz, CHARTS, 'en')
let browser: Browser
let live: LiveServer
const records = new Map<Page, PageRecord>()

/** A vote as a phone's page sends it, straight to the room's listener: its status and answer. */
async function post(body: string): Promise<{ status: number, answer: { ok?: boolean, error?: string, message?: string } }> {
  const reply = await send(`${live.roomUrl}/vote`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
  return { status: reply.status, answer: JSON.parse(reply.body) }
}
const vote = (device: string, question: number, choice: number) => post(JSON.stringify({ device, question, choice }))
const deviceId = (n: number) => `test-device-${String(n).padStart(6, '0')}`

/** The room's event stream as a phone holds it: every state it is sent. */
const follow = (device: string) => followStream<PhoneState>(`${live.roomUrl}/vote/events?device=${device}`, 'state')

/** A page in a browser context of its own, as each phone is; everything it requests recorded. */
async function newDevice(viewport = { width: 390, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  records.set(page, recordPage(page))
  return page
}

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

/** The addresses a port is listened on, as the kernel lists them (Linux: /proc/net/tcp and tcp6). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap(file => readFileSync(file, 'utf8').split('\n').slice(1).flatMap((line) => {
    const [, local, , state] = line.trim().split(/\s+/)
    if (state !== '0A' || !local?.endsWith(`:${hexPort}`))
      return []
    const hex = local.split(':')[0]
    // IPv4 is four bytes, little-endian; IPv6 is 16, shown as hex.
    return [hex.length === 8 ? hex.match(/../g)!.reverse().map(byte => Number.parseInt(byte, 16)).join('.') : hex]
  }))
}

beforeAll(async () => {
  browser = await launchChromium()
  // The real command, serving the English site the setup built at the root (a trainer's `--site`);
  // where the run built none (TEST_EDITION=zh-Hant), the command builds it first, as without --site.
  const built = outputsOf('en').site
  live = await startPresent(ROOT, { dir, site: existsSync(join(built, 'index.html')) ? built : undefined })
})

afterAll(async () => {
  await browser?.close()
  await live?.stop()
})

let presenter: Page
let phones: Page[]
/** A phone that follows the questions by its event stream for the whole walk: all it is told. */
let watcher: Awaited<ReturnType<typeof follow>>
/** Everything the room's listener answered in the tests, to look for answers in. */
const toTheRoom: string[] = []

describe('a live session, `npm run present`, on the loopback', () => {
  // One session, told in order: each step starts where the one before left the room and the server.
  const step = storySteps()
  keepFailures(() => presenter)

  step('serves the deck and the presenter view on the loopback only, and the vote on the room\'s address only', async () => {
    expect(listeningAddresses(Number(new URL(live.url).port))).toEqual(['127.0.0.1'])
    expect(listeningAddresses(Number(new URL(live.roomUrl).port))).toEqual(['127.0.0.1'])
    expect(live.output()).toContain(`[live] the room votes at ${live.roomUrl}/vote`)
    expect(live.output()).toContain(`[live] projector: ${live.url}/  presenter view: ${live.url}/presenter/  (this machine only)`)
  })

  step('lets five phones answer, change an answer and see the vote close, while the presenter\'s chart counts them', async () => {
    watcher = await follow(deviceId(999))
    presenter = await newDevice({ width: 1280, height: 720 })
    phones = await Promise.all(Array.from({ length: 5 }, () => newDevice()))
    // Before the knowledge check, a phone is told no question is open.
    await phones[0].goto(`${live.roomUrl}/vote`)
    await expect.poll(() => phones[0].locator('#status').textContent()).toBe(wordsOf('en').live.noQuestion)

    await presenter.goto(`${live.url}/presenter/${firstQuiz}`, { waitUntil: 'networkidle' })
    await presenter.locator(`${current(firstQuiz)} .vote-chart`).waitFor()
    const choose = async (phone: Page, choice: number) => {
      await phone.getByRole('button', { name: QUESTION_1.choices[choice] }).click()
      await expect.poll(() => phone.locator('#note-1').textContent()).toBe(wordsOf('en').live.saved)
    }
    const choices = [1, 1, 1, 0, 2]
    for (const [i, phone] of phones.entries()) {
      if (i > 0)
        await phone.goto(`${live.roomUrl}/vote`)
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
    await pressRemote(presenter, 'ArrowRight')
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    for (const phone of phones) {
      await expect.poll(() => phone.locator('#note-1').textContent()).toBe(wordsOf('en').live.closed)
      expect(await phone.getByRole('button', { name: QUESTION_1.choices[2] }).isDisabled()).toBe(true)
    }
    toTheRoom.push(await phones[0].content())
  })

  step('draws a QR code that reads as the voting page\'s address', async () => {
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
    expect(jsQR(Uint8ClampedArray.from(image), 400, 400)?.data).toBe(`${live.roomUrl}/vote`)
    expect(await presenter.locator(`${current(firstQuiz)} .live-join__url`).textContent()).toBe(`${new URL(live.roomUrl).host}/vote`)
  })

  step('gives the phones a voting page with no serious accessibility problem', async () => {
    expect(await seriousAxeViolationsIn(phones[0], 'html')).toEqual([])
    expect(await phones[0].getAttribute('html', 'lang')).toBe('en')
  })

  step('answers a stranger on the room\'s network with the voting page, its stream and the vote, and 404 to anything else', async () => {
    const asset = readdirSync(join(live.site, 'assets')).find(name => name.endsWith('.js'))!
    const elsewhere: [method: string, path: string, body?: string][] = [
      ['POST', '/__mcp', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' })],
      ['POST', '/__mcp', JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'slidev-goto-slide', arguments: { no: 20 } } })],
      ['POST', '/__slidev/slides/1.json', JSON.stringify({ content: '# taken over' })],
      ['GET', '/data/knowledge-check.ts'],
      ['GET', '/package.json'],
      ['GET', '/slides.md'],
      ['GET', '/live/rules.ts'],
      ['GET', '/presenter'],
      ['GET', '/presenter/1'],
      ['GET', '/index.html'],
      ['GET', `/assets/${asset}`],
      ['GET', '/@vite/client'],
      ['GET', '/@fs/etc/passwd'],
      ['GET', '/vote/../package.json'],
      ['GET', '/%2e%2e/package.json'],
      ['GET', '/.live/en.json'],
      ['GET', '/en.json'],
      ['GET', DECK_ROUTES.events],
      ['POST', DECK_ROUTES.position, JSON.stringify({ presenter: true, page: 20, clicks: 0 })],
      ['GET', '/__live/events'],
      ['POST', '/__live/vote', JSON.stringify({ device: deviceId(1), question: 1, choice: 0 })],
      ['GET', '/vote/events/../../package.json'],
      ['OPTIONS', '/'],
      ['DELETE', '/vote/events'],
    ]
    for (const [method, path, body] of elsewhere) {
      const reply = await send(`${live.roomUrl}${path}`, { method, body, headers: body ? { 'Content-Type': 'application/json' } : {} })
      expect([path, method, reply.status]).toEqual([path, method, 404])
      expect(reply.body).not.toContain('CORRECT')
    }
    // The voting page at its own address: a phone that typed the bare address is sent there.
    expect((await send(`${live.roomUrl}/`)).headers.location).toBe('/vote')
    expect((await send(`${live.roomUrl}/vote`, { method: 'PUT' })).status).toBe(405)
    // No WebSocket: an upgrade is answered 404 and closed, never switched.
    const upgrade = await send(`${live.roomUrl}/vote`, { headers: { 'Connection': 'Upgrade', 'Upgrade': 'websocket', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version': '13' } })
    expect(upgrade.status).toBe(404)
    // A page of another site whose name was pointed at this machine (DNS rebinding) is refused.
    const rebound = await send(`${live.roomUrl}/vote`, { headers: { Host: `attacker.example:${new URL(live.roomUrl).port}` } })
    expect([rebound.status, JSON.parse(rebound.body).error]).toEqual([421, 'wrong-host'])
    expect((await send(`${live.url}/`, { headers: { Host: `attacker.example:${new URL(live.url).port}` } })).status).toBe(421)
    // The deck's position comes from the deck's own pages only.
    const forged = await send(`${live.url}${DECK_ROUTES.position}`, { method: 'POST', headers: { 'Origin': 'http://attacker.example', 'Content-Type': 'application/json' }, body: JSON.stringify({ presenter: true, page: 20, clicks: 0 }) })
    expect(forged.status).toBe(403)
    // Through all of it, the presenter is where the presenter left it.
    expect(await presenter.evaluate(() => location.pathname)).toBe(`/presenter/${firstQuiz}`)
  })

  step('keeps the counts through a reload of the presenter\'s page and a restart of the server', async () => {
    await presenter.reload({ waitUntil: 'networkidle' })
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    // Slidev loads every slide a few seconds after a page opens: a trainer's page has long done so.
    // Every slide mounted and drawn: its layout rendered, no slide still loading its code.
    await presenter.waitForFunction(count => document.querySelectorAll('.slidev-page .slidev-layout').length >= count && !document.querySelector('.slidev-slide-loading'), deck.slideCount)
    watcher.close()
    toTheRoom.push(JSON.stringify(watcher.received))
    await Promise.all(phones.map(phone => phone.context().close()))
    const record = records.get(presenter)!
    const before = record.problems.length
    expect(await live.stop()).toBe(0)
    live = await startPresent(ROOT, { dir, site: live.site, port: Number(new URL(live.url).port), roomPort: Number(new URL(live.roomUrl).port) })
    // The presenter's page reconnects to the restarted session by itself.
    await expect.poll(() => chartOf(presenter, firstQuiz)).toEqual({ counts: ['1 vote', '4 votes', '0 votes', '0 votes'], right: [CORRECT_CHOICES[0]] })
    expect(live.output()).toContain(`5 vote(s) loaded from ${votesFile}`)
    // While the server was down, the page only failed to reach the session's stream, and said so.
    const whileDown = record.problems.splice(before)
    expect(whileDown.filter(problem => !problem.includes(DECK_ROUTES.events))).toEqual([])
  })

  step('refuses every bad vote with its reason, logs each once, and counts none of them', async () => {
    watcher = await follow(deviceId(998))
    await presenter.goto(`${live.url}/presenter/${secondQuiz}`, { waitUntil: 'networkidle' })
    const [second] = (await loadDeck('en')).slides[secondQuiz - 1].frontmatter.questions as number[]
    await expect.poll(async () => (await vote(deviceId(1), second, 0)).status).toBe(200)
    const refused = async (reply: Awaited<ReturnType<typeof post>>) => [reply.status, reply.answer.error, reply.answer.message]
    expect(await refused(await vote(deviceId(2), 9, 0))).toEqual([404, 'unknown-question', REFUSAL_MESSAGES['unknown-question']])
    expect(await refused(await vote(deviceId(2), 1, 0))).toEqual([409, 'closed', REFUSAL_MESSAGES.closed])
    expect(await refused(await vote(deviceId(2), second, 7))).toEqual([400, 'unknown-choice', REFUSAL_MESSAGES['unknown-choice']])
    expect(await refused(await post('{"device": '))).toEqual([400, 'malformed', REFUSAL_MESSAGES.malformed])
    expect(await refused(await post(JSON.stringify({ device: 'x', question: second, choice: 0 })))).toEqual([400, 'malformed', REFUSAL_MESSAGES.malformed])
    expect(await refused(await post(JSON.stringify({ device: deviceId(2), question: second, choice: 0, pad: 'x'.repeat(2048) })))).toEqual([413, 'too-large', REFUSAL_MESSAGES['too-large']])
    expect(await refused(await vote(deviceId(2), 1, 0))).toEqual([409, 'closed', REFUSAL_MESSAGES.closed])
    // Still serving, with the one good vote on that question.
    expect((await send(`${live.roomUrl}/vote`)).status).toBe(200)
    expect(Object.keys(JSON.parse(await readFile(votesFile, 'utf8'))[second] ?? {})).toEqual([deviceId(1)])
    // Each reason logged once per sender, however often it was refused.
    expect(live.output().match(/\(closed; said once per sender\)/g)).toHaveLength(1)
  })

  step('holds 1,000 open event streams while 200 voters answer, each counted once, and refuses one stream more', async () => {
    const [, third] = (await loadDeck('en')).slides[secondQuiz - 1].frontmatter.questions as number[]
    // The watcher is one of the thousand.
    const streams = await Promise.all(Array.from({ length: 999 }, (_, i) => follow(deviceId(5000 + i))))
    try {
      const over = await send(`${live.roomUrl}/vote/events?device=${deviceId(9999)}`)
      expect([over.status, JSON.parse(over.body).error]).toEqual([503, 'too-many-streams'])
      const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => vote(deviceId(1000 + i), third, i % ASKED[third - 1].choices.length)))
      expect(replies.filter(reply => reply.status === 200)).toHaveLength(200)
      // Every stream was told the questions of the slide.
      expect(streams.every(stream => stream.received.at(-1)?.questions.length === 2)).toBe(true)
    }
    finally {
      for (const stream of streams)
        stream.close()
    }
    // The presenter sees them once its clicks bring the third question's votes on screen.
    await pressRemote(presenter, 'ArrowRight')
    await pressRemote(presenter, 'ArrowRight')
    const choices = ASKED[third - 1].choices.length
    const expected = Array.from({ length: choices }, (_, c) => Array.from({ length: 200 }, (_, i) => i % choices).filter(choice => choice === c).length)
    await expect.poll(() => chartOf(presenter, secondQuiz).then(chart => chart.counts)).toEqual(expected.map(count => wordsOf('en').live.votes(count)))
  })

  step('tells the room no right answer: the questions and their choices, nothing more', async () => {
    watcher.close()
    toTheRoom.push((await send(`${live.roomUrl}/vote`)).body)
    const told = [...watcher.received, ...toTheRoom.map(text => ({ text }))]
    expect(watcher.received.length).toBeGreaterThan(2)
    for (const state of watcher.received) {
      for (const question of state.questions)
        expect(Object.keys(question).sort()).toEqual(['choices', 'label', 'mine', 'number', 'open', 'question'])
    }
    const everything = JSON.stringify(told)
    for (const item of ASKED)
      expect(everything).not.toContain(item.answer)
    expect(everything).not.toMatch(/correct|right answer/i)
  })

  step('loses no vote it acknowledged when killed at once, and ends its streams cleanly on SIGTERM', async () => {
    const [, third] = (await loadDeck('en')).slides[secondQuiz - 1].frontmatter.questions as number[]
    await pressRemote(presenter, 'ArrowLeft')
    await expect.poll(async () => (await vote(deviceId(6), third, 0)).status).toBe(200)
    // The presenter's page goes first (it would log its broken stream); the vote stays open.
    await presenter.context().close()
    expect((await vote(deviceId(7), third, 1)).status).toBe(200)
    live.process.kill('SIGKILL')
    await live.stop()
    const results = join(dir, 'killed')
    execFileSync(process.execPath, ['--import', 'tsx', 'live/commands.ts', 'results', '--dir', dir, '--output', results], { cwd: ROOT })
    const rows = JSON.parse(await readFile(`${results}.json`, 'utf8')) as { question: number, choice: number, votes: number }[]
    // The 200 voters' share of the second choice, and the acknowledged vote.
    const before = Array.from({ length: 200 }, (_, i) => i % ASKED[third - 1].choices.length).filter(choice => choice === 1).length
    expect(rows.find(row => row.question === third && row.choice === 2)?.votes).toBe(before + 1)

    live = await startPresent(ROOT, { dir, site: live.site })
    const stream = await follow(deviceId(997))
    expect(await live.stop()).toBe(0)
    expect(await stream.ended).toBe('ended')
    expect(live.output()).toContain(`[live] stopped: every vote counted is in ${votesFile}`)
  })

  step('exports the results per question as JSON and CSV, and resets the session', async () => {
    const output = join(dir, 'results')
    execFileSync(process.execPath, ['--import', 'tsx', 'live/commands.ts', 'results', '--dir', dir, '--output', output], { cwd: ROOT })
    const results = JSON.parse(await readFile(`${output}.json`, 'utf8')) as { question: number, choice: number, votes: number, correct: boolean }[]
    // One vote for the first choice, four for the second: the right one is whichever data says.
    expect(results.filter(row => row.question === 1).map(row => [row.votes, row.correct])).toEqual([1, 4, 0, 0].map((votes, choice) => [votes, choice === CORRECT_CHOICES[0]]))
    const csv = await readFile(`${output}.csv`, 'utf8')
    expect(csv.split('\r\n')[0]).toBe('"question","question_text","choice","choice_text","votes","correct"')
    expect(csv).toContain(`"1","${QUESTION_1.question}","2","${QUESTION_1.choices[1]}","4","${CORRECT_CHOICES[0] === 1}"`)
    execFileSync(process.execPath, ['--import', 'tsx', 'live/commands.ts', 'reset', '--dir', dir], { cwd: ROOT })
    expect(existsSync(votesFile)).toBe(false)
  })

  step('asks nothing of any other machine, and logs no error', async () => {
    // The session ran on several ports (restarts): every request went to this machine's loopback.
    const offTheMachine = (url: string) => !/^(?:data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1'
    // Never vacuous: the presenter and the phones made their requests, and they were recorded.
    expect([...records.values()].flatMap(record => record.requests).length).toBeGreaterThan(0)
    expect([...records.values()].flatMap(record => record.requests.filter(offTheMachine))).toEqual([])
    expect([...records.values()].flatMap(record => record.problems)).toEqual([])
  })
})
