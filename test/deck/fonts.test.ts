import type { Locale } from '../../data/editions'
// Every character an edition shows is in one of its self-hosted fonts as the build cuts them, so no
// slide, note or PDF ever falls back to a font of the machine it runs on (Chinese text included).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { EDITIONS, LOCALES } from '../../data/editions'
import { isCjk } from '../../lib/script'
import { editionText } from '../../vite/edition-text'
import { deckTextFiles, editionCodePoints, faceCodePoints, faceFileName, firstSlideFaces, fontFaceCss, FONTS_CSS, startFontLoads, subsetDeckFonts, unicodeRange } from '../../vite/fonts'
import { loadDeck, parseDecksFirst, ROOT } from '../deck'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

/** Every edition's entry file. */
const ENTRIES = Object.values(EDITIONS).map(edition => edition.entry)
/** The faces of the English edition (Inter's three weights, then Noto Sans TC's two). */
const FACES = EDITIONS.en.faces

/** A WOFF2 file as HarfBuzz reads it. */
async function faceOf(path: string): Promise<Face> {
  return new Face(new Blob(await fontverter.convert(readFileSync(path), 'truetype')))
}

/** What the build cuts `locale`'s fonts to, as setup/vite-plugins.ts gives it. */
async function textOf(locale: Locale) {
  return editionText(EDITIONS[locale], (await loadDeck(locale)).markdownFiles)
}

const uPlus = (point: number) => `U+${point.toString(16).toUpperCase().padStart(4, '0')}`

describe.each(LOCALES)('the fonts the build cuts to the %s edition\'s text', (locale) => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  const faces = new Map<string, Face>()
  let text: Awaited<ReturnType<typeof textOf>>
  let cut: Awaited<ReturnType<typeof subsetDeckFonts>>

  beforeAll(async () => {
    text = await textOf(locale)
    cut = await subsetDeckFonts(ROOT, editionCodePoints(ROOT, ENTRIES, text), dir, EDITIONS[locale].faces, locale)
    for (const face of EDITIONS[locale].faces)
      faces.set(faceFileName(face), await faceOf(join(dir, faceFileName(face))))
  }, 60_000)

  it('are one WOFF2 per face and weight, each under 150 KB, with one @font-face rule each', () => {
    expect(cut.cut).toBe(true)
    const faceFiles = EDITIONS[locale].faces.map(faceFileName)
    expect(faceFiles.slice(0, 3)).toEqual(['inter-400.woff2', 'inter-600.woff2', 'inter-700.woff2'])
    expect(Object.keys(cut.bytes).map(path => relative(dir, path))).toEqual(faceFiles)
    expect(Object.values(cut.bytes).filter(bytes => bytes > 150_000)).toEqual([])
    const css = readFileSync(join(dir, FONTS_CSS), 'utf8')
    expect(css.match(/@font-face/g)).toHaveLength(faceFiles.length)
    expect(css.match(/url\([^)]+\)/g)).toEqual(EDITIONS[locale].faces.map(face => `url(./${faceFileName(face)})`))
    expect(css).not.toMatch(/\.woff\)|truetype/)
    expect(css.match(/font-display: swap;/g)).toHaveLength(faceFiles.length)
  })

  it('cover every character of the edition: its Markdown, the layouts and components, its words in data/ and lib/', () => {
    const covered = new Set([...faces.values()].flatMap(face => [...face.collectUnicodes()]))
    const vueFiles = deckTextFiles(ROOT, ENTRIES).filter(file => file.endsWith('.vue'))
    const texts = [
      ...text.markdown.map((raw, i) => [`Markdown file ${i + 1}`, raw]),
      ...vueFiles.map(file => [relative(ROOT, file), readFileSync(file, 'utf8')]),
      ...text.strings.map(words => [`data/lib words "${words.slice(0, 30)}"`, words]),
    ]
    const missing = new Set<string>()
    for (const [where, words] of texts) {
      for (const char of words) {
        if (char >= ' ' && !covered.has(char.codePointAt(0)!))
          missing.add(`${where}: "${char}" (${uPlus(char.codePointAt(0)!)}) is in no font`)
      }
    }
    expect([...missing]).toEqual([])
  })

  it('keep the layout features the text needs, and not the alternates it never asks for', () => {
    const inter = faces.get('inter-400.woff2')!
    expect(inter.getTableFeatureTags('GPOS')).toContain('kern')
    expect(inter.getTableFeatureTags('GSUB')).toEqual(expect.arrayContaining(['calt', 'tnum']))
    expect(inter.getTableFeatureTags('GSUB')).not.toContain('ss01')
    const noto = faces.get(faceFileName(EDITIONS[locale].faces.find(face => face.script === 'cjk' && face.weight === 400)!))!
    // halt and palt: the CJK punctuation's half and proportional widths.
    expect(noto.getTableFeatureTags('GPOS')).toEqual(expect.arrayContaining(['halt', 'palt']))
  })

  it('are cut again only when the text changes', async () => {
    expect((await subsetDeckFonts(ROOT, editionCodePoints(ROOT, ENTRIES, text), dir, EDITIONS[locale].faces, locale)).cut).toBe(false)
  })
})

