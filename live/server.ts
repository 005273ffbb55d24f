// The live knowledge check of `npm run present`: two listeners in one process.
//
// - The deck's, on the loopback only: the built site for the projector and the presenter view, a
//   stream of the counts for the deck's pages and the presenter's position (which slide, which
//   click) reported by the deck's own pages (live/useLiveSession.ts). Nothing on the room's
//   network can reach it.
// - The room's, on the address the phones use: the voting page, its stream of questions and the
//   vote. It answers nothing else: 404 for every other path, no WebSocket, no file of the project.
//
// Which questions are open follows the presenter's slide and click (live/questions.ts); a phone
// can only vote. A vote is on disk (live/vote-file.ts) before its phone is told it is counted.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Locale } from '../data/editions.ts'
import type { QuestionsNow, QuizSlide } from './questions.ts'
import type { Bucket, LiveSnapshot, Refusal, VoteBook } from './rules.ts'
import type { PhoneState } from './vote-page.ts'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import QRCode from 'qrcode'
import sirv from 'sirv'
import { CHART_FIGURES } from '../data/charts.ts'
import { wordsOf } from '../data/editions.ts'
import { knowledgeCheck } from '../lib/knowledge-check.ts'
import { chartsIn } from '../lib/localize.ts'
import { hostAllowed, LOOPBACK_NAMES } from './network.ts'
import { questionsAt } from './questions.ts'
import { castVote, DEVICE_ID, MAX_VOTE_BYTES, readVote, REFUSAL_MESSAGES, REFUSALS, takeToken, tally } from './rules.ts'
import { groupCommit, loadVoteBook, voteCount, writeDurably } from './vote-file.ts'
import { phoneScript, votePageHtml } from './vote-page.ts'

/** The room's routes: the only paths its listener answers. */
export const ROOM_ROUTES = { page: '/vote', events: '/vote/events', vote: '/vote' }
/** The deck's routes beside its site, on the loopback. */
export const DECK_ROUTES = { events: '/__live/deck/events', position: '/__live/deck/position' }
/** The tag the deck's listener adds to the site's page: the deck's pages join the session only where it is. */
export const LIVE_META = '<meta name="deck-live" content="/__live/deck">'

export interface Limits {
  /** Event streams open at once from the room's phones; one more is refused. */
  streams: number
  /** How long a request may take to arrive, headers and body; a slower one is answered 408. */
  requestMs: number
}
export const LIMITS: Limits = { streams: 1000, requestMs: 10_000 }

/** A flood from one address with changing device ids: a whole room's worth, not more. */
const ADDRESS_RATE = { capacity: 400, perSecond: 200 }

export interface LiveServerOptions {
  locale: Locale
  /** The edition's slides' frontmatter, in order: which slides ask which questions. */
  slides: QuizSlide[]
  /** The edition's built site, served to the projector and the presenter view. */
  site: string
  /** Where the votes are kept (live/vote-file.ts). */
  votesFile: string
  /** The room's address (one of this machine's: live/network.ts) and the two ports. */
  address: string
  roomPort: number
  deckPort: number
  /** The clock of the vote's rate limits, in ms: a test holds it still. */
  clock?: () => number
  limits?: Partial<Limits>
  /** Where the session tells the trainer what it does. */
  log?: (message: string) => void
}

export interface LiveServer {
  /** The voting page's address, in the QR code. */
  voteUrl: string
  /** The deck's address on this machine. */
  deckUrl: string
  /** Stops both listeners once every vote is written; the event streams are ended first. */
  close: () => Promise<void>
}

/** A refusal as JSON, with its status. */
function refuseWith(res: ServerResponse, status: number, error: string, message: string) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ error, message }))
}

/** An Upgrade (a WebSocket) is never taken up: answered 404 and the connection closed. */
function refuseUpgrade(_req: IncomingMessage, socket: Duplex) {
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
}

/** A request's address, or undefined for a request line that is no path (`GET //[`). */
function urlOf(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://listener')
  }
  catch {
    return undefined
  }
}

/** A listener with the session's limits, on `host:port`; rejects with why it could not listen. */
async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, host: string, port: number, limits: Limits, what: string): Promise<Server> {
  const server = createServer({
    // Headers that have not all come in time are answered 408 by Node itself; a body that has not
    // is answered by readBody, at the same deadline, with the reason (Node's own is a backstop).
    headersTimeout: limits.requestMs,
    requestTimeout: limits.requestMs * 2,
    // How often Node looks for requests past their time: a fraction of it, so the 408 comes on time.
    connectionsCheckingInterval: Math.max(100, Math.floor(limits.requestMs / 4)),
  }, handler)
  server.on('upgrade', refuseUpgrade)
  // Room for every phone's stream and its votes, and no more: past it, Node closes new connections.
  server.maxConnections = limits.streams * 2
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'EADDRINUSE'
      ? `port ${port} is in use (another npm run present?): ${what} needs it. Stop the other server, or choose another port (${what === 'the deck' ? '--port' : '--room-port'} <number>).`
      : `${what} cannot listen on ${host}:${port}: ${error.message}`)))
    server.listen(port, host, () => {
      // Once listening, an error (out of file handles on accept, say) is said, never fatal.
      server.on('error', error => console.error(`[live] ${what}: ${error.message}`))
      resolve()
    })
  })
  return server
}

