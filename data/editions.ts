// The deck's editions: THE list. Scripts, builds, exports, fonts and tests all derive from it.
// Adding an edition is an entry here, its entry file and pages (slides.<locale>.md,
// pages/<locale>/) and its words file (data/words/<locale>.ts), and nothing else: the build checks
// that the entry's headmatter agrees with its entry here (lib/deck-problems.ts).
import type { EditionWords } from './words/types.ts'
import { EN } from './words/en.ts'
import { ZH_HANS } from './words/zh-Hans.ts'
import { ZH_HANT } from './words/zh-Hant.ts'

/** A face the deck sets text in, from a complete font in node_modules that the build cuts down. */
export interface FontFace {
  family: string
  weight: number
  /** The complete font, resolved from node_modules. */
  file: string
  /** Which characters it draws: Latin (below U+2E80), or CJK. */
  script: 'latin' | 'cjk'
}

/** Inter sets the Latin text of every edition; it is first in each edition's font stack. */
const INTER: FontFace[] = [
  { family: 'Inter', weight: 400, file: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', script: 'latin' },
  { family: 'Inter', weight: 600, file: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf', script: 'latin' },
  { family: 'Inter', weight: 700, file: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf', script: 'latin' },
]

/** Traditional Chinese: what Inter has no glyph for (the stack is `Inter, 'Noto Sans TC'`). */
const NOTO_SANS_TC: FontFace[] = [
  { family: 'Noto Sans TC', weight: 400, file: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf', script: 'cjk' },
  { family: 'Noto Sans TC', weight: 700, file: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf', script: 'cjk' },
]

/** Simplified Chinese: the same, in the mainland's glyph forms (the stack is `Inter, 'Noto Sans SC'`). */
const NOTO_SANS_SC: FontFace[] = [
  { family: 'Noto Sans SC', weight: 400, file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', script: 'cjk' },
  { family: 'Noto Sans SC', weight: 700, file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', script: 'cjk' },
]

/** One edition of the deck. */
export interface Edition {
  /** Its language, as a BCP 47 tag: the headmatter's `lang`, and what `Intl` formats numbers with. */
  locale: string
  /** The entry file Slidev reads. */
  entry: string
  /** What every output file of the edition starts with: the headmatter's `exportFilename`. */
  exportName: string
  /** The faces its text is set in (the English edition's cover has a Chinese title). */
  faces: readonly FontFace[]
  /** Its every word beyond the Markdown. */
  words: EditionWords
  /**
   * How its PowerPoint files are set: in faces every Windows and macOS machine with Office has (the
   * deck's own faces are seldom installed, and PowerPoint would pick a substitute of other widths),
   * its Chinese text in the face of its own script, and the language PowerPoint checks spelling in.
   */
  office: { latin: string, eastAsian: string, lang: string }
}

export const EDITIONS = {
  'en': { locale: 'en', entry: 'slides.md', exportName: 'b2b-vs-b2c-operations', faces: [...INTER, ...NOTO_SANS_TC], words: EN, office: { latin: 'Arial', eastAsian: 'Microsoft JhengHei', lang: 'en-US' } },
  'zh-Hant': { locale: 'zh-Hant', entry: 'slides.zh-Hant.md', exportName: 'b2b-vs-b2c-operations-zh-Hant', faces: [...INTER, ...NOTO_SANS_TC], words: ZH_HANT, office: { latin: 'Arial', eastAsian: 'Microsoft JhengHei', lang: 'zh-TW' } },
  'zh-Hans': { locale: 'zh-Hans', entry: 'slides.zh-Hans.md', exportName: 'b2b-vs-b2c-operations-zh-Hans', faces: [...INTER, ...NOTO_SANS_SC], words: ZH_HANS, office: { latin: 'Arial', eastAsian: 'Microsoft YaHei', lang: 'zh-CN' } },
} as const satisfies Record<string, Edition>

/** An edition's language tag: its key in EDITIONS. */
export type Locale = keyof typeof EDITIONS

/** Every edition's language, English first. */
export const LOCALES = Object.keys(EDITIONS) as Locale[]

/** True for a language tag the deck has an edition in. */
export function isLocale(tag: unknown): tag is Locale {
  return typeof tag === 'string' && Object.hasOwn(EDITIONS, tag)
}

/** The words of edition `locale`. */
export function wordsOf(locale: Locale): EditionWords {
  return EDITIONS[locale].words
}
