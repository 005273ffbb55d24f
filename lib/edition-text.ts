// The words an edition can draw beyond its Markdown: the charts' and sources' words, the quiz and
// what the components print around them. scripts/font-subset.mjs cuts each edition's fonts to
// them, so the English edition does not carry the Chinese edition's characters, nor the reverse.
import type { Locale } from './i18n.ts'
import { CHART_TEXT } from '../data/chart-text.ts'
import { CHARTS } from '../data/charts.ts'
import { QUESTIONS } from '../data/knowledge-check.ts'
import { SOURCES } from '../data/sources.ts'
import { LIVE_TEXT } from '../live/text.ts'
import { isLocale, UI_TEXT } from './i18n.ts'

/**
 * Every string in `value` that `locale`'s edition can show: an object keyed by language
 * ({ en: …, 'zh-Hant': … }) gives only its `locale` entry, any other object or array all of
 * its values. A function (a phrase built around a number, `n => \`第 ${n} 部分\``) gives its
 * source, where its words are.
 */
export function localizedStrings(value: unknown, locale: Locale): string[] {
  if (typeof value === 'string')
    return [value]
  if (typeof value === 'function')
    return [value.toString()]
  if (Array.isArray(value))
    return value.flatMap(item => localizedStrings(item, locale))
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return []
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every(isLocale))
    return localizedStrings((value as Partial<Record<Locale, unknown>>)[locale], locale)
  return Object.values(value).flatMap(item => localizedStrings(item, locale))
}

/** The words the data and the components give in `locale`'s edition. */
export function editionStrings(locale: Locale): string[] {
  return localizedStrings([CHARTS, CHART_TEXT, SOURCES, QUESTIONS, UI_TEXT, LIVE_TEXT], locale)
}

/** What scripts/font-subset.mjs cuts an edition's fonts to: its Markdown files (as Slidev loaded them) and its words in data/ and lib/. */
export function editionText(locale: Locale, markdownFiles: Record<string, { raw: string }>) {
  return { locale, markdown: Object.values(markdownFiles).map(file => file.raw), strings: editionStrings(locale) }
}
