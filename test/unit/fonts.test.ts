// @vitest-environment node
// Every character the deck shows is in one of its self-hosted fonts, so no slide, note or PDF
// ever falls back to a font of the machine it runs on (Chinese text included).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckTextFiles, keepUsedFontFaces, parseUnicodeRange } from '../../scripts/font-subset.mjs'
import { ROOT } from '../deck'

/** The font stylesheets styles/index.ts imports, such as `@fontsource/noto-sans-tc/400.css`. */
const stylesheets = [...readFileSync(join(ROOT, 'styles/index.ts'), 'utf8').matchAll(/^import '(@fontsource\/[^']+\.css)'/gm)].map(match => match[1])

/** Every code point the imported @font-face rules declare, by family. */
function declaredCodePoints(): Map<string, Set<number>> {
  const require = createRequire(join(ROOT, 'package.json'))
  const families = new Map<string, Set<number>>()
  for (const sheet of stylesheets) {
    const css = readFileSync(require.resolve(sheet), 'utf8')
    for (const [, family, ranges] of css.matchAll(/font-family: '([^']+)';[^}]*?unicode-range: ([^;]+);/g)) {
      const points = families.get(family) ?? new Set<number>()
      for (const [first, last] of parseUnicodeRange(ranges)) {
        for (let point = first; point <= last; point++)
          points.add(point)
      }
      families.set(family, points)
    }
  }
  return families
}

describe('the self-hosted fonts', () => {
  const families = declaredCodePoints()

  it('are Inter and Noto Sans TC, both with their character ranges', () => {
    expect([...families.keys()].sort()).toEqual(['Inter', 'Noto Sans TC'])
    // Noto Sans TC reaches the Traditional Chinese of the notice: 網, 絡, 聯.
    expect([...'網絡聯'].every(char => families.get('Noto Sans TC')!.has(char.codePointAt(0)!))).toBe(true)
  })

  it('cover every character of both editions', () => {
    const covered = (point: number) => [...families.values()].some(points => points.has(point))
    const missing: string[] = []
    for (const file of deckTextFiles(ROOT)) {
      const uncovered = new Set([...readFileSync(file, 'utf8')].filter(char => char > '\u007F' && !covered(char.codePointAt(0)!)))
      for (const char of uncovered)
        missing.push(`${relative(ROOT, file)}: "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is in no self-hosted font`)
    }
    expect(missing).toEqual([])
  })
})

describe('keepUsedFontFaces (the build\'s font subset)', () => {
  const css = [
    '@font-face { font-family: \'Noto Sans TC\'; src: url(./a.woff2); unicode-range: U+4e00-4e0f, U+7d61; }',
    '@font-face { font-family: \'Noto Sans TC\'; src: url(./b.woff2); unicode-range: U+9000-90ff; }',
    '@font-face { font-family: \'Inter\'; src: url(./c.woff2); }',
    '.other { color: red; }',
  ].join('\n')

  it('keeps the slices that hold a character of the text, and everything else that is not a slice', () => {
    const kept = keepUsedFontFaces(css, new Set(['絡'.codePointAt(0)!]))
    expect(kept).toContain('a.woff2')
    expect(kept).not.toContain('b.woff2')
    expect(kept).toContain('c.woff2')
    expect(kept).toContain('.other { color: red; }')
  })

  it('reads ranges and single code points', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+7d61')).toEqual([[0x4E00, 0x4E0F], [0x7D61, 0x7D61]])
  })

  it('finds the words of both editions, components included', () => {
    const files = deckTextFiles(ROOT).map(file => file.slice(ROOT.length + 1))
    expect(files).toEqual(expect.arrayContaining(['slides.md', 'slides.zh-Hant.md', 'pages/zh-Hant/impact.md', 'components/ComparisonChart.vue', 'data/chart-text.ts', 'lib/i18n.ts']))
  })
})
