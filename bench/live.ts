// The live vote under load (`npm run bench` runs it; `node --import tsx bench/live.ts` alone): how long
// from a phone's vote to its count on the presenter's screen, while a room of voters answers.
// `npm run present` is started on the loopback with its votes (and its build) in a scratch folder,
// so each vote is written to disk before it is acknowledged, as in a session; 200 background
// voters answer the first question's other choices, 100 votes a second (each voter every 2 s),
// while probe votes, each from a new device, choose its last choice, one after the other: each
// probe's latency is from just before its POST to the moment the presenter's page drew the new
// count (a MutationObserver's time).
import type { Browser } from 'playwright-chromium'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { EDITIONS } from '../data/editions.ts'
import { findChromiumHere, launchChromium } from '../tools/chromium.ts'
import { startPresent } from '../tools/servers.ts'
import { loadEdition, ROOT } from '../vite/decks.ts'

declare global {
  interface Window { __seen: { at: number, text: string | null }[] }
}
const VOTERS = 200
const PROBES = 40

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]

/** One session's vote-to-screen latency, in ms. */
export interface SessionLatency { medianMs: number, p95Ms: number, maxMs: number }
/** Every session's, and the load. */
export interface LiveLatency { runs: SessionLatency[], probes: number, voters: number }

/** How many sessions the latency is measured in: each its own server, votes and page. */
export const RUNS = 3

/**
 * Vote-to-screen latency under load, in ms, in RUNS sessions: each run's median, 95th percentile
 * and slowest probe, and the load. The first session builds the deck; the others serve that build.
 */
export async function liveLatency(browser: Browser): Promise<LiveLatency> {
  const { slides } = await loadEdition(EDITIONS.en)
  const quiz = slides.findIndex(slide => slide.frontmatter.layout === 'quiz') + 1
  const question = (slides[quiz - 1].frontmatter.questions as number[])[0]
  const runs: SessionLatency[] = []
  const dirs: string[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      dirs.push(mkdtempSync(join(tmpdir(), 'deck-bench-votes-')))
      runs.push(await oneSession(browser, { quiz, question, slideCount: slides.length }, dirs.at(-1)!, run > 0 ? join(dirs[0], 'site-en') : undefined))
    }
  }
  finally {
    for (const dir of dirs)
      rmSync(dir, { recursive: true, force: true })
  }
  return { runs, probes: PROBES, voters: VOTERS }
}

/** One session's probes: the presenter on slide `quiz`, the room voting on its first `question`. */
async function oneSession(browser: Browser, { quiz, question, slideCount }: { quiz: number, question: number, slideCount: number }, dir: string, site: string | undefined): Promise<SessionLatency> {
  const server = await startPresent(ROOT, { dir, site })
  const { url, roomUrl } = server
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${url}/presenter/${quiz}`, { waitUntil: 'networkidle' })
    const counts = `.grid-section.main .slidev-page-${quiz} .vote-chart__count`
    await page.locator(counts).first().waitFor()
    const choices = await page.locator(counts).count()
    // Slidev mounts every slide about 3 s after a page opens, one long task: a trainer has the
    // deck open long before the knowledge check, so the probes start after it.
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, slideCount)
    // The page notes when the last choice's count changes, and to what.
    await page.evaluate((selector) => {
      window.__seen = []
      const cell = [...document.querySelectorAll(selector)].at(-1)!
      new MutationObserver(() => window.__seen.push({ at: performance.timeOrigin + performance.now(), text: cell.textContent }))
        .observe(cell, { childList: true, characterData: true, subtree: true })
    }, counts)

    const vote = (device: string, choice: number) => fetch(`${roomUrl}/vote`, { method: 'POST', body: JSON.stringify({ device, question, choice }) })
    // The room, until the probes are done: waves of 10 of the VOTERS devices every 100 ms.
    const probing = { done: false }
    const room = (async () => {
      for (let wave = 0; !probing.done; wave++) {
        await Promise.all(Array.from({ length: 10 }, (_, i) => vote(`bench-room-${String((wave * 10 + i) % VOTERS).padStart(8, '0')}`, (wave + i) % (choices - 1))))
        await new Promise(done => setTimeout(done, 100))
      }
    })()
    const latencies: number[] = []
    for (let probe = 1; probe <= PROBES; probe++) {
      const sent = performance.timeOrigin + performance.now()
      await vote(`bench-probe-${String(probe).padStart(8, '0')}`, choices - 1)
      const handle = await page.waitForFunction(count => window.__seen.find(change => change.text?.match(/\d+/)?.[0] === String(count)), probe)
      const { at } = await handle.jsonValue() as { at: number }
      latencies.push(at - sent)
    }
    probing.done = true
    await room
    await page.close()
    return { medianMs: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), maxMs: Math.max(...latencies) }
  }
  finally {
    await server.stop()
  }
}

/** The result in one line, as the bench prints it. */
export function liveLatencyLine({ runs, probes, voters }: LiveLatency): string {
  const each = runs.map(({ medianMs, p95Ms, maxMs }, i) => `run ${i + 1}: median ${medianMs.toFixed(0)} ms, 95th percentile ${p95Ms.toFixed(0)} ms, slowest ${maxMs.toFixed(0)} ms`)
  return `Vote to the presenter's screen (each vote on disk before its 200), ${probes} probes among ${voters} voters, ${runs.length} sessions: ${each.join('; ')}.`
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const browser = await launchChromium((await findChromiumHere()).path)
  const result = await liveLatency(browser)
  await browser.close()
  console.log(liveLatencyLine(result))
}
