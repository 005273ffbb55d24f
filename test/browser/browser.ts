// Shared pieces of the browser tests: the built site on a local server, a Chromium that records
// everything a page logs or requests, and what a failing test leaves to look at.
import type { Browser, ConsoleMessage, Page } from 'playwright-chromium'
import type { ServedSite } from '../../tools/serve'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, inject, it } from 'vitest'
import { launchChromium as launchChromiumAt } from '../../tools/chromium'
import { serveSite } from '../../tools/serve'
import { ARTIFACTS_DIR } from '../outputs'
import { readingLoad } from '../text'

/** A built site served locally (tools/serve.ts). */
export type LocalSite = ServedSite

/** Every page the tests' browsers have open: what a failing test leaves a screenshot of (test/failures.ts). */
export const OPEN_PAGES = new Set<Page>()

/** Keeps `page` among OPEN_PAGES while it is open. */
function track(page: Page): Page {
  OPEN_PAGES.add(page)
  page.once('close', () => OPEN_PAGES.delete(page))
  return page
}

/** The Chromium the global setup found, headless; every page it opens is tracked (OPEN_PAGES). */
export async function launchChromium(): Promise<Browser> {
  const browser = await launchChromiumAt(inject('chromiumPath'))
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (...args) => {
    const context = await newContext(...args)
    context.on('page', track)
    return context
  }
  const newPage = browser.newPage.bind(browser)
  browser.newPage = async (...args) => track(await newPage(...args))
  return browser
}

/** Where a failing test's screenshot and page go. */
export const FAILURES_DIR = join(ARTIFACTS_DIR, 'failures')

/**
 * After each test of the file that fails, a screenshot and the HTML of the page `pageOf` gives
 * (the one it looked at), in test-results/failures/, named after the test: what a maintainer
 * looks at first when CI fails. With `slideOf`, the page is first taken to the slide the test
 * checked (a walk's tests assert on what was recorded earlier, when the page was elsewhere).
 */
export function keepFailures(pageOf: () => Page | undefined, slideOf?: (test: { name: string, suite?: { name: string } }) => Promise<void>): void {
  afterEach(async ({ task }) => {
    const page = pageOf()
    if (task.result?.state !== 'fail' || !page || page.isClosed())
      return
    const name = `${task.file?.name.split('/').pop()} ${task.fullName}`.replace(/[^\w.-]+/g, '-').slice(0, 150)
    mkdirSync(FAILURES_DIR, { recursive: true })
    try {
      await slideOf?.(task)
      await page.screenshot({ path: join(FAILURES_DIR, `${name}.png`), fullPage: true })
      writeFileSync(join(FAILURES_DIR, `${name}.html`), await page.content())
    }
    catch (error) {
      writeFileSync(join(FAILURES_DIR, `${name}.txt`), `No screenshot: ${(error as Error).message}`)
    }
  })
}

/**
 * Serves the built site under `base` and starts Chromium before a test file's tests, and stops
 * both after. The returned object is filled in once `beforeAll` has run.
 */
export function useBuiltSite(dir: string, base = '/'): { site: LocalSite, browser: Browser } {
  const handles = {} as { site: LocalSite, browser: Browser }
  beforeAll(async () => {
    handles.site = await serveSite(dir, base)
    handles.browser = await launchChromium()
  })
  afterAll(async () => {
    await handles.browser?.close()
    await handles.site?.close()
  })
  return handles
}

/** What a page did that the audience should never see or the offline rule forbids. */
export interface PageRecord {
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[]
  /** Every URL the page asked for. */
  requests: string[]
}

/** Starts recording a page's console problems and requests. */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { problems: [], requests: [] }
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      record.problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', error => record.problems.push(`uncaught: ${error.message}`))
  page.on('request', request => record.requests.push(request.url()))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText
    // A navigation cancels the previous page's requests still in flight; that is not a failure.
    if (reason !== 'net::ERR_ABORTED')
      record.problems.push(`request failed: ${request.url()} (${reason})`)
  })
  return record
}

/** The requests that went anywhere but under `siteUrl` (inline data and blobs stay local). */
export function offSiteRequests(requests: string[], siteUrl: string): string[] {
  return requests.filter(url => !url.startsWith(`${siteUrl}/`) && !/^(?:data|blob):/.test(url))
}

/**
 * Opens slide `no` (at click `clicks`: past the last, Slidev stops at it) and waits until it is
 * the displayed slide, drawn, with its fonts loaded. The slide's element is `.slidev-page-<no>`:
 * Slidev also mounts the neighbours, hidden. A slide's code loads on demand (until it has, Slidev
 * shows "Loading slide…"): its layout is there once it has.
 */
