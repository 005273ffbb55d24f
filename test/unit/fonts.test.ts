// @vitest-environment node
// Every character the deck shows is in one of its self-hosted fonts, so no slide, note or PDF
// ever falls back to a font of the machine it runs on (Chinese text included).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
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
      for (const range of ranges.split(',')) {
        const [from, to = from] = range.trim().replace('U+', '').split('-')
        for (let point = Number.parseInt(from, 16); point <= Number.parseInt(to, 16); point++)
          points.add(point)
      }
      families.set(family, points)
    }
  }
  return families
}

/** The files whose text reaches a slide, a note or a chart, in both editions. */
function textFiles(): string[] {
  const pages = (dir: string) => readdirSync(join(ROOT, dir)).filter(file => file.endsWith('.md')).map(file => join(ROOT, dir, file))
  return [
    join(ROOT, 'slides.md'),
    join(ROOT, 'slides.zh-Hant.md'),
    ...pages('pages'),
    ...pages('pages/zh-Hant'),
    ...['data/charts.ts', 'data/chart-text.ts', 'data/sources.ts', 'data/knowledge-check.ts', 'lib/i18n.ts'].map(file => join(ROOT, file)),
  ]
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
    for (const file of textFiles()) {
      const uncovered = new Set([...readFileSync(file, 'utf8')].filter(char => char > '\u007F' && !covered(char.codePointAt(0)!)))
      for (const char of uncovered)
        missing.push(`${relative(ROOT, file)}: "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is in no self-hosted font`)
    }
    expect(missing).toEqual([])
  })
})
