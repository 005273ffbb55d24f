// @vitest-environment node
// Every character the deck shows is in one of its self-hosted fonts as the build cuts them, so no
// slide, note or PDF ever falls back to a font of the machine it runs on (Chinese text included).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '../../data/types'
import { deckTextFiles, faceCodePoints, faceFileName, FACES, firstSlideFaces, fontFaceCss, FONTS_CSS, subsetDeckFonts, unicodeRange } from '../../scripts/font-subset.mjs'
import { loadDeck, ROOT } from '../deck'

/** A WOFF2 file as HarfBuzz reads it. */
async function faceOf(path: string): Promise<Face> {
  return new Face(new Blob(await fontverter.convert(readFileSync(path), 'truetype')))
}

describe('the fonts the build cuts to the deck\'s text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  const faces = new Map<string, Face>()
  let cut: Awaited<ReturnType<typeof subsetDeckFonts>>

  beforeAll(async () => {
    cut = await subsetDeckFonts(ROOT, dir)
    for (const face of FACES)
      faces.set(faceFileName(face), await faceOf(join(dir, faceFileName(face))))
  }, 60_000)

  it('are one WOFF2 per face and weight, each under 150 KB, with one @font-face rule each', () => {
    expect(cut.cut).toBe(true)
    expect(Object.keys(cut.bytes).map(path => relative(dir, path))).toEqual(['inter-400.woff2', 'inter-600.woff2', 'inter-700.woff2', 'noto-sans-tc-400.woff2', 'noto-sans-tc-700.woff2'])
    expect(Object.values(cut.bytes).filter(bytes => bytes > 150_000)).toEqual([])
    const css = readFileSync(join(dir, FONTS_CSS), 'utf8')
    expect(css.match(/@font-face/g)).toHaveLength(5)
    expect(css.match(/url\([^)]+\)/g)).toEqual(FACES.map(face => `url(./${faceFileName(face)})`))
    expect(css).not.toMatch(/\.woff\)|truetype/)
    expect(css.match(/font-display: swap;/g)).toHaveLength(5)
  })

  it('cover every character of both editions', () => {
    const covered = new Set([...faces.values()].flatMap(face => [...face.collectUnicodes()]))
    const missing: string[] = []
    for (const file of deckTextFiles(ROOT)) {
      const uncovered = new Set([...readFileSync(file, 'utf8')].filter(char => char >= ' ' && !covered.has(char.codePointAt(0)!)))
      for (const char of uncovered)
        missing.push(`${relative(ROOT, file)}: "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is in no font`)
    }
    expect(missing).toEqual([])
  })

  it('keep the Traditional Chinese of the notice in Noto Sans TC, and no glyph the deck never draws', () => {
    const noto = [...faces.get('noto-sans-tc-400.woff2')!.collectUnicodes()]
    expect([...'網路聯'].every(char => noto.includes(char.codePointAt(0)!))).toBe(true)
    // 雞 appears nowhere in the deck.
    expect(noto.includes('雞'.codePointAt(0)!)).toBe(false)
  })

  it('keep the layout features the text needs: kerning, and the CJK punctuation widths', () => {
    expect(faces.get('inter-400.woff2')!.getTableFeatureTags('GPOS')).toContain('kern')
    const noto = faces.get('noto-sans-tc-400.woff2')!
    expect([...noto.getTableFeatureTags('GPOS'), ...noto.getTableFeatureTags('GSUB')]).toEqual(expect.arrayContaining(['kern', 'vert']))
  })

  it('are cut again only when the text changes', async () => {
    expect((await subsetDeckFonts(ROOT, dir)).cut).toBe(false)
  })
})

describe('faceCodePoints', () => {
  it('gives Inter the Latin text and Noto Sans TC the CJK, each code point once', () => {
    const points = new Set([0x41, 0x2014, 0x3001, 0x7DB2, 0xFF08])
    expect(faceCodePoints(FACES[0], points)).toEqual([0x41, 0x2014])
    expect(faceCodePoints(FACES[3], points)).toEqual([0x3001, 0x7DB2, 0xFF08])
  })
})

describe('firstSlideFaces', () => {
  it('preloads Inter for an English page, and Noto Sans TC as well for a Chinese one', () => {
    expect(firstSlideFaces('en').map(faceFileName)).toEqual(['inter-400.woff2', 'inter-600.woff2', 'inter-700.woff2'])
    expect(firstSlideFaces('zh-Hant').map(faceFileName)).toHaveLength(5)
  })
})

describe('unicodeRange', () => {
  it('writes runs of code points as ranges, single ones alone', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xA0, 0x2014, 0x2015])).toBe('U+20-22, U+A0, U+2014-2015')
  })
})

describe('fontFaceCss', () => {
  it('writes one rule per face and weight, WOFF2 only, with the characters it was cut to', () => {
    expect(fontFaceCss(new Set([0x41, 0x3001, 0x3002, 0x7DB2]), [FACES[3]])).toBe([
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
