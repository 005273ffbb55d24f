// The session's server in this process, with its clock and limits in the test's hands: what only a
// held clock, a tiny limit or a failing disk can show. The whole command, with a browser, is in
// live/tests/browser/present.test.ts.
import type { LiveServer, LiveServerOptions } from '../server'
import type { PhoneState } from '../vote-page'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { onFreePorts } from '../../tools/servers'
import { DECK_ROUTES, LIVE_META, startLiveServer } from '../server'
import { follow, postJson, send } from './http'

const SLIDES = [{ layout: 'cover' }, { layout: 'quiz', questions: [1, 2] }, { layout: 'default' }]
const device = (n: number) => `server-test-device-${String(n).padStart(4, '0')}`
let running: LiveServer | undefined

/** A session on free ports of the loopback, over a stand-in for the built site. */
async function start(options: Partial<LiveServerOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'live-server-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>deck</title></head><body></body></html>')
  const said: string[] = []
  const { server, deckPort, roomPort } = await onFreePorts(2, async ([deckPort, roomPort]) => {
    const server = await startLiveServer({ locale: 'en', slides: SLIDES, site: dir, votesFile: join(dir, 'votes', 'en.json'), address: '127.0.0.1', deckPort, roomPort, log: message => said.push(message), ...options })
    return { server, deckPort, roomPort }
  })
  running = server
  const deck = `http://127.0.0.1:${deckPort}`
  const room = `http://127.0.0.1:${roomPort}`
  return {
    server,
    dir,
    said,
    deck,
    room,
    roomPort,
    /** The presenter's position, as the deck's own page reports it. */
    moveTo: (page: number, clicks = 0, presenter = true) => postJson(`${deck}${DECK_ROUTES.position}`, { presenter, page, clicks }, { Origin: deck }),
    vote: (n: number, question: number, choice: number) => postJson(`${room}/vote`, { device: device(n), question, choice }),
  }
}

afterEach(async () => {
  await running?.close()
  running = undefined
})

describe('the room\'s votes', () => {
  it('lets a flood from one device through 5 votes, whatever time the machine takes, with the clock held still', async () => {
    const session = await start({ clock: () => 1_000_000 })
    await session.moveTo(2)
    const replies = []
    for (let i = 0; i < 12; i++)
      replies.push(await session.vote(1, 1, i % 3))
    expect(replies.map(reply => reply.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429, 429, 429])
  })

  it('answers 200 only once the vote is in the file on disk', async () => {
    const session = await start()
    await session.moveTo(2)
    const replies = await Promise.all([1, 2, 3].map(n => session.vote(n, 2, n % 2)))
    expect(replies.map(reply => reply.status)).toEqual([200, 200, 200])
    expect(JSON.parse(readFileSync(join(session.dir, 'votes', 'en.json'), 'utf8'))).toEqual({ 2: { [device(1)]: 1, [device(2)]: 0, [device(3)]: 1 } })
  })

  it('tells the phone its vote is not counted when the file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-server-'))
    // A file where the votes' folder should be.
    writeFileSync(join(dir, 'votes'), '')
    const session = await start({ votesFile: join(dir, 'votes', 'en.json') })
    await session.moveTo(2)
    const reply = await session.vote(1, 1, 0)
    expect([reply.status, JSON.parse(reply.body).error]).toEqual([503, 'not-saved'])
    expect(session.said.some(line => line.startsWith(`could not write ${join(dir, 'votes', 'en.json')}`))).toBe(true)
    // Not counted, as the phone was told: the deck's counts do not show it.
    const deck = await follow<{ counts: Record<number, number[]> }>(`${session.deck}${DECK_ROUTES.events}?view=slides`, 'snapshot')
    await expect.poll(() => deck.received.length).toBeGreaterThan(0)
    expect(deck.received[0].counts[1]).toEqual([0, 0, 0, 0])
    deck.close()
  })
})

