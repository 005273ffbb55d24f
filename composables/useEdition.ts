import type { Locale } from '../data/types'
import type { UiText } from '../lib/i18n'
import { configs } from '@slidev/client'
import { isLocale, UI_TEXT } from '../lib/i18n'

/**
 * The edition a component is drawn in, from the deck's headmatter (`lang: zh-Hant` in
 * slides.zh-Hant.md; English without it), and the words the components print in that language.
 * Set once per deck, so no slide passes a language to a component.
 */
export function useEdition(): { locale: Locale, text: UiText } {
  const lang = (configs as { lang?: unknown }).lang
  const locale = isLocale(lang) ? lang : 'en'
  return { locale, text: UI_TEXT[locale] }
}