describe('each edition\'s Chinese face', () => {
  it('holds what that edition draws: the English one only its few Chinese lines', async () => {
    const [en, zh, hans] = await Promise.all((['en', 'zh-Hant', 'zh-Hans'] as const).map(async locale => faceCodePoints(FACES[3], editionCodePoints(ROOT, ENTRIES, await textOf(locale)), locale)))
    const has = (points: number[], chars: string) => [...chars].every(char => points.includes(char.codePointAt(0)!))
    // The cover's original title and the sources' notice (the English and Taiwan editions); the charts' Chinese words only in theirs.
    expect(has(en, '運營的區別網路聯')).toBe(true)
    expect(has(zh, '運營的區別網路聯全球電子商務銷售額')).toBe(true)
    expect(has(en, '銷售額')).toBe(false)
    // The Simplified edition's own forms, and not the Traditional edition's.
    expect(has(hans, '运营的区别网络联全球电子商务销售额')).toBe(true)
    expect(has(hans, '銷售額')).toBe(false)
    // 雞 appears nowhere in the deck.
    expect(zh.includes('雞'.codePointAt(0)!)).toBe(false)
    expect(en.length).toBeLessThan(zh.length / 5)
  })

  it('together hold every Chinese character in the deck\'s files: a words file missing from vite/edition-text.ts would show here', async () => {
    const editions = await Promise.all(LOCALES.map(async locale => faceCodePoints(FACES[3], editionCodePoints(ROOT, ENTRIES, await textOf(locale)), locale)))
    const inSome = new Set(editions.flat())
    const missing = deckTextFiles(ROOT, ENTRIES).flatMap(file => [...new Set(readFileSync(file, 'utf8'))]
      .filter(char => isCjk(char.codePointAt(0)!) && !inSome.has(char.codePointAt(0)!))
      .map(char => `${relative(ROOT, file)}: "${char}" (${uPlus(char.codePointAt(0)!)}) is drawn by no edition`))
    expect(missing).toEqual([])
  })
})

describe('faceCodePoints', () => {
  it('gives Inter the Latin text and Noto Sans TC the CJK, each code point once', () => {
    const points = new Set([0x41, 0x2014, 0x3001, 0x7DB2, 0xFF08])
    expect(faceCodePoints(FACES[0], points, 'en')).toEqual([0x41, 0x2014])
    expect(faceCodePoints(FACES[3], points, 'en')).toEqual([0x3001, 0x7DB2, 0xFF08])
  })

  it('gives the Chinese face the quotation marks “ ” in a Chinese edition, Inter in the English one, and ’ to Inter in both', () => {
    const points = new Set([0x41, 0x201C, 0x201D, 0x2019, 0x8FD0])
    expect(faceCodePoints(FACES[0], points, 'en')).toEqual([0x41, 0x2019, 0x201C, 0x201D])
    expect(faceCodePoints(FACES[3], points, 'en')).toEqual([0x8FD0])
    expect(faceCodePoints(FACES[0], points, 'zh-Hans')).toEqual([0x41, 0x2019])
    expect(faceCodePoints(FACES[3], points, 'zh-Hans')).toEqual([0x201C, 0x201D, 0x8FD0])
    expect(faceCodePoints(FACES[3], points, 'zh-Hant')).toEqual([0x201C, 0x201D, 0x8FD0])
  })
})

describe('firstSlideFaces', () => {
  it('preloads Inter and the regular Noto Sans TC for an English page (its cover\'s Chinese title), both Chinese weights for a Chinese one', () => {
    expect(firstSlideFaces(FACES, 'en').map(faceFileName)).toEqual(['inter-400.woff2', 'inter-600.woff2', 'inter-700.woff2', 'noto-sans-tc-400.woff2'])
    expect(firstSlideFaces(FACES, 'zh-Hant').map(faceFileName)).toHaveLength(5)
  })
})

describe('startFontLoads', () => {
  it('asks for each face by its rule, with a character its cut always holds', () => {
    expect(startFontLoads([FACES[0], FACES[3]])).toEqual({
      tag: 'script',
      children: 'for (const [font, text] of [["400 1em \'Inter\'","A"],["400 1em \'Noto Sans TC\'","、"]]) document.fonts.load(font, text)',
      injectTo: 'head',
    })
  })
})

describe('unicodeRange', () => {
  it('writes runs of code points as ranges, single ones alone', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xA0, 0x2014, 0x2015])).toBe('U+20-22, U+A0, U+2014-2015')
  })
})

describe('fontFaceCss', () => {
  it('writes one rule per face and weight, WOFF2 only, with the characters it was cut to', () => {
    expect(fontFaceCss(new Set([0x41, 0x3001, 0x3002, 0x7DB2]), [FACES[3]], 'en')).toBe([
      '@font-face {',
      '  font-family: \'Noto Sans TC\';',
      '  font-style: normal;',
      '  font-weight: 400;',
      '  font-display: swap;',
      '  src: url(./noto-sans-tc-400.woff2) format(\'woff2\');',
      '  unicode-range: U+3001-3002, U+7DB2;',
      '}',
    ].join('\n'))
  })
})

describe.each(LOCALES)('the %s edition', (locale) => {
  it('has no slide Slidev reads as math: a "$…$" on one line would ship KaTeX and its 1 MB of fonts', async () => {
    const deck = await loadDeck(locale)
    expect(deck.features.katex, 'write a second "$" on a line as "US$" → "US dollars", or split the line').toBe(false)
  })
})
