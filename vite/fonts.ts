// The deck's fonts, cut at build time to the characters its text uses: one WOFF2 per face and
// weight, made by HarfBuzz's subsetter (subset-font) from the complete fonts (Google Fonts' Inter
// and Noto Sans TC, from @expo-google-fonts), with their layout features (kerning, contextual
// CJK punctuation widths) kept. Each edition gets its own cut, of the text it can draw, read from
// the files that hold the deck's words at every build and dev start: a new word is in the fonts
// at the next build, with no step to remember. Which faces an edition uses is in its entry in
// data/editions.ts.
import type { Plugin } from 'vite'
import type { Edition, FontFace } from '../data/editions.ts'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'
import { isChinese, isCjk } from '../lib/script.ts'

/** Where the build finds each edition's cut fonts and their stylesheet, a folder per edition (git-ignored). */
export const FONTS_DIR = 'styles/fonts'
export const FONTS_CSS = 'deck-fonts.css'

/**
 * The OpenType features kept: those Chromium applies to running text by itself (ligatures,
 * contextual alternates, kerning, marks, localised forms), the CJK punctuation widths its
 * `text-spacing-trim` uses (halt, chws, palt), and tabular figures (`font-variant-numeric:
 * tabular-nums` on the timers and the agenda). subset-font keeps every feature otherwise, and
 * Inter's stylistic sets and alternates would double its size for glyphs the deck never asks for.
 */
export const FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'liga', 'clig', 'calt', 'kern', 'rvrn', 'ltra', 'ltrm', 'halt', 'chws', 'palt', 'tnum']

/**
 * Kept whatever the text: printable ASCII (typed answers, URLs, Slidev's own controls and
 * page numbers) and the punctuation a sentence may gain without anyone thinking of the fonts.
 */
const ALWAYS = [
  ...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i),
  ...[...'‘’“”–—…•·×→←✓'].map(char => char.codePointAt(0)!),
  // Ideographic space, comma and full stop, corner brackets, full-width punctuation.
  ...[...'\u3000、。「」『』（），：；！？'].map(char => char.codePointAt(0)!),
]

/** The face's file name in FONTS_DIR: "inter-400.woff2". */
export function faceFileName(face: FontFace): string {
  return `${face.family.toLowerCase().replace(/\s+/g, '-')}-${face.weight}.woff2`
}

/**
 * Where the deck's words live: every edition's entry, slides and notes (pages/ and its folders),
 * the layouts and components and the slide layers, and the data and words in data/ and lib/
 * (whole folders, so a new page or data file is never left out).
 */
export function deckTextFiles(root: string, entries: string[]): string[] {
  const inFolder = (dir: string, ext: string) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith(ext)).map(file => join(root, dir, file))
  return [
    ...entries.map(entry => join(root, entry)),
    ...inFolder('pages', '.md'),
    ...inFolder('layouts', '.vue'),
    ...inFolder('components', '.vue'),
    ...readdirSync(root).filter(file => file.endsWith('.vue')).map(file => join(root, file)),
    ...inFolder('data', '.ts'),
    ...inFolder('lib', '.ts'),
  ]
}

const codePointsOf = (text: string) => [...text].map(char => char.codePointAt(0)!)

/** What an edition's fonts are cut to: its Markdown files' text and its words (vite/edition-text.ts). */
export interface EditionText {
  locale: string
  markdown: string[]
  strings: string[]
}

/**
 * Every code point one edition can draw, with the ones always kept: the Latin of the whole deck
 * (both editions share Inter), and all of the edition's own text: its Markdown (slides and notes),
 * the layouts and components (the same in both editions) and the words the data and the
 * components give in its language (`strings`, from vite/edition-text.ts). So the English edition's
 * Chinese face holds the few characters it draws, its cover's Chinese title among them, and not
 * the whole of the other edition.
 *
 * @param root the deck's folder
 * @param entries every edition's entry file (data/editions.ts)
 * @param edition the edition's Markdown files' text and its words
 */
