// Ships only the slices of the self-hosted fonts that the deck's text uses. Fontsource splits each
// face into @font-face rules by unicode-range (105 for Noto Sans TC, 112 KB of CSS per weight);
// a browser downloads only the slices it draws, but it parses every rule before the first slide
// shows. The build keeps the rules whose range holds a character of either edition's text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where the deck's words live: both editions' slides and notes, the components, and the data and
 * words in data/ and lib/ (whole folders, so a new page or data file is never left out).
 */
export function deckTextFiles(root) {
  const inFolder = (dir, ext) => readdirSync(join(root, dir)).filter(file => file.endsWith(ext)).map(file => join(root, dir, file))
  return [
    join(root, 'slides.md'),
    join(root, 'slides.zh-Hant.md'),
    ...inFolder('pages', '.md'),
    ...inFolder('pages/zh-Hant', '.md'),
    ...inFolder('components', '.vue'),
    ...inFolder('data', '.ts'),
    ...inFolder('lib', '.ts'),
  ]
}

/** Every code point of the deck's text. */
export function deckCodePoints(root) {
  const points = new Set()
  for (const file of deckTextFiles(root)) {
    for (const char of readFileSync(file, 'utf8'))
      points.add(char.codePointAt(0))
  }
  return points
}

/** The code points a `unicode-range` value names, as [first, last] pairs. */
export function parseUnicodeRange(value) {
  return value.split(',').map((range) => {
    const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-')
    return [Number.parseInt(first, 16), Number.parseInt(last, 16)]
  })
}

/**
 * `css` without the @font-face rules whose unicode-range holds none of `codePoints`. Rules
 * without a unicode-range, and everything that is not an @font-face rule, are kept.
 */
export function keepUsedFontFaces(css, codePoints) {
  return css.replace(/@font-face\s*\{[^}]*\}\s*/g, (rule) => {
    const range = rule.match(/unicode-range:\s*([^;}]+)/)
    if (!range)
      return rule
    const ranges = parseUnicodeRange(range[1])
    const used = [...codePoints].some(point => ranges.some(([first, last]) => point >= first && point <= last))
    return used ? rule : ''
  })
}

/** The Vite plugin: in `slidev build` (and so in every export), trims the @fontsource stylesheets. */
export function fontSubset(root) {
  let codePoints
  return {
    name: 'deck:font-subset',
    apply: 'build',
    // Before Vite's own CSS handling, which turns the stylesheet into a module.
    enforce: 'pre',
    buildStart() {
      codePoints = deckCodePoints(root)
    },
    transform(code, id) {
      if (/[\\/]@fontsource[\\/][^?]+\.css$/.test(id))
        return { code: keepUsedFontFaces(code, codePoints), map: null }
    },
  }
}
