import type { Locale } from '../data/editions'
import type { ComparisonDataset } from '../data/types'
import type { EditionWords, UiText } from '../data/words/types'
import { configs } from '@slidev/client'
import { CHART_FIGURES } from '../data/charts'
import { EDITIONS, isLocale } from '../data/editions'
import { SOURCES } from '../data/sources'
import { chartsIn, sourcesIn } from '../lib/localize'

/** What a component needs to know of the edition it is drawn in. */
export interface EditionView {
  locale: Locale
  /** The words the components print around the data. */
  text: UiText
  /** Every word of the edition beyond its Markdown. */
  words: EditionWords
  /** Every chart, in slide order, as this edition draws it. */
  charts: ComparisonDataset[]
  /** The charts' sources as this edition cites them. */
  sources: ReturnType<typeof sourcesIn>
}

const views = new Map<Locale, EditionView>()

/**
 * The edition a component is drawn in, from the deck's headmatter (`lang: zh-Hant` in
 * slides.zh-Hant.md; Slidev's default, English, without it), with its words, charts and sources.
 * Set once per deck, so no slide passes a language to a component.
 */
export function useEdition(): EditionView {
  const lang = (configs as { lang?: unknown }).lang
  const locale = isLocale(lang) ? lang : 'en'
  if (!views.has(locale)) {
    const words = EDITIONS[locale].words
    views.set(locale, { locale, text: words.ui, words, charts: chartsIn(CHART_FIGURES, words), sources: sourcesIn(SOURCES, words) })
  }
  return views.get(locale)!
}