export function editionCodePoints(root: string, entries: string[], edition: Pick<EditionText, 'markdown' | 'strings'>): Set<number> {
  const points = new Set(ALWAYS)
  for (const file of deckTextFiles(root, entries)) {
    const text = readFileSync(file, 'utf8')
    for (const point of codePointsOf(text)) {
      if (!isCjk(point) || file.endsWith('.vue'))
        points.add(point)
    }
  }
  for (const text of [...edition.markdown, ...edition.strings])
    codePointsOf(text).forEach(point => points.add(point))
  return points
}

/**
 * The quotation marks Chinese shares with Latin, “ and ”. Chinese type draws them a full em wide,
 * as a Chinese text sets them (“运营”, GB/T 15834); Inter's are a Latin width and crowd the
 * characters beside them. So a Chinese edition draws them in its Chinese face, and the English
 * edition in Inter. (‘ and ’ stay Latin: ’ is also the apostrophe of an English word.)
 */
export const CHINESE_QUOTES = [0x201C, 0x201D]

/**
 * The code points a face is cut to in edition `locale`: the Latin faces below CJK, the CJK faces
 * from it on, and in a Chinese edition the CJK faces the quotation marks too (CHINESE_QUOTES).
 */
export function faceCodePoints(face: FontFace, points: Iterable<number>, locale: string): number[] {
  const chinese = isChinese(locale)
  const drawnAsCjk = (point: number) => isCjk(point) || (chinese && CHINESE_QUOTES.includes(point))
  return [...points].filter(point => drawnAsCjk(point) === (face.script === 'cjk')).sort((a, b) => a - b)
}