describe('the room\'s listener under hostile input', () => {
  it('answers a request that never finishes with 408, once its time is up, whether its headers or its body are missing', async () => {
    const session = await start({ limits: { requestMs: 300 } })
    /** What the server answers to `text`, sent and never finished, before it closes the connection. */
    const answerTo = (text: string) => new Promise<string>((resolve, reject) => {
      const socket = connect(session.roomPort, '127.0.0.1', () => socket.write(text))
      let reply = ''
      socket.on('data', chunk => reply += chunk)
      socket.on('close', () => resolve(reply))
      socket.on('error', reject)
    })
    expect(await answerTo(`POST /vote HTTP/1.1\r\nHost: 127.0.0.1:${session.roomPort}\r\nContent-Le`)).toMatch(/^HTTP\/1\.1 408 /)
    const slowBody = await answerTo(`POST /vote HTTP/1.1\r\nHost: 127.0.0.1:${session.roomPort}\r\nContent-Length: 100\r\n\r\n{"dev`)
    expect(slowBody).toMatch(/^HTTP\/1\.1 408 /)
    expect(slowBody).toContain('"error":"too-slow"')
  })

  it('holds as many event streams as its limit, refuses one more with a reason, and takes one again when one closes', async () => {
    const session = await start({ limits: { streams: 3 } })
    const streams = await Promise.all([1, 2, 3].map(n => follow<PhoneState>(`${session.room}/vote/events?device=${device(n)}`, 'state')))
    expect(streams.map(stream => stream.status)).toEqual([200, 200, 200])
    const over = await send(`${session.room}/vote/events?device=${device(4)}`)
    expect([over.status, JSON.parse(over.body).error]).toEqual([503, 'too-many-streams'])
    expect(session.said).toContain('refused a phone: 3 phones are following the questions already (said once)')
    streams[0].close()
    await expect.poll(async () => {
      const again = await follow<PhoneState>(`${session.room}/vote/events?device=${device(5)}`, 'state')
      again.close()
      return again.status
    }).toBe(200)
    streams.slice(1).forEach(stream => stream.close())
  })

  it('answers a request line that is no path with 400, and goes on serving', async () => {
    const session = await start()
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(session.roomPort, '127.0.0.1', () => socket.end(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${session.roomPort}\r\nConnection: close\r\n\r\n`))
      let text = ''
      socket.on('data', chunk => text += chunk)
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400 /)
    expect((await send(`${session.room}/vote`)).status).toBe(200)
  })

  it('refuses an event stream without a device id the voting page would make', async () => {
    const session = await start()
    expect((await send(`${session.room}/vote/events?device=<script>`)).status).toBe(400)
  })

  it('refuses any Host but its own address and the loopback\'s names', async () => {
    const session = await start()
    const reply = await send(`${session.room}/vote`, { headers: { Host: `rebound.example:${session.roomPort}` } })
    expect([reply.status, JSON.parse(reply.body)]).toEqual([421, { error: 'wrong-host', message: `this server answers to 127.0.0.1:${session.roomPort} only` }])
    expect((await send(`${session.room}/vote`, { headers: { Host: `localhost:${session.roomPort}` } })).status).toBe(200)
  })
})

describe('the presenter\'s position', () => {
  it('opens and closes the questions the phones see, from the deck\'s own pages only', async () => {
    const session = await start()
    const phone = await follow<PhoneState>(`${session.room}/vote/events?device=${device(1)}`, 'state')
    const presenter = await follow(`${session.deck}${DECK_ROUTES.events}?view=presenter`, 'snapshot')
    const shown = () => phone.received.at(-1)?.questions.map(question => [question.number, question.open])
    expect((await session.moveTo(2, 1)).status).toBe(204)
    await expect.poll(shown).toEqual([[1, false], [2, true]])
    // Another site's page in the trainer's browser cannot move it.
    const forged = await postJson(`${session.deck}${DECK_ROUTES.position}`, { presenter: true, page: 2, clicks: 0 }, { Origin: 'http://attacker.example' })
    expect(forged.status).toBe(403)
    // While a presenter view is open, the projector's window does not move the vote.
    await session.moveTo(1, 0, false)
    await session.moveTo(2, 2)
    await expect.poll(shown).toEqual([[1, false], [2, false]])
    // (The first state, sent as the stream opened, was before the presenter reached the quiz.)
    expect(phone.received.slice(1).map(state => state.questions.length)).not.toContain(0)
    expect((await postJson(`${session.deck}${DECK_ROUTES.position}`, { presenter: 'yes', page: 2 }, { Origin: session.deck })).status).toBe(400)
    // Nor can another site's page pose as a presenter view by opening the deck's stream.
    expect((await send(`${session.deck}${DECK_ROUTES.events}?view=presenter`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403)
    phone.close()
    presenter.close()
  })

  it('serves the site with the tag that has its pages join the session, on the loopback names only', async () => {
    const session = await start()
    for (const path of ['/', '/index.html', '/12', '/presenter/3'])
      expect((await send(`${session.deck}${path}`)).body).toContain(`${LIVE_META}</head>`)
    expect((await send(`${session.deck}/assets/missing.js`)).status).toBe(404)
    expect((await send(`${session.deck}/`, { headers: { Host: `attacker.example:${new URL(session.deck).port}` } })).status).toBe(421)
    expect((await send(`${session.deck}/`, { method: 'PUT' })).status).toBe(405)
  })
})

describe('closing', () => {
  it('ends every event stream cleanly and writes every vote before it resolves', async () => {
    const session = await start()
    await session.moveTo(2)
    const phone = await follow<PhoneState>(`${session.room}/vote/events?device=${device(1)}`, 'state')
    const deck = await follow(`${session.deck}${DECK_ROUTES.events}?view=slides`, 'snapshot')
    expect((await session.vote(1, 2, 1)).status).toBe(200)
    await session.server.close()
    running = undefined
    expect([await phone.ended, await deck.ended]).toEqual(['ended', 'ended'])
    expect(JSON.parse(readFileSync(join(session.dir, 'votes', 'en.json'), 'utf8'))).toEqual({ 2: { [device(1)]: 1 } })
  })
})
