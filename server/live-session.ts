// The live knowledge check of `npm run present`: a Vite plugin that turns the Slidev dev server into
// the room's voting server. Phones open /vote (server/vote-page.ts), follow the questions over
// Server-Sent Events and vote with a POST; the deck's pages get the counts over Vite's WebSocket
// (composables/useLiveSession.ts). Which questions are open follows the presenter's slide and
// click, reported by Slidev's shared state (lib/live-questions.ts). Votes are kept on disk.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import type { Locale } from '../lib/i18n.ts'
import type { QuestionsNow, QuizSlide } from '../lib/live-questions.ts'
import type { Bucket, LiveSnapshot, Refusal, VoteBook } from '../lib/live-votes.ts'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { CHARTS } from '../data/charts.ts'
import { QUESTIONS } from '../data/knowledge-check.ts'
import { knowledgeCheck } from '../lib/knowledge-check.ts'
import { questionsAt } from '../lib/live-questions.ts'
import { LIVE_TEXT } from '../lib/live-text.ts'
import { castVote, MAX_VOTE_BYTES, readVote, readVoteBook, REFUSAL_MESSAGES, REFUSALS, takeToken, tally } from '../lib/live-votes.ts'
import { votePageHtml } from './vote-page.ts'

export const LIVE_PLUGIN_NAME = 'deck:live-session'

/** Where the phones go, and the deck's routes for them. */
export const LIVE_ROUTES = { page: '/vote', events: '/__live/events', vote: '/__live/vote' }

export interface LiveSessionOptions {
  locale: Locale
  /** Reads the edition's slides' frontmatter, in order: which slides ask which questions. */
  loadSlides: () => Promise<QuizSlide[]>
  /** Where the votes are kept: `<dir>/<locale>.json`. */
  dir: string
  /** The address the phones use; the machine's first network address when not given. */
  host?: string
  /** Slidev's remote password, for the presenter's address printed at the start. */
  password?: string
}

/** A flood from one address with changing device ids: a whole room's worth, not more. */
const ADDRESS_RATE = { capacity: 400, perSecond: 200 }

/** The votes file of an edition. */
export function votesFile(dir: string, locale: Locale): string {
  return join(dir, `${locale}.json`)
}

/** This machine's address on the local network (the first IPv4 that is not loopback). */
export function lanAddress(): string {
  const found = Object.values(networkInterfaces()).flat().find(net => net?.family === 'IPv4' && !net.internal)
  return found?.address ?? 'localhost'
}

