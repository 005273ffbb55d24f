// The built site as the audience sees it: every slide renders cleanly, offline, inside 16:9.
import type { Browser, Page } from 'playwright-chromium'
import type { LocalSite } from './browser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ARTICLE_POINTS } from '../article-points'
import { missingPhrases } from '../text'
import { SITE_DIR } from './artifacts'
import { launchChromium, offSiteRequests, openSlide, recordPage, serveSite } from './browser'

const slideTitles = inject('slideTitles')
const slides = slideTitles.map((title, index) => ({ no: index + 1, title }))

let site: LocalSite
let browser: Browser

beforeAll(async () => {
  site = await serveSite(SITE_DIR)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/**
 * Every element of the displayed slide that lies outside the slide's box, or whose content is cut
 * off by its own overflow, described as `tag.class "text…"`.
 */
function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const box = slide.getBoundingClientRect()
    const TOLERANCE = 1
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const found: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.left < box.left - TOLERANCE || r.top < box.top - TOLERANCE || r.right > box.right + TOLERANCE || r.bottom > box.bottom + TOLERANCE)
        found.push(`${describe(el)} lies outside the slide`)
      const style = getComputedStyle(el)
      const clipsY = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + TOLERANCE
      const clipsX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + TOLERANCE
      if (clipsY || clipsX)
        found.push(`${describe(el)} cuts off its content`)
    }
    return found
  }, no)
}

describe.each(slides)('slide $no: $title', ({ no }) => {
  let page: Page
  let record: ReturnType<typeof recordPage>

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    record = recordPage(page)
    await openSlide(page, site.url, no)
  })

  afterAll(() => page?.close())

  it('renders with no console error or warning', () => {
    expect(record.problems).toEqual([])
    expect(page.locator(`.slidev-page-${no} .slidev-layout`)).toBeTruthy()
  })

  it('makes no request beyond the local server', () => {
    expect(record.requests.length).toBeGreaterThan(0)
    expect(offSiteRequests(record.requests, site.url)).toEqual([])
  })

  it('keeps all of its content inside the 16:9 slide', async () => {
    const slideBox = await page.locator(`.slidev-page-${no}`).boundingBox()
    expect(slideBox!.width / slideBox!.height).toBeCloseTo(16 / 9, 2)
    expect(await overflowingElements(page, no)).toEqual([])
  })
})

describe('the deck as a whole', () => {
  it('shows every heading and point of the article', async () => {
    const page = await browser.newPage()
    const texts: string[] = []
    for (const { no } of slides) {
      await openSlide(page, site.url, no)
      texts.push(await page.locator(`.slidev-page-${no}`).textContent() ?? '')
    }
    await page.close()
    const deckText = texts.join('\n')
    const missing = ARTICLE_POINTS.flatMap(point => missingPhrases(deckText, point.deck).map(phrase => `${point.line}: "${phrase}"`))
    expect(missing).toEqual([])
  })

  it('draws its text in the self-hosted fonts', async () => {
    const page = await browser.newPage()
    await openSlide(page, site.url, 1)
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/["']/g, '')))
    await page.close()
    expect(new Set(loaded)).toEqual(new Set(['Inter', 'Noto Sans TC']))
  })
})
