// The built site of each edition as the audience sees it. One page per edition walks every slide
// and every click with the keys a presenter remote sends, as a trainer would, and checks each
// click state on the way (nothing outside the 16:9 frame or over the progress rail, no text over
// another, every text readable against what is drawn behind it) and each slide once it is fully
// revealed: nothing logged, nothing fetched from elsewhere, little to read, every text large
// enough, nothing axe-core calls serious, in light and in dark mode.
import type { Page } from 'playwright-chromium'
import type { DeckFacts } from '../outputs'
import type { RemoteKey } from './browser'
import type { SlideGeometry } from './grid'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EDITIONS, wordsOf } from '../../data/editions'
import { densityOf, FULL_TEXT_KINDS } from '../../lib/deck-problems'
import { planOfNote, sessionClock } from '../../lib/pacing'
import { isChinese } from '../../lib/script'
import { EDITION_LOCALES, noteHeading } from '../deck'
import { outputsOf, slidesOfKind } from '../outputs'
import { fullyRevealed, keepFailures, linesSplitInsidePhrases, offSiteRequests, openSlide, overflowingElements, positionOf, pressAndSettle, pressRemote, recordPage, seriousAxeViolations, settled, slideDensity, strayChineseSpaces, useBuiltSite } from './browser'
import { GRID_BOTTOM_EDGE, GRID_LEFT_EDGE, MIN_FILLED, slideGeometry } from './grid'
import { legibilityOf, lowContrastTexts, MIN_CONTRAST, overlappingTexts } from './legibility'
import { belowFloors, drawnTexts, HANDOUT_KINDS, MAX_TYPE_SIZES, textBelowFloors, typeSizes } from './text-size'

/**
 * As the rule book reads the Markdown (lib/deck-problems.ts), here what the room actually reads on
 * the drawn slide, layouts' own words included: at most its kind's bullets and words (densityOf), except on the
 * slides read in the handout (FULL_TEXT_KINDS).
 */

/** What the walk saw on one slide. */
interface SlideVisit {
  no: number
  /** Console errors and warnings, uncaught exceptions and failed requests while it was shown. */
  problems: string[]
  density: { words: number, bullets: number }
  /** What is wrong at each click state, from the first to the last: see clickState. */
  clickStates: { clicks: number, problems: string[] }[]
  /** Measured once everything on it is revealed: */
  smallText: string[]
  /** The sizes its texts are drawn in (the type scale it uses). */
  typeSizes: number[]
  /** Its pictures (role="img"), each with its accessible name ('' for none). */
  images: string[]
  /** Chinese lines of its titles and cards broken between two characters of one phrase. */
  phraseSplits: string[]
  geometry: SlideGeometry
  chineseSpaces: string[]
  /** Its phrase breaks (vite/phrase-breaks.ts), and those whose block does not break Chinese only there. */
  phraseBreaks: { count: number, notKeepAll: number }
  /** Texts below WCAG AA against what is drawn behind them, in dark mode (light: clickStates). */
  darkContrast: string[]
  /** Light mode; dark mode only changes colours, whose contrast `darkContrast` computes. */
  axe: string[]
}

/**
 * What is wrong on displayed slide `no` as it stands, at whatever click (and where its content
 * lies, measured on the way): anything outside the
 * slide or cut off, anything below the grid's bottom edge (over the progress rail), two texts
 * drawn over each other, a text below WCAG AA against what is drawn behind it. Each prefixed with
 * the click: `click 1: content ends at 514.2 px, over the progress rail (500 px)`.
 */
async function clickState(page: Page, no: number, clicks: number): Promise<{ problems: string[], geometry: SlideGeometry }> {
  const geometry = await slideGeometry(page, no)
  const { overlapping, lowContrast } = await legibilityOf(page, `.slidev-page-${no}`)
  const problems = [
    ...await overflowingElements(page, no),
    ...(geometry.bottom > GRID_BOTTOM_EDGE + 1 ? [`content ends at ${geometry.bottom.toFixed(1)} px, over the progress rail (${GRID_BOTTOM_EDGE} px)`] : []),
    ...overlapping.map(pair => `texts drawn over each other: ${pair}`),
    ...lowContrast.map(text => `low contrast: ${text}`),
  ].map(problem => `click ${clicks}: ${problem}`)
  return { problems, geometry }
}

