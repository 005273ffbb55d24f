/** Marks where the verbatim article starts in source/article.md; above it are editor's notes. */
export const ARTICLE_START = '----- article text, verbatim -----'

/** Pinyin that the scraped copy inserts after some characters, such as "區(qū)". */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g

/**
 * White space beside a CJK character or CJK punctuation mark. Chinese has no spaces between words:
 * there it is a line wrap, or the optional space between Chinese and a Latin word or a number,
 * which PDF text extraction keeps or drops at random ("約 2 分鐘" comes out as "約2 分鐘").
 */
const CJK_SPACE = /(?<=[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF])\s+|\s+(?=[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF])/g

/**
 * White space between two quotation marks, “可能” “可以”: a line wrap of Simplified Chinese, whose
 * quotation marks are the English ones (an English text never puts a space between ” and “).
 */
const QUOTES_SPACE = /(?<=[\u201C\u201D])\s+(?=[\u201C\u201D])/g

/**
 * The lines of the article's text: one per heading, paragraph or point, with the scraper's pinyin
 * and the list markers removed.
 */
export function articleLines(markdown: string): string[] {
  const start = markdown.indexOf(ARTICLE_START)
  if (start < 0)
    throw new Error(`source/article.md: the line "${ARTICLE_START}" is missing`)
  return markdown
    .slice(start + ARTICLE_START.length)
    .split('\n')
    .map(line => line.replace(PINYIN, '').replace(/^- /, '').trim())
    .filter(line => line.length > 0)
}

/**
 * Text as compared by the coverage tests: Unicode-compatible forms (full-width punctuation becomes
 * ASCII), words wrapped at a hyphen joined again, no space beside Chinese characters, straight
 * quotes, one space between words, lower case.
 */
export function normaliseText(text: string): string {
  return text
    .replace(CJK_SPACE, '')
    .replace(QUOTES_SPACE, '')
    .normalize('NFKC')
    // The slides write "e‑commerce" with a non-breaking hyphen, so it never wraps as "e-" / "commerce".
    .replace(/\u2010/g, '-')
    // A line that ends in a hyphen was wrapped there ("e-" / "commerce"), as in PDF text.
    .replace(/-\n\s*/g, '-')
    .replace(/[‘’]/g, '\'')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** The phrases that `text` does not contain, compared after {@link normaliseText}. */
export function missingPhrases(text: string, phrases: string[]): string[] {
  const haystack = normaliseText(text)
  return phrases.filter(phrase => !haystack.includes(normaliseText(phrase)))
}

export { readingLoad } from '../lib/deck-problems'