export async function openSlide(page: Page, siteUrl: string, no: number, clicks?: number): Promise<void> {
  await page.goto(`${siteUrl}/${no}${clicks === undefined ? '' : `?clicks=${clicks}`}`)
  await slideDrawn(page, no)
}

/**
 * Waits until slide `no` is displayed and drawn, with its fonts: Slidev mounts its wrapper at once
 * and its code on demand ("Loading slide…" until it has come); its layout is there once it has.
 */
export async function slideDrawn(page: Page, no: number): Promise<void> {
  await page.locator(`.slidev-page-${no} .slidev-layout`).first().waitFor({ state: 'visible' })
  await page.locator(`.slidev-page-${no} .slidev-slide-loading`).waitFor({ state: 'detached' })
  // As document.fonts.ready, but bounded like every other wait (a reload would lose the promise).
  await page.waitForFunction(() => document.fonts.status === 'loaded')
}

/**
 * Where Slidev stands, from its URL (`<base>/7?clicks=2`, or `<file>#/7?clicks=2` with hash
 * routing, as in the one-file deck): the slide number and the click.
 */
export function positionOf(pageUrl: string, siteUrl: string): { no: number, clicks: number } {
  const url = new URL(pageUrl)
  const hashRoute = url.hash.startsWith('#/') ? new URL(url.hash.slice(1), 'http://hash.route') : undefined
  const route = hashRoute ?? url
  const path = hashRoute ? hashRoute.pathname.slice(1) : url.pathname.slice(new URL(siteUrl).pathname.length).replace(/^\//, '')
  return { no: Number(path.split('/')[0] || 1), clicks: Number(route.searchParams.get('clicks') ?? 0) }
}

/** The keys a presenter remote sends: the next click (either) and the previous one. */
export type RemoteKey = 'ArrowRight' | 'Space' | 'ArrowLeft'

/**
 * Presses `key` once, as a presenter remote does: its key-down and key-up in the same moment.
 * Slidev takes a key still down a second after its key-down for a held key and steps again
 * (its auto-repeat, @slidev/client logic/shortcuts.ts); Playwright's `keyboard.press` sends the two
 * as separate input events, and on a loaded machine the gap between them can pass that second:
 * one press, two steps. Dispatched in one task, the key-up always comes first.
 */
export async function pressRemote(page: Page, key: RemoteKey): Promise<void> {
  await page.evaluate((key) => {
    const target = document.activeElement ?? document.body
    for (const type of ['keydown', 'keyup'])
      target.dispatchEvent(new KeyboardEvent(type, { key: key === 'Space' ? ' ' : key, code: key, bubbles: true, cancelable: true }))
  }, key)
}

/**
 * Presses `key` and waits until Slidev has acted on it: its URL names the new slide or click, that
 * slide is displayed, and every transition it started has finished.
 */
export async function pressAndSettle(page: Page, key: RemoteKey, siteUrl: string): Promise<{ no: number, clicks: number }> {
  const before = page.url()
  await pressRemote(page, key)
  await page.waitForURL(url => url.href !== before)
  const position = positionOf(page.url(), siteUrl)
  await slideDrawn(page, position.no)
  await settled(page)
  return position
}

/** True once slide `no` shows all it has: no v-click still hidden, and its declared clicks done. */
export async function fullyRevealed(page: Page, no: number, clicks: number, declaredClicks: number): Promise<boolean> {
  const hidden = await page.locator(`.slidev-page-${no} .slidev-vclick-hidden`).count()
  return hidden === 0 && clicks >= declaredClicks
}

/**
 * Waits until no finite animation or transition is running on the page. Two frames first: a slide
 * transition that a key press starts is created on the next frame, after the address and the slide
 * have already changed, and would otherwise still be ahead.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.waitForFunction(() => document.getAnimations().every(animation =>
    animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity))
}

/**
 * Every element of displayed slide `no` that lies outside the slide's box, or whose content is
 * cut off by its own overflow, described as `tag "text…"` with what is wrong.
 */
export function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const box = slide.getBoundingClientRect()
    // Sub-pixel rounding of the scaled slide is not overflow.
    const TOLERANCE = 1
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const found: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      // Visually hidden on purpose (the charts' tables for screen readers): clipped by design.
      if (el.closest('.sr-only'))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.left < box.left - TOLERANCE || r.top < box.top - TOLERANCE || r.right > box.right + TOLERANCE || r.bottom > box.bottom + TOLERANCE)
        found.push(`${name(el)} lies outside the slide`)
      const style = getComputedStyle(el)
      const clipsY = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + TOLERANCE
      const clipsX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + TOLERANCE
      if (clipsY || clipsX)
        found.push(`${name(el)} cuts off its content`)
    }
    return found
  }, no)
}

/**
 * How much a slide asks the room to read: its body text in English words (a Chinese character
 * counting half, see readingLoad) and its bullets. The title, the model labels, the charts (data,
 * not prose) and what is hidden from everyone do not count.
 */
