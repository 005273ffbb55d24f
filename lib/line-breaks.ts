// Where a line of Chinese may break, for the build's phrase breaks in the slides' Markdown
// (vite/phrase-breaks.ts) and for the components' words (components/TextWithBreaks.vue). Chinese has no
// spaces: a browser breaks it between any two characters, inside a word too. (No Chinese in this
// file: the fonts are cut to the characters of lib/, and these would join every edition's.)
import { isChinese } from './script.ts'

/** Chinese characters and the punctuation set among them (ideographic, full-width). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u
const HAN = /\p{Script=Han}/u
const LATIN_OR_DIGIT = /[A-Z0-9]/i
/** Punctuation a line must not end with, and punctuation a line must not start with. */
// Full-width brackets, book-title and corner marks, quotation marks.
const OPENING = /[\uFF08\u300A\u300C\u300E\u3008\u3010\u3014\u201C\u2018]/
// Full-width comma, full stop, enumeration comma, colon, semicolon, exclamation and question marks, their closing pairs, ellipsis, dash, middle dot.
const CLOSING = /[\uFF0C\u3002\u3001\uFF1A\uFF1B\uFF01\uFF1F\uFF09\u300B\u300D\u300F\u3009\u3011\u3015\u201D\u2019\u2026\u2014\u00B7]/

/**
 * True where a break opportunity (<wbr>) may go, at offset `at` of `text`: between two Chinese
 * characters, or between a Chinese character and a Latin letter or digit written against it
 * ("B2B" against a Chinese word); never inside a Latin word, beside a space (a break already), after an opening mark
 * or before a closing one (a <wbr> is a break even where Chinese rules forbid one).
 */
export function mayBreakAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length)
    return false
  const [before, after] = [text[at - 1], text[at]]
  if (OPENING.test(before) || CLOSING.test(after))
    return false
  return (CJK.test(before) && CJK.test(after))
    || (HAN.test(before) && LATIN_OR_DIGIT.test(after))
    || (LATIN_OR_DIGIT.test(before) && HAN.test(after))
}

/** True for text with a Chinese character in it. */
export const hasHan = (text: string): boolean => HAN.test(text)

/**
 * The offsets of `text` where a line may break between two words, as ICU's dictionary reads the
 * words of `locale` (`Intl.Segmenter`, in every browser and in Node), so that "personal" (two
 * characters) stays on one line (test/unit/phrase-breaks.test.ts has the examples). None in a
 * language written with spaces: it breaks at its spaces.
 */
export function wordBreaks(text: string, locale: string): number[] {
  if (!isChinese(locale) || !hasHan(text))
    return []
  return [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map(word => word.index).filter(at => mayBreakAt(text, at))
}

/** `text` cut at `offsets` (ascending): "abc" at [1] is "a", "bc". */
export function cutAt(text: string, offsets: readonly number[]): string[] {
  return [0, ...offsets].map((from, i) => text.slice(from, offsets[i] ?? text.length))
}

/** `text` cut where a line may break between two words (wordBreaks). */
export function wordRuns(text: string, locale: string): string[] {
  return cutAt(text, wordBreaks(text, locale))
}