/**
 * The checks made on a slide with everything revealed, in light mode and then in dark mode (its
 * colours only: their contrast is computed against what is drawn, as in light mode). `chinese`: an
 * edition whose Chinese lines break between phrases only.
 */
async function checkRevealed(page: Page, no: number, kind: string, chinese: boolean): Promise<Pick<SlideVisit, 'smallText' | 'typeSizes' | 'images' | 'phraseSplits' | 'chineseSpaces' | 'phraseBreaks' | 'darkContrast' | 'axe'>> {
  const texts = await drawnTexts(page, no, HANDOUT_KINDS.includes(kind))
  // A picture inside a part hidden from screen readers (the part openers' motif) is decoration. Its
  // name: its aria-label, or the text of the elements its aria-labelledby names (a chart's title).
  const images = await page.locator(`.slidev-page-${no} [role="img"]`).evaluateAll((elements) => {
    const labelledBy = (element: Element) => (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
    const nameOf = (element: Element) => element.getAttribute('aria-label')
      ?? labelledBy(element).map(id => document.getElementById(id)?.textContent ?? '').join(' ')
    return elements.filter(element => !element.closest('[aria-hidden="true"]')).map(element => nameOf(element).trim())
  })
  // The English edition's Chinese passages (its title's translation, the publisher's notice) keep
  // the browser's own Chinese line breaking: only the Chinese editions have phrase breaks.
  const phraseSplits = chinese ? await linesSplitInsidePhrases(page, no) : []
  const chineseSpaces = await strayChineseSpaces(page, no)
  const phraseBreaks = await page.evaluate((no) => {
    const breaks = [...document.querySelectorAll(`.slidev-page-${no} .slidev-layout wbr`)]
    return { count: breaks.length, notKeepAll: breaks.filter(wbr => getComputedStyle(wbr.parentElement!).wordBreak !== 'keep-all').length }
  }, no)
  const light = await seriousAxeViolations(page, no)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'))
  await settled(page)
  const darkContrast = await lowContrastTexts(page, `.slidev-page-${no}`)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.waitForFunction(() => !document.documentElement.classList.contains('dark'))
  await settled(page)
  return { smallText: belowFloors(texts), typeSizes: typeSizes(texts), images, phraseSplits, chineseSpaces, phraseBreaks, darkContrast, axe: light }
}

/**
 * Walks slides `from` to `to` in one page, from the first's click 0 to the last click of the last
 * one, with the right arrow, checking every click state (clickState) and each slide once
 * it is fully revealed. Reduced motion, so every click shows its final state at once.
 */
async function walkDeck(page: Page, siteUrl: string, deck: DeckFacts, from = 1, to = deck.slideCount): Promise<{ visits: SlideVisit[], requests: string[] }> {
  const record = recordPage(page)
  const visits: SlideVisit[] = []
  await openSlide(page, siteUrl, from)
  const chinese = isChinese(await page.evaluate(() => document.documentElement.lang))
  let position = positionOf(page.url(), siteUrl)
  while (visits.length < to - from + 1) {
    const { no } = position
    const problemsBefore = record.problems.length
    const visit = { no, density: await slideDensity(page, no), clickStates: [] as SlideVisit['clickStates'] } as SlideVisit
    const measureState = async () => {
      const { problems, geometry } = await clickState(page, no, position.clicks)
      visit.clickStates.push({ clicks: position.clicks, problems })
      // The last state's is the revealed slide's.
      visit.geometry = geometry
    }
    await measureState()
    while (!await fullyRevealed(page, no, position.clicks, deck.slideClicks[no - 1])) {
      position = await pressAndSettle(page, 'ArrowRight', siteUrl)
      await measureState()
    }
    Object.assign(visit, await checkRevealed(page, no, deck.slideKinds[no - 1], chinese))
    visit.problems = record.problems.slice(problemsBefore)
    visits.push(visit)
    if (no < to) {
      position = await pressAndSettle(page, 'ArrowRight', siteUrl)
      // Past the last click, the next key press is the next slide.
      expect(position, `after the last click of slide ${no}`).toEqual({ no: no + 1, clicks: 0 })
    }
  }
  return { visits, requests: record.requests }
}

describe.each(EDITION_LOCALES)('the %s edition', (locale) => {
  const deckFacts = inject('decks')[locale]
  const { slideTitles, slideKinds, slideNotes } = deckFacts
  const slides = slideTitles.map((title, index) => ({ no: index + 1, title, kind: slideKinds[index] }))
  const { site, siteBase, sitePdfName } = outputsOf(locale)

  const deck = useBuiltSite(site, siteBase)

  describe('walked slide by slide and click by click, as a trainer presents it', () => {
    let walk: Awaited<ReturnType<typeof walkDeck>>
    /** What a failing slide's test leaves in test-results/failures/: that slide, fully revealed. */
    let shots: Page | undefined

    beforeAll(async () => {
      const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', colorScheme: 'light' })
      walk = await walkDeck(await context.newPage(), deck.site.url, deckFacts)
      await context.close()
      shots = await deck.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
    })

    keepFailures(() => shots, async (test) => {
      const no = Number(test.suite?.name.match(/^slide (\d+):/)?.[1])
      if (no)
        await openSlide(shots!, deck.site.url, no, 99)
    })

    it('reaches every slide in order, and asks nothing of any other server', () => {
      expect(walk.visits.map(visit => visit.no)).toEqual(slides.map(slide => slide.no))
      expect(walk.requests.length).toBeGreaterThan(0)
      expect(offSiteRequests(walk.requests, deck.site.url)).toEqual([])
    })

    it(`draws its text in at most ${MAX_TYPE_SIZES} sizes, the type scale's (styles/theme.css)`, () => {
      const sizes = [...new Set(walk.visits.flatMap(visit => visit.typeSizes))].sort((a, b) => b - a)
      expect(sizes.length, `sizes drawn: ${sizes.join(', ')} px`).toBeLessThanOrEqual(MAX_TYPE_SIZES)
    })

    it('opens and closes on the picture of the two models, on the cover, "why the difference matters" and the closing, each scene named in the edition\'s words', () => {
      const { scenes } = wordsOf(locale).ui
      const withScenes = walk.visits.filter(visit => visit.images.includes(scenes.b2b) && visit.images.includes(scenes.b2c))
      expect(withScenes.map(visit => slideKinds[visit.no - 1])).toEqual(['cover', 'models', 'conclusion', 'closing'])
    })

    it(isChinese(locale) ? 'breaks its Chinese between phrases: a <wbr> between them on its slides, each in a block that breaks only there' : 'has no phrase breaks: English breaks at its spaces', () => {
      const breaks = walk.visits.map(visit => visit.phraseBreaks)
      if (isChinese(locale))
        expect(breaks.reduce((sum, slide) => sum + slide.count, 0)).toBeGreaterThan(500)
      else
        expect(breaks.reduce((sum, slide) => sum + slide.count, 0)).toBe(0)
      expect(breaks.reduce((sum, slide) => sum + slide.notKeepAll, 0)).toBe(0)
    })

    describe.each(slides)('slide $no: $title', ({ no, kind }) => {
      const visit = () => walk.visits[no - 1]

      it('logs no error or warning, and no request fails', () => {
        expect(visit().problems).toEqual([])
      })

      it(`at every click: inside the 16:9 slide, above the progress rail, no text over another, every text at least ${MIN_CONTRAST.normal}:1 (large ${MIN_CONTRAST.large}:1) against what is drawn behind it`, () => {
        const clicks = visit().clickStates.map(state => state.clicks)
        expect(clicks).toEqual(clicks.map((_, i) => i))
        expect(clicks.length).toBeGreaterThan(deckFacts.slideClicks[no - 1])
        expect(visit().clickStates.flatMap(state => state.problems)).toEqual([])
      })

      it(`reads at least ${MIN_CONTRAST.normal}:1 in dark mode too, every text against what is drawn behind it`, () => {
        expect(visit().darkContrast).toEqual([])
      })

      it(HANDOUT_KINDS.includes(kind)
        ? 'draws every text at least at the handout floor'
        : 'draws every text at least at its size floor on the type scale, legible from the back of the room', () => {
        expect(visit().smallText).toEqual([])
      })

      it(`starts its content on the grid's left edge (${GRID_LEFT_EDGE} px) and ends it above the progress rail (${GRID_BOTTOM_EDGE} px)`, () => {
        expect(Math.abs(visit().geometry.left - GRID_LEFT_EDGE), `content starts at x = ${visit().geometry.left.toFixed(1)}`).toBeLessThan(1.5)
        expect(visit().geometry.bottom, 'the bottom of the content').toBeLessThanOrEqual(GRID_BOTTOM_EDGE + 1)
      })

      it('sets Chinese without a space between two Chinese characters', () => {
        expect(visit().chineseSpaces).toEqual([])
      })

      it('breaks its Chinese lines, titles and cards included, only between phrases (at a phrase break, a space or punctuation)', () => {
        expect(visit().phraseSplits).toEqual([])
      })

      it('names each of its pictures for screen readers', () => {
        expect(visit().images.filter(name => name === '')).toEqual([])
      })

      it(`is balanced: its content spans at least ${MIN_FILLED.height * 100}% of the slide's height and ${MIN_FILLED.width * 100}% of its width`, () => {
        expect(visit().geometry.filled.height).toBeGreaterThanOrEqual(MIN_FILLED.height)
        expect(visit().geometry.filled.width).toBeGreaterThanOrEqual(MIN_FILLED.width)
      })

      it('has no serious or critical accessibility problem (axe-core; dark mode\'s contrast is computed above)', () => {
        expect(visit().axe).toEqual([])
      })

      if (!FULL_TEXT_KINDS.includes(kind)) {
        const limits = densityOf(kind)
        it(`asks the room to read at most ${limits.bullets} bullets and ${limits.words} words`, () => {
          expect(visit().density.bullets).toBeLessThanOrEqual(limits.bullets)
          expect(visit().density.words).toBeLessThanOrEqual(limits.words)
        })
      }
    })
  })

  describe('the page checks themselves', () => {
    let page: Page

    beforeAll(async () => {
      page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await openSlide(page, deck.site.url, 1)
    })

    afterAll(() => page?.close())

    /** Measures the cover with `probes` (elements of class "probe") added to it, then takes them away. */
    async function withProbes<T>(probes: string, measure: () => Promise<T>): Promise<T> {
      await page.evaluate(html => document.querySelector('.slidev-page-1 .slidev-layout')!.insertAdjacentHTML('beforeend', html), probes)
      try {
        return await measure()
      }
      finally {
        await page.evaluate(() => document.querySelectorAll('.probe').forEach(probe => probe.remove()))
      }
    }

    it('catch content pushed off the slide and content cut off by its box', async () => {
      const found = await withProbes('<p class="probe" style="position:absolute;top:110%">below the slide</p>'
        + '<div class="probe" style="position:absolute;top:0;height:20px;overflow:hidden"><p>one</p><p>two</p></div>', () => overflowingElements(page, 1))
      expect(found).toEqual([
        'p "below the slide" lies outside the slide',
        'div "onetwo" cuts off its content',
      ])
    })

    it('measure HTML text in slide pixels and SVG text at its drawn size, each against its floor on the scale', async () => {
      // 20 units drawn in a 100-unit-wide box 50 px wide: 10 px on the slide.
      const found = await withProbes('<p class="probe" style="font-size:17px">small body</p>'
        + '<p class="probe kicker" style="font-size:18px">a kicker</p>'
        + '<svg class="probe" viewBox="0 0 100 20" style="width:50px"><text y="18" font-size="20">shrunk</text></svg>', () => textBelowFloors(page, 1))
      expect(found).toEqual([
        'p "small body" 17.0 px < 22 px (main text)',
        'text "shrunk" 10.0 px < 22 px (main text)',
      ])
    })

    it('find content off the grid\'s left edge, and texts drawn over each other, in HTML and SVG alike', async () => {
      const [geometry, overlaps] = await withProbes('<p class="probe" style="margin-left:-20px">off the edge</p>'
        + '<figure class="probe"><svg viewBox="0 0 200 40" style="width:200px"><text x="0" y="20">first</text><text x="10" y="22">second</text></svg></figure>'
        + '<p class="probe" style="position:absolute;left:56px;top:20px;margin:0">a line</p><p class="probe" style="position:absolute;left:70px;top:26px;margin:0">printed over it</p>', async () => [await slideGeometry(page, 1), await overlappingTexts(page, '.slidev-page-1')] as const)
      expect(Math.round(geometry.left)).toBe(36)
      // The probes land where the cover has text of its own too: only their own pairs are asked for.
      expect(overlaps.filter(pair => /^"(?:first|a line)" × /.test(pair))).toEqual(['"first" × "second"', '"a line" × "printed over it"'])
    })

    it('measure a text against the colour drawn behind it, not its parent\'s: a grey label at 1.2:1 on a green panel', async () => {
      // The panel is the label's sibling, drawn under it: as the discussion's kicker was, grey on
      // the room's green. Contrast is WCAG's: #5d5d5d on #0f5c4d is 1.20:1.
      const found = await withProbes('<div class="probe" style="position:absolute;left:56px;top:300px;width:400px;height:60px;background:#0f5c4d"></div>'
        + '<p class="probe" style="position:absolute;left:64px;top:310px;margin:0;font-size:18px;color:#5d5d5d">a label on a panel</p>'
        + '<p class="probe" style="position:absolute;left:64px;top:380px;margin:0;font-size:18px;color:#5d5d5d;opacity:0.5">faded grey on white</p>', () => lowContrastTexts(page, '.slidev-page-1'))
      // The panel may also lie under the cover's own text: only the probes' lines are asked for.
      expect(found.filter(text => /a label on a panel|faded grey on white/.test(text))).toEqual([
        'p "a label on a panel" 1.20:1 < 4.5:1 (#5d5d5d on #0f5c4d)',
        'p "faded grey on white" 2.22:1 < 4.5:1 (#aeaeae on #ffffff)',
      ])
    })

    it('check every click state, not only the last: a probe over the progress rail at click 1 of an impact slide', async () => {
      const no = slidesOfKind(deckFacts, 'impact')[0]
      const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', colorScheme: 'light' })
      // The probe shows while Slidev's address reads click 1 of that slide, as a build step that
      // printed over the rail would, and is gone at every other click.
      await context.addInitScript((no) => {
        const sync = () => {
          const atClick1 = location.pathname.endsWith(`/${no}`) && new URLSearchParams(location.search).get('clicks') === '1'
          const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)
          const probe = document.querySelector('.rail-probe')
          if (atClick1 && layout && !probe)
            layout.insertAdjacentHTML('beforeend', '<p class="rail-probe" style="position:absolute;left:56px;top:510px;margin:0">printed over the rail</p>')
          if (!atClick1 && probe)
            probe.remove()
        }
        new MutationObserver(sync).observe(document, { childList: true, subtree: true })
        for (const method of ['pushState', 'replaceState'] as const) {
          const original = history[method].bind(history)
          history[method] = (...args: Parameters<History['pushState']>) => {
            original(...args)
            sync()
          }
        }
      }, no)
      const { visits } = await walkDeck(await context.newPage(), deck.site.url, deckFacts, no, no)
      await context.close()
      const problems = visits[0].clickStates.flatMap(state => state.problems)
      expect(problems.length).toBeGreaterThan(0)
      expect(problems.filter(problem => !problem.startsWith('click 1: '))).toEqual([])
      expect(problems).toContainEqual(expect.stringMatching(/^click 1: content ends at 5\d\d\.\d px, over the progress rail \(500 px\)$/))
      expect(problems).toContainEqual(expect.stringMatching(/^click 1: texts drawn over each other: .*"printed over the rail"/))
    })

    it('find a space between two Chinese characters, but not between Chinese and Latin', async () => {
      const found = await withProbes('<p class="probe">B2C 比 全年平均（25%） 高</p><p class="probe">B2C 比 B2B 高 1.5 個百分點</p>', () => strayChineseSpaces(page, 1))
      expect(found).toEqual(['p "…B2C 比 全年平均（25%…"'])
    })

    it('find a Chinese title broken inside a phrase, but not one broken at its phrase break', async () => {
      const found = await withProbes([
        '<h2 class="probe" lang="zh-Hant" style="width: 3.5em; font-size: 40px">同一個產品</h2>',
        '<h2 class="probe" lang="zh-Hant" style="width: 3.5em; font-size: 40px; word-break: keep-all">同一個<wbr>產品</h2>',
      ].join(''), () => linesSplitInsidePhrases(page, 1))
      expect(found).toEqual(['h2 "同一個｜產品"'])
    })

    it('see the self-hosted fonts only', async () => {
      const loaded = await page.evaluate(() =>
        [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/["']/g, '')))
      expect(new Set(loaded)).toEqual(new Set(EDITIONS[locale].faces.map(face => face.family)))
    })

    it('preload exactly the faces the first slide draws', async () => {
      const fresh = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      // The page's clock held still: Slidev mounts the other slides three seconds after a page
      // opens (one timer), which would load their faces too; held, only the cover's load, however
      // long the page takes to open on a loaded machine.
      // Paused a minute ahead before anything is loaded: no timer exists yet to be fired on the way.
      await fresh.clock.install({ time: 0 })
      await fresh.clock.pauseAt(60_000)
      // Without the page's early requests for those faces (startFontLoads), so that the faces
      // loaded are the ones the cover's text asks for.
      await fresh.route(`${deck.site.url}/1`, async (route) => {
        const response = await route.fetch()
        const html = await response.text()
        expect(html).toContain('document.fonts.load(')
        await route.fulfill({ response, body: html.replace(/<script>[^<]*document\.fonts\.load\([^<]*<\/script>/, '') })
      })
      await openSlide(fresh, deck.site.url, 1)
      // As file names: "inter-400", "noto-sans-tc-700".
      const preloaded = await fresh.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')]
        .map(link => link.href.match(/\/([a-z-]+-\d+)-[\w-]+\.woff2$/)![1])
        .sort())
      // The cover's faces, loaded as its text was laid out (openSlide waited for them).
      const loaded = await fresh.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => `${font.family.replace(/["']/g, '').toLowerCase().replace(/\s+/g, '-')}-${font.weight}`).sort())
      expect(loaded).toEqual(preloaded)
      await fresh.close()
    })
  })

  /**
   * Opens the `nth` slide of kind `kind`, then presses each of `keys` in turn, returning which
   * `selector` elements were still hidden before the first key and after each.
   */
  async function revealSequence(kind: string, selector: string, keys: RemoteKey[], nth = 0): Promise<boolean[][]> {
    const no = slidesOfKind(deckFacts, kind)[nth]
    const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await openSlide(page, deck.site.url, no)
    const hidden = () => page.locator(`.slidev-page-${no} ${selector}`).evaluateAll(elements =>
      elements.map(element => element.classList.contains('slidev-vclick-hidden')))
    const states = [await hidden()]
    for (const key of keys) {
      await pressAndSettle(page, key, deck.site.url)
      states.push(await hidden())
    }
    await page.close()
    return states
  }

  describe('the comparisons', () => {
    it('open on B2B, reveal B2C on the first click and the running case on the second', async () => {
      expect(await revealSequence('comparison', ':is(.compare-column, .comparison__case)', ['ArrowRight', 'ArrowRight']))
        .toEqual([[false, true, true], [false, false, true], [false, false, false]])
    })
  })

  describe('the knowledge check', () => {
    it('reveals each answer on the next key press, in order', async () => {
      // The second knowledge-check slide asks two questions.
      expect(await revealSequence('quiz', '.quiz-question__answer', ['ArrowRight', 'Space'], 1))
        .toEqual([[true, true], [false, true], [false, false]])
    })
  })

  describe('the print view, from which the PDFs and PowerPoint files are printed', () => {
    it('draws every text of every slide at WCAG AA against what is drawn behind it', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${deck.site.url}/print`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      const found: string[] = []
      for (const { no } of slides) {
        // Hit-testing sees what is on screen: each slide in turn.
        await page.locator(`.slidev-page-${no}`).scrollIntoViewIfNeeded()
        found.push(...(await lowContrastTexts(page, `.slidev-page-${no}`)).map(text => `slide ${no}: ${text}`))
      }
      await page.close()
      expect(found).toEqual([])
    })
  })

  describe('the built site', () => {
    it('offers the PDF handout for download, under the site\'s own path', async () => {
      const page = await deck.browser.newPage()
      const response = await page.request.get(`${deck.site.url}/${sitePdfName}`)
      expect(response.status()).toBe(200)
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
      await page.close()
    })
  })

  describe('the presenter view', () => {
    it('shows the trainer the current slide\'s notes, with nothing logged and nothing fetched', async () => {
      const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
      const record = recordPage(page)
      await page.goto(`${deck.site.url}/presenter/2`, { waitUntil: 'networkidle' })
      await expect.poll(() => page.locator('.slidev-note').first().textContent()).toContain(noteHeading(slideNotes[1]))
      await page.close()
      expect(record.problems).toEqual([])
      expect(offSiteRequests(record.requests, deck.site.url)).toEqual([])
    })

    it('paces the session: the slide\'s plan from its notes, and on time, ahead or behind by the session timer', async () => {
      const no = slidesOfKind(deckFacts, 'impact')[0]
      const plan = planOfNote(slideNotes[no - 1], wordsOf(locale).notes.planHeading)!
      const end = plan.start + plan.minutes
      const pacing = wordsOf(locale).ui.pacing
      const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } })
      // The clock the page reads is ours: the session starts at 09:00.
      const start = Date.parse('2026-11-27T09:00:00Z')
      await context.clock.setFixedTime(start)
      const page = await context.newPage()
      await page.goto(`${deck.site.url}/presenter/${no}`, { waitUntil: 'networkidle' })
      const status = page.locator('.pacing-status')
      const reads = async () => [await status.getAttribute('data-pace'), (await status.textContent() ?? '').trim().replace(/\s+/g, ' ')]

      const planText = pacing.plan(sessionClock(plan.start), sessionClock(end), plan.minutes)
      await expect.poll(reads).toEqual(['not-started', `${planText} ${pacing.notStarted}`])
      // Slidev's own timer, started as a trainer does: its play button shows on hover.
      await page.locator('.grid-section.bottom .group').hover()
      await page.locator('.grid-section.bottom .group .i-carbon\\:play').click()
      for (const [minutes, expected] of [
        [plan.start + 1, ['on-time', pacing.onTime]],
        [plan.start - 5, ['ahead', pacing.ahead(5)]],
        [end + 3.5, ['behind', pacing.behind(3)]],
      ] as const) {
        await context.clock.setFixedTime(start + minutes * 60_000)
        await expect.poll(reads, { message: `${minutes} minutes into the session` }).toEqual([expected[0], `${planText} ${expected[1]}`])
      }

      // The room's window shows none of it.
      const audience = await context.newPage()
      await openSlide(audience, deck.site.url, no)
      expect(await audience.locator('.pacing-status').count()).toBe(0)
      await context.close()
    })
  })

  describe('a discussion\'s countdown', () => {
    it('starts on the slide\'s click, pauses, resumes and resets on the trainer\'s keys, ends, and shows the room the same time', async () => {
      const no = slidesOfKind(deckFacts, 'discussion')[0]
      // The same as the slide's `minutes` (the rule book, lib/deck-problems.ts).
      const { minutes } = planOfNote(slideNotes[no - 1], wordsOf(locale).notes.planHeading)!
      const words = wordsOf(locale).ui
      const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } })
      const start = Date.parse('2026-11-27T09:20:00Z')
      await context.clock.setFixedTime(start)
      // The trainer's presenter view and the room's window, in step as in a session.
      const audience = await context.newPage()
      await openSlide(audience, deck.site.url, 1)
      const presenter = await context.newPage()
      await presenter.goto(`${deck.site.url}/presenter/${no}`, { waitUntil: 'networkidle' })
      const timer = (page: Page) => page.locator(`.slidev-page-${no} [role="timer"]`).first()
      const reading = (page: Page) => timer(page).evaluate(timer => [...timer.querySelectorAll('p')].map(line => line.textContent!.trim()).join(' '))
      const bothRead = async () => [await reading(presenter), await reading(audience)]
      const at = async (seconds: number) => context.clock.setFixedTime(start + seconds * 1000)

      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${minutes} ${words.minutesUnit}`))
      expect(await timer(audience).getAttribute('aria-label')).toBe(words.activityTimer.name)
      await pressRemote(presenter, 'ArrowRight')
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${minutes}:00 ${words.activityTimer.left}`))
      await at(61)
      const left = `${minutes - 2}:59`
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${left} ${words.activityTimer.left}`))
      await presenter.keyboard.press('p')
      await at(200)
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${left} ${words.activityTimer.paused}`))
      await presenter.keyboard.press('p')
      await at(260)
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${minutes - 3}:59 ${words.activityTimer.left}`))
      await presenter.keyboard.press('r')
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`${minutes} ${words.minutesUnit}`))
      await presenter.keyboard.press('p')
      await at(260 + minutes * 60)
      await expect.poll(bothRead).toEqual(Array.from({ length: 2 }).fill(`0:00 ${words.activityTimer.ended}`))
      await context.close()
    })
  })
})