export async function slideDensity(page: Page, no: number): Promise<{ words: number, bullets: number }> {
  const { text, bullets } = await page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)!
    const body = layout.cloneNode(true) as Element
    // Nor does what is hidden from everyone: the impact title not shown (its question or its finding).
    // Nor the running case (the rule book's RUNNING_CASE: an example, not more points to read).
    body.querySelectorAll('h1, .model-badge, .comparison-chart, .case-strip, [aria-hidden="true"]').forEach(el => el.remove())
    return { text: body.textContent ?? '', bullets: layout.querySelectorAll('li').length }
  }, no)
  return { words: readingLoad(text), bullets }
}

/** A slide's blocks of text, titles and cards among them: a Chinese line breaks between phrases only. */
const TEXT_BLOCKS = 'h1, h2, h3, p, li, td, th, blockquote, .card'

/**
 * Every Chinese line of displayed slide `no`'s text (titles, cards, every block) that breaks between two Chinese
 * characters of one run of text, as `h2 "同一個產｜品"`. A phrase break is a <wbr> between two runs
 * (vite/phrase-breaks.ts, TextWithBreaks), so a line that wraps inside a run has been broken inside
 * a phrase: the run was too long for its line and `overflow-wrap: anywhere` cut it. Each line break
 * is found where a character is laid out lower than the one before it.
 */
export function linesSplitInsidePhrases(page: Page, no: number): Promise<string[]> {
  return page.evaluate(({ no, selector }) => {
    const han = /\p{Script=Han}/u
    const found: string[] = []
    for (const block of document.querySelectorAll(`.slidev-page-${no} .slidev-layout :is(${selector})`)) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        const owner = node.parentElement
        if (!owner || owner.closest('.sr-only, svg') || owner.getClientRects().length === 0)
          continue
        const range = document.createRange()
        const topOf = (i: number) => {
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          return range.getBoundingClientRect().top
        }
        for (let i = 1; i < text.length; i++) {
          if (han.test(text[i - 1]) && han.test(text[i]) && topOf(i) - topOf(i - 1) > 4)
            found.push(`${block.tagName.toLowerCase()} "${text.slice(Math.max(0, i - 6), i)}｜${text.slice(i, i + 6)}"`)
        }
      }
    }
    return found
  }, { no, selector: TEXT_BLOCKS })
}

/**
 * Every text on displayed slide `no` with a space (or a line break, which the browser draws as a
 * space) between two Chinese characters or full-width punctuation marks, as `tag "…比 全年…"`:
 * Chinese is set without spaces, except between Chinese and Latin words or numbers.
 */
export function strayChineseSpaces(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const stray = /[\p{Script=Han}（）「」《》，。：；、！？]\s+[\p{Script=Han}（）「」《》，。：；、！？]/u
    const found: string[] = []
    for (const element of document.querySelectorAll(`.slidev-page-${no} *`)) {
      const ownText = [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      const match = ownText && !element.closest('.sr-only, title, desc') ? element.textContent?.match(stray) : null
      if (match)
        found.push(`${element.tagName.toLowerCase()} "…${element.textContent!.slice(Math.max(0, match.index! - 8), match.index! + 10)}…"`)
    }
    return found
  }, no)
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * The serious and critical accessibility problems axe-core finds in displayed slide `no`, each as
 * `rule: element, element…`; with `rules`, only those rules run.
 */
export async function seriousAxeViolations(page: Page, no: number, rules?: string[]): Promise<string[]> {
  return seriousAxeViolationsIn(page, `.slidev-page-${no}`, rules)
}

/** The serious and critical axe-core violations in the element `selector` finds (`html`: the page). */
export async function seriousAxeViolationsIn(page: Page, selector: string, rules?: string[]): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_SCRIPT })
  return page.evaluate(async ({ selector, rules }) => {
    const { axe } = window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string, impact: string, nodes: { target: string[] }[] }[] }> } }
    // Only violations are reported back: axe skips detailing what passed.
    const options = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) }
    const { violations } = await axe.run(document.querySelector(selector)!, options)
    return violations
      .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
      .map(violation => `${violation.id}: ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`)
  }, { selector, rules })
}

/**
 * A test file's steps of one story, each an `it` that runs after the one before and builds on it
 * (a live session: phones vote, then the server restarts…). Once a step fails, every later step
 * fails at once and says which step it depended on, rather than with a misleading error of its own.
 */
export function storySteps(): (name: string, step: () => Promise<void>) => void {
  let failed: string | undefined
  return (name, step) => it(name, async () => {
    if (failed)
      throw new Error(`not run: this step builds on "${failed}", which failed`)
    try {
      await step()
    }
    catch (error) {
      failed = name
      throw error
    }
  })
}