/** Sorted code points as a `unicode-range` value: "U+20-7E, U+A0, U+2014". */
export function unicodeRange(points: number[]): string {
  const ranges: [number, number][] = []
  for (const point of points) {
    const last = ranges.at(-1)
    if (last && point === last[1] + 1)
      last[1] = point
    else
      ranges.push([point, point])
  }
  const hex = (point: number) => point.toString(16).toUpperCase()
  return ranges.map(([first, last]) => first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`).join(', ')
}

/**
 * The @font-face rules, one per face and weight, WOFF2 only (every browser the deck runs in reads
 * it). Each names the characters it was cut to (`unicode-range`), so that a page with no Chinese
 * on it never downloads the Chinese face. `font-display: swap`: text is never held back waiting
 * for a font; the faces the first slide needs are preloaded (fontSubset below), so the swap comes
 * before the room can see it.
 */
export function fontFaceCss(points: Set<number>, faces: readonly FontFace[], locale: string): string {
  return faces.map(face => [
    '@font-face {',
    `  font-family: '${face.family}';`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: swap;',
    `  src: url(./${faceFileName(face)}) format('woff2');`,
    `  unicode-range: ${unicodeRange(faceCodePoints(face, points, locale))};`,
    '}',
  ].join('\n')).join('\n')
}

/** Writes `data` to `path` whole: a build running beside this one never reads half a file. */
function writeWhole(path: string, data: string | Uint8Array): void {
  writeFileSync(`${path}.${process.pid}.tmp`, data)
  renameSync(`${path}.${process.pid}.tmp`, path)
}

/** Where one edition's cut fonts and their stylesheet go: "<root>/styles/fonts/en". */
export function editionFontsDir(root: string, locale: string): string {
  return join(root, FONTS_DIR, locale)
}

/**
 * Cuts each of `faces` to one edition's code points (editionCodePoints) into `dir`, with its
 * stylesheet. Skipped when the text, the faces and the tools are what they were at the last cut
 * (a stamp file says so). Returns whether it cut, and each file's size.
 */
export async function subsetDeckFonts(root: string, points: Set<number>, dir: string, faces: readonly FontFace[], locale: string): Promise<{ cut: boolean, bytes: Record<string, number> }> {
  const require = createRequire(join(root, 'package.json'))
  // The tools, and the packages the faces come from ("@expo-google-fonts/inter").
  const packages = ['subset-font', 'harfbuzzjs', ...new Set(faces.map(face => face.file.split('/').slice(0, 2).join('/')))]
  const versions = packages.map(name => `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`)
  const css = fontFaceCss(points, faces, locale)
  const stamp = createHash('sha256').update(JSON.stringify({ faces, features: FEATURES, versions, css })).digest('hex')
  const stampFile = join(dir, 'stamp')
  const files = faces.map(face => join(dir, faceFileName(face)))
  const sizes = () => Object.fromEntries(files.map(file => [file, readFileSync(file).length]))
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && files.every(existsSync))
    return { cut: false, bytes: sizes() }
  mkdirSync(dir, { recursive: true })
  await Promise.all(faces.map(async (face, i) => {
    const text = String.fromCodePoint(...faceCodePoints(face, points, locale))
    writeWhole(files[i], await subsetFont(readFileSync(require.resolve(face.file)), text, { targetFormat: 'woff2', keepFeatures: FEATURES }))
  }))
  writeWhole(join(dir, FONTS_CSS), `/* Made by vite/fonts.ts for every build and dev server: do not edit. */\n${css}\n`)
  writeWhole(stampFile, stamp)
  return { cut: true, bytes: sizes() }
}

/**
 * The faces the first slide draws, preloaded: Inter in its three weights, and the regular Chinese
 * face, which the cover of both editions draws (the English one shows the article's Chinese
 * title); a Chinese page's cover also sets its title in the bold one. site.test.ts checks this
 * against the faces the cover loads.
 */
export function firstSlideFaces(faces: readonly FontFace[], lang: string | undefined): FontFace[] {
  return faces.filter(face => face.script === 'latin' || face.weight === 400 || isChinese(lang))
}

/**
 * An inline script, after the stylesheets, that asks for the first slide's faces by their
 * @font-face rules. A preload only downloads a face; it is decoded when text first needs it, about
 * 30 ms after the slide is laid out. Asked for here, it is decoded while the app's scripts load,
 * and the cover is drawn in its own faces from its first frame. Each is asked for with a character
 * it always holds (ASCII for Inter, an ideographic comma for Noto Sans TC: see ALWAYS).
 */
export function startFontLoads(faces: readonly FontFace[]) {
  const loads = faces.map(face => [`${face.weight} 1em '${face.family}'`, face.script === 'cjk' ? '\u3001' : 'A'])
  return { tag: 'script' as const, children: `for (const [font, text] of ${JSON.stringify(loads)}) document.fonts.load(font, text)`, injectTo: 'head' as const }
}

/** What styles/index.ts imports: the edition's @font-face rules, wherever the edition's cut is. */
export const FONTS_MODULE = 'virtual:deck-fonts.css'

/**
 * The Vite plugin (set up by setup/vite-plugins.ts, which knows the edition being built or
 * served): cuts the edition's fonts before anything is built or served, points styles/index.ts's
 * FONTS_MODULE at them, and in a build preloads the faces the first slide draws, so that its text
 * is drawn in them from the start. Each edition has its own folder, so both can build at once.
 *
 * @param options the plugin's options
 * @param options.root the deck's folder
 * @param options.edition the edition built or served, from data/editions.ts
 * @param options.entries every edition's entry file
 * @param options.text its Markdown files' text and its words (vite/edition-text.ts)
 */
export function deckFonts({ root, edition, entries, text }: { root: string, edition: Edition, entries: string[], text: EditionText }): Plugin {
  const dir = editionFontsDir(root, edition.locale)
  let base = '/'
  return {
    name: 'deck:font-subset',
    configResolved(config) {
      base = config.base
    },
    async buildStart() {
      await subsetDeckFonts(root, editionCodePoints(root, entries, text), dir, edition.faces, edition.locale)
    },
    resolveId(id: string) {
      if (id === FONTS_MODULE)
        return join(dir, FONTS_CSS)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle)
          return html
        const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1]
        const faces = firstSlideFaces(edition.faces, lang)
        const wanted = new Set(faces.map(faceFileName))
        const preloads = Object.values(context.bundle)
          .filter(asset => asset.type === 'asset' && asset.names.some(name => wanted.has(name)))
          .map(asset => ({ tag: 'link' as const, attrs: { rel: 'preload', href: `${base}${asset.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const }))
        // The one-file deck carries its fonts inside its CSS: nothing to preload or start early.
        if (preloads.length === 0)
          return html
        return { html, tags: [...preloads, startFontLoads(faces)] }
      },
    },
  }
}
