// Which writing system a language or a character belongs to, for the fonts (vite/fonts.ts), the
// phrase breaks (vite/phrase-breaks.ts) and anything else that treats Chinese apart.

/** True for a language written in Chinese characters: "zh-Hans", "zh-Hant", "zh". */
export function isChinese(locale: string | undefined): boolean {
  if (!locale)
    return false
  try {
    return new Intl.Locale(locale).language === 'zh'
  }
  catch {
    return false
  }
}

/** The script a Chinese language is written in, Simplified unless it says Traditional. */
export function chineseScript(locale: string): 'Hans' | 'Hant' {
  return new Intl.Locale(locale).maximize().script === 'Hant' ? 'Hant' : 'Hans'
}

/** Where CJK begins: radicals, ideographs, CJK punctuation, kana, full-width forms. */
export const CJK_START = 0x2E80

/** True for a code point a Chinese face draws rather than a Latin one. */
export const isCjk = (point: number): boolean => point >= CJK_START
