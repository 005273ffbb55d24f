import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../data/editions'
import { ARTICLE_POINTS, IMPACT_MODALITY } from '../article-points'
import { kindOf, loadDeck, parseDecksFirst } from '../deck'
import { articleLines, missingPhrases, normaliseText, readingLoad } from '../text'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

const article = readFileSync(resolve(import.meta.dirname, '../../source/article.md'), 'utf8')
const lines = articleLines(article)

describe('articleLines', () => {
  it('reads the article\'s headings, paragraphs and points without pinyin', () => {
    expect(lines[0]).toBe('btob和b2c運營的區別')
    expect(lines[1]).toBe('Introduction')
    expect(lines).toContain('B2B: Sales channels may include direct sales, trade shows, exhibitions, and partnerships with other businesses.')
    expect(lines.at(-1)).toBe('轉載請注明,如有侵權,聯系刪除。')
    expect(lines.join('\n')).not.toMatch(/\([a-zāáǎàūúǔù]+\)/)
    expect(lines).toHaveLength(34)
  })

  it('refuses a file without the verbatim marker', () => {
    expect(() => articleLines('# notes only')).toThrow('source/article.md: the line "----- article text, verbatim -----" is missing')
  })
})

describe('readingLoad', () => {
  it('counts Latin words whole and Chinese characters as half a word', () => {
    expect(readingLoad('Sell one product twice.')).toBe(4)
    expect(readingLoad('同一個產品，賣兩次')).toBe(4)
    expect(readingLoad('B2B 和 B2C 運營的區別')).toBe(5)
    expect(readingLoad('· 81% —')).toBe(1)
  })
})

describe('normaliseText and missingPhrases', () => {
  it('folds full-width punctuation, curly quotes, spacing and case', () => {
    expect(normaliseText('  What’s\n the  “Difference”，B2B  ')).toBe('what\'s the "difference",b2b')
  })

  it('joins Simplified Chinese wrapped between two quotation marks, and not English beside one', () => {
    expect(normaliseText('保留“可能”\n“可以”和“必须”\n。')).toBe('保留"可能""可以"和"必须"。')
    expect(normaliseText('the “Difference”')).toBe('the "difference"')
  })

  it('joins a word wrapped at its hyphen, and only there', () => {
    expect(normaliseText('e-\ncommerce platforms')).toBe('e-commerce platforms')
    expect(normaliseText('B2B - B2C')).toBe('b2b - b2c')
  })

  it('joins Chinese text wrapped between characters, and ignores spaces beside Chinese only', () => {
    expect(normaliseText('轉載請注\n明，如有侵權')).toBe('轉載請注明,如有侵權')
    expect(normaliseText('約 2 分鐘')).toBe(normaliseText('約2 分鐘'))
    expect(normaliseText('B2B 和 B2C')).toBe('b2b和b2c')
    expect(normaliseText('B2B vs B2C')).toBe('b2b vs b2c')
  })

  it('lists exactly the phrases a text lacks', () => {
    expect(missingPhrases('Trade shows and\nexhibitions', ['trade SHOWS', 'exhibitions', 'loyalty'])).toEqual(['loyalty'])
  })
})

describe('the article coverage list', () => {
  it('names every line of the article', () => {
    const uncovered = lines.filter(line => !ARTICLE_POINTS.some(point => line.startsWith(point.line)))
    expect(uncovered).toEqual([])
  })

  it('names only lines that are in the article', () => {
    const stale = ARTICLE_POINTS.filter(point => !lines.some(line => line.startsWith(point.line)))
    expect(stale).toEqual([])
  })

  it.each(LOCALES)('gives every line at least one phrase to find in the %s edition', (locale) => {
    expect(ARTICLE_POINTS.filter(point => point.deck[locale].length === 0)).toEqual([])
  })
})

/** What a slide's Markdown says in its `::b2b::` or `::b2c::` slot, without the bold marks. */
function columnText(content: string, side: 'b2b' | 'b2c'): string {
  const match = content.match(new RegExp(`::${side}::([\\s\\S]*?)(?:::\\w+::|$)`))
  return (match?.[1] ?? '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()
}

describe('the impact sections\' modality', () => {
  const articleText = normaliseText(lines.join('\n'))

  it.each(IMPACT_MODALITY)('quotes the article\'s own hedges for $section', ({ b2b, b2c }) => {
    expect(articleText).toContain(normaliseText(b2b.article))
    expect(articleText).toContain(normaliseText(b2c.article))
  })

  it.each(LOCALES)('keeps each model\'s "may", "can" or "must" on the %s impact slides', async (locale) => {
    const deck = await loadDeck(locale)
    const impact = deck.slides.filter(slide => kindOf(slide.frontmatter) === 'impact')
    expect(impact).toHaveLength(IMPACT_MODALITY.length)
    const wrong = IMPACT_MODALITY.flatMap(({ section, b2b, b2c }, i) => ([['b2b', b2b], ['b2c', b2c]] as const).flatMap(([side, modality]) => {
      const said = columnText(impact[i].content, side)
      return said.toLowerCase().includes(modality.deck[locale].toLowerCase()) ? [] : [`${section} ${side}: "${said}" lacks "${modality.deck[locale]}"`]
    }))
    expect(wrong).toEqual([])
  })
})
