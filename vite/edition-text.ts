// The words an edition can draw beyond its Markdown: its words file (data/words/), with the
// phrases built around a number, and the sources' references, which every edition gives as
// published. vite/fonts.ts cuts each edition's fonts to them, so the English edition does not
// carry the Chinese edition's characters, nor the reverse.
import type { Edition } from '../data/editions.ts'
import type { EditionText } from './fonts.ts'
import { SOURCES } from '../data/sources.ts'

/**
 * Every string in `value`: its strings, and each function's source (a phrase built around a
 * number, `n => \`第 ${n} 部分\``, has its words there), in objects and arrays at any depth.
 */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (typeof value === 'function')
    return [value.toString()]
  if (value instanceof RegExp)
    return [value.source]
  if (value === null || typeof value !== 'object')
    return []
  return Object.values(value).flatMap(stringsIn)
}

/** What vite/fonts.ts cuts an edition's fonts to: its Markdown files (as Slidev loaded them), its words and the sources. */
export function editionText(edition: Edition, markdownFiles: Record<string, { raw: string }>): EditionText {
  return { locale: edition.locale, markdown: Object.values(markdownFiles).map(file => file.raw), strings: stringsIn([edition.words, SOURCES]) }
}