/** A request's body: its text, or why there is none. */
type Body = { text: string } | { problem: 'too-large' | 'too-slow' | 'dropped' }

/**
 * Reads a request's body up to `max` bytes: its text, or 'too-large' (the rest is not kept),
 * 'too-slow' when it has not all arrived within `withinMs`, 'dropped' when the sender went away.
 */
function readBody(req: IncomingMessage, max: number, withinMs: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const late = setTimeout(resolve, withinMs, { problem: 'too-slow' })
    const done = (result: Body) => {
      clearTimeout(late)
      resolve(result)
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max)
        chunks.push(chunk)
    })
    req.on('end', () => done(size > max ? { problem: 'too-large' } : { text: Buffer.concat(chunks).toString('utf8') }))
    // A phone that drops off mid-message is nothing to stop the session for.
    req.on('error', () => done({ problem: 'dropped' }))
  })
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { locale, slides, address, roomPort, deckPort } = options
  const clock = options.clock ?? Date.now
  const limits = { ...LIMITS, ...options.limits }
  // To the trainer's terminal.
  const log = options.log ?? ((message: string) => console.warn(`[live] ${message}`))
  const questions = knowledgeCheck(wordsOf(locale).quiz, chartsIn(CHART_FIGURES, wordsOf(locale)), locale)
  const choiceCounts = questions.map(item => item.choices.length)
  const words = wordsOf(locale).live

  let book: VoteBook = loadVoteBook(options.votesFile, log)
  if (voteCount(book) > 0)
    log(`${voteCount(book)} vote(s) loaded from ${options.votesFile} (npm run present:reset clears them)`)
  const store = groupCommit(() => writeDurably(options.votesFile, JSON.stringify(book)))

  const voteUrl = `http://${address}:${roomPort}${ROOM_ROUTES.page}`
  const deckUrl = `http://127.0.0.1:${deckPort}`
  const qrSvg = await QRCode.toString(voteUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  const votePage = votePageHtml(locale, words, await phoneScript())
  const roomNames = [address, ...LOOPBACK_NAMES]

  let now: QuestionsNow = { shown: [], open: [] }
  let closing = false
  const buckets = new Map<string, Bucket>()
  const logged = new Set<string>()
  const phones = new Set<{ res: ServerResponse, device: string }>()
  const decks = new Set<{ res: ServerResponse, presenter: boolean }>()

  /** Says `message` once per `key`; past a thousand keys (a flood of senders), says so once and stops. */
  function logOnce(key: string, message: string) {
    if (logged.has(key) || logged.size > 1000)
      return
    logged.add(key)
    log(logged.size > 1000 ? 'more refusals than are worth printing: no more are printed' : message)
  }

  // ---- what the deck's pages and the phones are told ----

  function snapshot(): LiveSnapshot {
    const counts = Object.fromEntries(questions.map((item, i) => [i + 1, tally(book, i + 1, item.choices.length)]))
    return { voteUrl, qrSvg, counts, shown: now.shown, open: now.open }
  }

  /** Writes to an open stream; a stream that stopped reading (64 KiB unsent) is closed, not buffered for ever. */
  const write = (res: ServerResponse, text: string) => {
    if (res.writableEnded)
      return
    if (res.writableLength > 64 * 1024)
      return void res.destroy()
    res.write(text)
  }
  const send = (res: ServerResponse, event: string, data: unknown) => write(res, `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  // The deck's pages get the counts at most every 50 ms, however fast the votes come.
  let broadcasting: NodeJS.Timeout | undefined
  function broadcast() {
    broadcasting ??= setTimeout(() => {
      broadcasting = undefined
      const next = snapshot()
      for (const deck of decks)
        send(deck.res, 'snapshot', next)
    }, 50)
  }

  function phoneState(device: string): PhoneState {
    return {
      questions: now.shown.map(number => ({
        number,
        label: words.questionLabel(number),
        question: questions[number - 1].question,
        choices: questions[number - 1].choices,
        open: now.open.includes(number),
        mine: book[number]?.[device] ?? null,
      })),
    }
  }

  function tellPhones() {
    for (const phone of phones)
      send(phone.res, 'state', phoneState(phone.device))
  }

  /** Opens an event stream on `res`, kept in `streams` until it closes. */
  function openStream<T extends { res: ServerResponse }>(req: IncomingMessage, streams: Set<T>, stream: T) {
    stream.res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'Connection': 'keep-alive' })
    streams.add(stream)
    req.on('close', () => streams.delete(stream))
  }

  // A comment every 20 s keeps Wi-Fi access points from closing a quiet connection.
  const keepAlive = setInterval(() => {
    for (const { res } of [...phones, ...decks])
      write(res, ': alive\n\n')
  }, 20_000)

  // ---- the room's listener ----

  function refuse(res: ServerResponse, reason: Refusal, who: string) {
    logOnce(`${who} ${reason}`, `refused a vote from ${who}: ${REFUSAL_MESSAGES[reason]} (${reason}; said once per sender)`)
    refuseWith(res, REFUSALS[reason], reason, REFUSAL_MESSAGES[reason])
  }

  /**
   * One vote taken from the bucket of `key` (an address or a device). Past 10,000 buckets (a flood
   * of made-up ids), those idle for about two seconds, full or nearly, are forgotten: memory stays
   * bounded, and a forgotten device at most gets back the last token or two it had not yet refilled.
   */
  function takeFrom(key: string, rate?: typeof ADDRESS_RATE): boolean {
    if (buckets.size > 10_000) {
      for (const [known, bucket] of buckets) {
        if (takeToken(bucket, clock(), ADDRESS_RATE).bucket.tokens >= ADDRESS_RATE.capacity - 1)
          buckets.delete(known)
      }
    }
    const taken = takeToken(buckets.get(key), clock(), rate)
    buckets.set(key, taken.bucket)
    return taken.allowed
  }

  async function takeVote(req: IncomingMessage, res: ServerResponse) {
    const from = req.socket.remoteAddress ?? 'unknown'
    if (!takeFrom(from, ADDRESS_RATE))
      return refuse(res, 'too-fast', from)
    const body = await readBody(req, MAX_VOTE_BYTES, limits.requestMs)
    if ('problem' in body) {
      if (body.problem === 'dropped')
        return void res.destroy()
      // What is left of it is not read: the connection goes with the answer.
      res.setHeader('Connection', 'close')
      return refuse(res, body.problem, from)
    }
    let message: unknown
    try {
      message = JSON.parse(body.text)
    }
    catch {
      return refuse(res, 'malformed', from)
    }
    const vote = readVote(message)
    if (typeof vote === 'string')
      return refuse(res, vote, from)
    const who = `${from} (device ${vote.device.slice(0, 8)}…)`
    if (!takeFrom(vote.device))
      return refuse(res, 'too-fast', who)
    const counted = castVote(book, vote, now.open, choiceCounts)
    if (typeof counted === 'string')
      return refuse(res, counted, who)
    const earlier = book[vote.question]?.[vote.device]
    book = counted
    try {
      await store.commit()
    }
    catch (error) {
      // Not counted, as the phone is told: its earlier choice (if any) stands again.
      const { [vote.device]: _unsaved, ...others } = book[vote.question] ?? {}
      book = { ...book, [vote.question]: earlier === undefined ? others : { ...others, [vote.device]: earlier } }
      log(`could not write ${options.votesFile}: ${(error as Error).message}`)
      return refuse(res, 'not-saved', who)
    }
    broadcast()
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    res.end(JSON.stringify({ ok: true, question: vote.question, choice: vote.choice }))
  }

  function room(req: IncomingMessage, res: ServerResponse) {
    if (!hostAllowed(req.headers.host, roomNames, roomPort)) {
      const host = JSON.stringify((req.headers.host ?? '').slice(0, 80))
      logOnce(`host ${host}`, `refused a request for host ${host} (the room's address is ${address}:${roomPort})`)
      return refuseWith(res, 421, 'wrong-host', `this server answers to ${address}:${roomPort} only`)
    }
    const url = urlOf(req)
    if (!url)
      return refuseWith(res, 400, 'malformed', 'that is not a path')
    if (closing)
      return refuseWith(res, 503, 'closing', 'the session is ending')
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { Location: ROOM_ROUTES.page }).end()
      return
    }
    if (url.pathname === ROOM_ROUTES.page && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
      return res.end(votePage)
    }
    if (url.pathname === ROOM_ROUTES.vote && req.method === 'POST')
      return void takeVote(req, res)
    if (url.pathname === ROOM_ROUTES.events && req.method === 'GET') {
      const device = url.searchParams.get('device') ?? ''
      if (!DEVICE_ID.test(device))
        return refuseWith(res, 400, 'malformed', 'the event stream needs the device id the voting page makes')
      if (phones.size >= limits.streams) {
        logOnce('streams', `refused a phone: ${limits.streams} phones are following the questions already (said once)`)
        return refuseWith(res, 503, 'too-many-streams', `${limits.streams} phones are connected already; try again in a moment`)
      }
      const phone = { res, device }
      openStream(req, phones, phone)
      return send(res, 'state', phoneState(device))
    }
    if (url.pathname === ROOM_ROUTES.page)
      return refuseWith(res, 405, 'method', 'the voting page takes GET, and a vote POST')
    refuseWith(res, 404, 'not-found', 'only the voting page is here')
  }

  // ---- the deck's listener ----

  // The site's page, with the tag that has its pages join the session.
  const indexHtml = readFileSync(join(options.site, 'index.html'), 'utf8').replace('</head>', `${LIVE_META}</head>`)
  if (!indexHtml.includes(LIVE_META))
    throw new Error(`${join(options.site, 'index.html')} has no </head>: is it a built Slidev site?`)
  const files = sirv(options.site, { dev: false, etag: true })
  const sendIndex = (res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(indexHtml)
  }

  /** The presenter's position as a deck page reports it: `{ presenter, page, clicks }`. */
  async function takePosition(req: IncomingMessage, res: ServerResponse) {
    // Only the deck's own pages: a page of another site in the trainer's browser sends its own origin.
    if (req.headers.origin !== `http://${req.headers.host}`)
      return refuseWith(res, 403, 'wrong-origin', 'only the deck\'s own pages report where the presenter is')
    const body = await readBody(req, 256, limits.requestMs)
    let position: { presenter?: unknown, page?: unknown, clicks?: unknown }
    try {
      position = JSON.parse('text' in body ? body.text : '') as typeof position
    }
    catch {
      return refuseWith(res, 400, 'malformed', 'a position is {"presenter", "page", "clicks"}')
    }
    const { presenter, page, clicks } = position ?? {}
    if (typeof presenter !== 'boolean' || !Number.isInteger(page) || !Number.isInteger(clicks))
      return refuseWith(res, 400, 'malformed', 'a position is {"presenter", "page", "clicks"}')
    res.writeHead(204).end()
    if (closing)
      return
    // While a presenter view is open, it alone moves the vote: the projector follows it.
    if (!presenter && [...decks].some(deck => deck.presenter))
      return
    const next = questionsAt(slides, page as number, clicks as number)
    if (JSON.stringify(next) === JSON.stringify(now))
      return
    now = next
    tellPhones()
    broadcast()
  }

  function deck(req: IncomingMessage, res: ServerResponse) {
    if (!hostAllowed(req.headers.host, LOOPBACK_NAMES, deckPort))
      return refuseWith(res, 421, 'wrong-host', `this server answers to 127.0.0.1:${deckPort} and localhost:${deckPort} only`)
    const url = urlOf(req)
    if (!url)
      return refuseWith(res, 400, 'malformed', 'that is not a path')
    // The session's routes serve the deck's own pages: a browser says where a request comes from.
    const fetchSite = req.headers['sec-fetch-site']
    if (url.pathname.startsWith('/__live/') && fetchSite !== undefined && fetchSite !== 'same-origin')
      return refuseWith(res, 403, 'wrong-origin', 'only the deck\'s own pages follow the session')
    if (url.pathname === DECK_ROUTES.events && req.method === 'GET') {
      openStream(req, decks, { res, presenter: url.searchParams.get('view') === 'presenter' })
      return send(res, 'snapshot', snapshot())
    }
    if (url.pathname === DECK_ROUTES.position && req.method === 'POST')
      return void takePosition(req, res)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuseWith(res, 405, 'method', 'the deck is read only')
    if (url.pathname === '/' || url.pathname === '/index.html')
      return sendIndex(res)
    // A file of the site, or else a route of the deck (/12, /presenter/3): its page.
    files(req, res, () => (/\.\w+$/.test(url.pathname) ? refuseWith(res, 404, 'not-found', 'no such file in the deck') : sendIndex(res)))
  }

  let roomServer: Server
  let deckServer: Server
  try {
    roomServer = await listen(room, address, roomPort, limits, 'the room')
    try {
      deckServer = await listen(deck, '127.0.0.1', deckPort, limits, 'the deck')
    }
    catch (error) {
      roomServer.close()
      throw error
    }
  }
  catch (error) {
    clearInterval(keepAlive)
    throw error
  }

  return {
    voteUrl,
    deckUrl,
    async close() {
      closing = true
      clearInterval(keepAlive)
      clearTimeout(broadcasting)
      for (const { res } of [...phones, ...decks])
        res.end()
      const closed = [roomServer, deckServer].map(server => new Promise<void>(resolve => server.close(() => resolve())))
      await store.idle()
      for (const server of [roomServer, deckServer])
        server.closeAllConnections()
      await Promise.all(closed)
    },
  }
}