export function liveSession(options: LiveSessionOptions): { plugin: Plugin, onNavChanged: (key: PropertyKey, data: unknown) => void } {
  const { locale, dir } = options
  const questions = knowledgeCheck(QUESTIONS[locale], CHARTS, locale)
  const choiceCounts = questions.map(item => item.choices.length)
  const file = votesFile(dir, locale)

  let slides: QuizSlide[] = []
  let book: VoteBook = {}
  let now: QuestionsNow = { shown: [], open: [] }
  let voteUrl = ''
  let qrSvg = ''
  let server: ViteDevServer | undefined
  // To the trainer's terminal. (Slidev's Vite logger prints only warnings and errors.)
  const log = (message: string) => console.warn(`[live] ${message}`)
  const buckets = new Map<string, Bucket>()
  const logged = new Set<string>()
  const phones = new Set<{ res: ServerResponse, device: string }>()

  function loadBook(): VoteBook {
    if (!existsSync(file))
      return {}
    let read: VoteBook | string
    try {
      read = readVoteBook(JSON.parse(readFileSync(file, 'utf8')))
    }
    catch (error) {
      read = `it is not JSON (${(error as Error).message})`
    }
    if (typeof read === 'string') {
      // Kept aside, never overwritten: the trainer may still want what it holds.
      const aside = file.replace(/\.json$/, `.unreadable-${Date.now()}.json`)
      renameSync(file, aside)
      console.error(`[live] ${file}: ${read}. Moved it to ${aside}; starting with no votes.`)
      return {}
    }
    const votes = Object.values(read).reduce((sum, devices) => sum + Object.keys(devices).length, 0)
    log(`${votes} vote(s) loaded from ${file} (npm run present:reset clears them)`)
    return read
  }

  // Written a moment after the last vote, whole, then renamed over the old file: a crash never
  // leaves half a file.
  let saving: NodeJS.Timeout | undefined
  function save() {
    clearTimeout(saving)
    saving = setTimeout(() => {
      mkdirSync(dir, { recursive: true })
      writeFileSync(`${file}.tmp`, JSON.stringify(book))
      renameSync(`${file}.tmp`, file)
    }, 100)
  }

  function snapshot(): LiveSnapshot {
    const counts = Object.fromEntries(questions.map((item, i) => [i + 1, tally(book, i + 1, item.choices.length)]))
    return { voteUrl, qrSvg, counts, shown: now.shown, open: now.open }
  }

  // The deck's pages get the counts at most every 50 ms, however fast the votes come.
  let broadcasting: NodeJS.Timeout | undefined
  function broadcast() {
    broadcasting ??= setTimeout(() => {
      broadcasting = undefined
      server?.ws.send('live:snapshot', snapshot())
    }, 50)
  }

  function phoneState(device: string) {
    return {
      questions: now.shown.map(number => ({
        number,
        label: LIVE_TEXT[locale].questionLabel(number),
        question: questions[number - 1].question,
        choices: questions[number - 1].choices,
        open: now.open.includes(number),
        mine: book[number]?.[device] ?? null,
      })),
    }
  }

  function tellPhones() {
    for (const phone of phones)
      phone.res.write(`event: state\ndata: ${JSON.stringify(phoneState(phone.device))}\n\n`)
  }

  function refuse(res: ServerResponse, reason: Refusal, who: string) {
    const key = `${who} ${reason}`
    if (!logged.has(key)) {
      logged.add(key)
      log(`refused a vote from ${who}: ${REFUSAL_MESSAGES[reason]} (${reason}; said once per sender)`)
    }
    res.writeHead(REFUSALS[reason], { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ error: reason, message: REFUSAL_MESSAGES[reason] }))
  }

  function takeVote(req: IncomingMessage, res: ServerResponse) {
    const address = req.socket.remoteAddress ?? 'unknown'
    const byAddress = takeToken(buckets.get(address), Date.now(), ADDRESS_RATE)
    buckets.set(address, byAddress.bucket)
    if (!byAddress.allowed)
      return refuse(res, 'too-fast', address)
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    // A phone that drops off mid-message is nothing to stop the session for.
    req.on('error', () => res.destroy())
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_VOTE_BYTES)
        tooLarge = true
      else
        chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge)
        return refuse(res, 'too-large', address)
      let message: unknown
      try {
        message = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      }
      catch {
        return refuse(res, 'malformed', address)
      }
      const vote = readVote(message)
      if (typeof vote === 'string')
        return refuse(res, vote, address)
      const who = `${address} (device ${vote.device.slice(0, 8)}…)`
      const byDevice = takeToken(buckets.get(vote.device), Date.now())
      buckets.set(vote.device, byDevice.bucket)
      if (!byDevice.allowed)
        return refuse(res, 'too-fast', who)
      const counted = castVote(book, vote, now.open, choiceCounts)
      if (typeof counted === 'string')
        return refuse(res, counted, who)
      book = counted
      save()
      broadcast()
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ ok: true, question: vote.question, choice: vote.choice }))
    })
  }

  function followQuestions(req: IncomingMessage, res: ServerResponse, device: string) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'Connection': 'keep-alive' })
    const phone = { res, device }
    phones.add(phone)
    res.write(`event: state\ndata: ${JSON.stringify(phoneState(device))}\n\n`)
    // A comment every 20 s keeps Wi-Fi access points from closing a quiet connection.
    const alive = setInterval(() => res.write(': alive\n\n'), 20_000)
    req.on('close', () => {
      clearInterval(alive)
      phones.delete(phone)
    })
  }

  const plugin: Plugin = {
    name: LIVE_PLUGIN_NAME,
    apply: 'serve',
    async configureServer(devServer) {
      server = devServer
      slides = await options.loadSlides()
      book = loadBook()
      devServer.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://deck')
        if (req.method === 'GET' && url.pathname === LIVE_ROUTES.page) {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
          return res.end(votePageHtml(locale, LIVE_TEXT[locale]))
        }
        if (req.method === 'GET' && url.pathname === LIVE_ROUTES.events)
          return followQuestions(req, res, url.searchParams.get('device') ?? '')
        if (url.pathname === LIVE_ROUTES.vote) {
          if (req.method !== 'POST')
            return refuse(res, 'malformed', req.socket.remoteAddress ?? 'unknown')
          return takeVote(req, res)
        }
        next()
      })
      devServer.ws.on('live:hello', (_data, client) => client.send('live:snapshot', snapshot()))
      devServer.httpServer?.once('listening', async () => {
        const address = devServer.httpServer!.address()
        const port = typeof address === 'object' && address ? address.port : devServer.config.server.port
        voteUrl = `http://${options.host ?? lanAddress()}:${port}${LIVE_ROUTES.page}`
        qrSvg = await QRCode.toString(voteUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
        const presenter = `http://localhost:${port}/presenter${options.password ? `?password=${encodeURIComponent(options.password)}` : ''}`
        log(`the room votes at ${voteUrl} (the QR code on each knowledge-check slide)`)
        log(`presenter view: ${presenter}; projector: http://localhost:${port}/`)
        broadcast()
      })
    },
  }

  /** Slidev's shared state changed (its `serverRef.onChanged`): follow the presenter's slide. */
  function onNavChanged(key: PropertyKey, data: unknown) {
    if (key !== 'nav' || typeof data !== 'object' || data === null)
      return
    const { page, clicks } = data as { page?: number, clicks?: number }
    const next = questionsAt(slides, Number(page ?? 0), Number(clicks ?? 0))
    if (JSON.stringify(next) === JSON.stringify(now))
      return
    now = next
    tellPhones()
    broadcast()
  }

  return { plugin, onNavChanged }
}
