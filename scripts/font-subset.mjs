// The deck's fonts, cut at build time to the characters its text uses: one WOFF2 per face and
// weight, made by HarfBuzz's subsetter (subset-font) from the complete fonts (Google Fonts' Inter
// and Noto Sans TC, from @expo-google-fonts), with their layout features (kerning, contextual
// CJK punctuation widths) kept. The text is read from every file that holds the deck's words, so
// a new word is in the fonts at the next build, with no step to remember.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'

/** Where the build finds the subset fonts and their stylesheet (git-ignored; styles/index.ts imports it). */
export const FONTS_DIR = 'styles/fonts'
export const FONTS_CSS = 'deck-fonts.css'

/**
 * Every face the deck sets text in. Inter sets the Latin text; Noto Sans TC the Chinese (the
 * stack is `Inter, 'Noto Sans TC'`, so Noto only ever draws what Inter has no glyph for).
 */
export const FACES = [
  { family: 'Inter', weight: 400, file: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', script: 'latin' },
  { family: 'Inter', weight: 600, file: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf', script: 'latin' },
  { family: 'Inter', weight: 700, file: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf', script: 'latin' },
  { family: 'Noto Sans TC', weight: 400, file: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf', script: 'cjk' },
  { family: 'Noto Sans TC', weight: 700, file: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf', script: 'cjk' },
]

/** Where CJK begins: radicals, ideographs, CJK punctuation, kana, full-width forms. */
const CJK_START = 0x2E80

/**
 * Kept whatever the text: printable ASCII (typed answers, URLs, Slidev's own controls and
 * page numbers) and the punctuation a sentence may gain without anyone thinking of the fonts.
 */
const ALWAYS = [
  ...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i),
  ...[...'‘’“”–—…•·×→←✓'].map(char => char.codePointAt(0)),
  // Ideographic space, comma and full stop, corner brackets, full-width punctuation.
  ...[...'\u3000、。「」『』（），：；！？'].map(char => char.codePointAt(0)),
]

/** The face's file name in FONTS_DIR: "inter-400.woff2". */
export function faceFileName(face) {
  return `${face.family.toLowerCase().replace(/\s+/g, '-')}-${face.weight}.woff2`
}

/**
 * Where the deck's words live: both editions' slides and notes, the layouts and components and
 * the slide layers, and the data and words in data/ and lib/ (whole folders, so a new page or data
 * file is never left out).
 */
export function deckTextFiles(root) {
  const inFolder = (dir, ext) => readdirSync(join(root, dir)).filter(file => file.endsWith(ext)).map(file => join(root, dir, file))
  return [
    join(root, 'slides.md'),
    join(root, 'slides.zh-Hant.md'),
    ...inFolder('pages', '.md'),
    ...inFolder('pages/zh-Hant', '.md'),
    ...inFolder('layouts', '.vue'),
    ...inFolder('components', '.vue'),
    ...inFolder('.', '.vue'),
    ...inFolder('data', '.ts'),
    ...inFolder('lib', '.ts'),
  ]
}

/** Every code point of the deck's text, with the ones always kept. */
export function deckCodePoints(root) {
  const points = new Set(ALWAYS)
  for (const file of deckTextFiles(root)) {
    for (const char of readFileSync(file, 'utf8'))
      points.add(char.codePointAt(0))
  }
  return points
}

/** The code points a face is cut to: the Latin faces below CJK, the CJK faces from it on. */
export function faceCodePoints(face, points) {
  return [...points].filter(point => face.script === 'cjk' ? point >= CJK_START : point < CJK_START).sort((a, b) => a - b)
}

/** Sorted code points as a `unicode-range` value: "U+20-7E, U+A0, U+2014". */
export function unicodeRange(points) {
  const ranges = []
  for (const point of points) {
    const last = ranges.at(-1)
    if (last && point === last[1] + 1)
      last[1] = point
    else
      ranges.push([point, point])
  }
  const hex = point => point.toString(16).toUpperCase()
  return ranges.map(([first, last]) => first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`).join(', ')
}

/**
 * The @font-face rules, one per face and weight, WOFF2 only (every browser the deck runs in reads
 * it). Each names the characters it was cut to (`unicode-range`), so that a page with no Chinese
 * on it never downloads the Chinese face. `font-display: swap`: text is never held back waiting
 * for a font; the faces the first slide needs are preloaded (fontSubset below), so the swap comes
 * before the room can see it.
 */
export function fontFaceCss(points, faces = FACES) {
  return faces.map(face => [
    '@font-face {',
    `  font-family: '${face.family}';`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: swap;',
    `  src: url(./${faceFileName(face)}) format('woff2');`,
    `  unicode-range: ${unicodeRange(faceCodePoints(face, points))};`,
    '}',
  ].join('\n')).join('\n')
}

/** Writes `data` to `path` whole: a build running beside this one never reads half a file. */
function writeWhole(path, data) {
  writeFileSync(`${path}.${process.pid}.tmp`, data)
  renameSync(`${path}.${process.pid}.tmp`, path)
}

/**
 * Cuts every face to the deck's text into `<root>/FONTS_DIR`, with its stylesheet. Skipped when
 * the text, the faces and the tools are what they were at the last cut (a stamp file says so).
 *
 * @returns {Promise<{ cut: boolean, bytes: Record<string, number> }>} whether it cut, and each file's size
 */
export async function subsetDeckFonts(root, dir = join(root, FONTS_DIR)) {
  const require = createRequire(join(root, 'package.json'))
  const points = deckCodePoints(root)
  const versions = ['subset-font', 'harfbuzzjs', '@expo-google-fonts/inter', '@expo-google-fonts/noto-sans-tc']
    .map(name => `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`)
  const css = fontFaceCss(points)
  const stamp = createHash('sha256').update(JSON.stringify({ faces: FACES, versions, css })).digest('hex')
  const stampFile = join(dir, 'stamp')
  const files = FACES.map(face => join(dir, faceFileName(face)))
  const sizes = () => Object.fromEntries(files.map(file => [file, readFileSync(file).length]))
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && files.every(existsSync))
    return { cut: false, bytes: sizes() }
  mkdirSync(dir, { recursive: true })
  await Promise.all(FACES.map(async (face, i) => {
    const text = String.fromCodePoint(...faceCodePoints(face, points))
    writeWhole(files[i], await subsetFont(readFileSync(require.resolve(face.file)), text, { targetFormat: 'woff2' }))
  }))
  writeWhole(join(dir, FONTS_CSS), `/* Made by scripts/font-subset.mjs for every build and dev server: do not edit. */\n${css}\n`)
  writeWhole(stampFile, stamp)
  return { cut: true, bytes: sizes() }
}

/** The faces a page in `lang` shows on its first slide: Inter, and Noto Sans TC for Chinese. */
export function firstSlideFaces(lang) {
  return FACES.filter(face => face.script === 'latin' || /^zh\b/i.test(lang ?? ''))
}

/**
 * The Vite plugin: cuts the fonts before anything is built or served, and in a build preloads
 * the faces the first slide needs, so that its text is drawn in them from the start.
 */
export function fontSubset(root) {
  let base = '/'
  return {
    name: 'deck:font-subset',
    configResolved(config) {
      base = config.base
    },
    async buildStart() {
      await subsetDeckFonts(root)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle)
          return html
        const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1]
        const wanted = new Set(firstSlideFaces(lang).map(faceFileName))
        const tags = Object.values(context.bundle)
          .filter(asset => asset.type === 'asset' && (asset.names ?? [asset.name]).some(name => wanted.has(name)))
          .map(asset => ({ tag: 'link', attrs: { rel: 'preload', href: `${base}${asset.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' }))
        return { html, tags }
      },
    },
  }
}
