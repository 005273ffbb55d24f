// The exported PDF of each edition as the learner gets it: one page per slide, real text, the
// deck's own fonts.
import { execFileSync } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { EDITIONS } from '../../data/editions'
import { MODEL_IDS } from '../../data/types'
import { citedSources, formatValue, sourceLine } from '../../lib/format'
import { findingOf } from '../../lib/localize'
import { ARTICLE_POINTS } from '../article-points'
import { chartsOf, EDITION_LOCALES, sourcesOf } from '../deck'
import { outputsOf } from '../outputs'
import { missingPhrases } from '../text'
import { pageCount, pdfFonts, pdfText } from './pdf-tools'

describe.each(EDITION_LOCALES)('the exported PDF of the %s edition', (locale) => {
  const { pdf } = outputsOf(locale)
  const deck = inject('decks')[locale]
  const text = pdfText(pdf)

  it('has one 16:9 page per slide', () => {
    expect(pageCount(pdf)).toBe(deck.slideCount)
    const [, width, height] = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Page size:\s+([\d.]+) x ([\d.]+)/m)!
    expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2)
  })

  it('holds the title in both languages as selectable text', () => {
    // The article's title as this edition cites it, and the English title.
    expect(missingPhrases(text, ARTICLE_POINTS[0].deck[locale])).toEqual([])
  })

  it('holds every slide title and every point of the article', () => {
    expect(missingPhrases(text, deck.slideTitles.filter(Boolean))).toEqual([])
    const missing = ARTICLE_POINTS.flatMap(point => missingPhrases(text, point.deck[locale]).map(phrase => `${point.line}: "${phrase}"`))
    expect(missing).toEqual([])
  })

  it('embeds only the self-hosted fonts, with no fallback', () => {
    const fonts = pdfFonts(pdf)
    const families = new Set(fonts.map(font => font.name.replace(/(?:Thin)?-\w+$/, '')))
    expect(families).toEqual(new Set(EDITIONS[locale].faces.map(face => face.family.replace(/\s+/g, ''))))
    expect(fonts.filter(font => !font.embedded)).toEqual([])
  })

  it.each(chartsOf(locale).map(chart => [chart.id, chart] as const))('holds the finding, rows, values, units and sources of the %s chart as text', (_, chart) => {
    const words = chart.rows.flatMap(row => [row.label, row.unit.label, ...MODEL_IDS.map(side => formatValue(row[side].value, row.unit, row[side].digits, locale))])
    expect(missingPhrases(text, [findingOf(chart, locale), ...words])).toEqual([])
    // The source line wraps anywhere; compare it without white space.
    expect(text.replace(/\s+/g, '')).toContain(sourceLine(chart, sourcesOf(locale), locale).replace(/\s+/g, ''))
  })

  it('lists the full reference of every cited source, links included', () => {
    const compact = text.replace(/\s+/g, '')
    const missing = citedSources(chartsOf(locale), sourcesOf(locale)).filter(source => [source.url, source.viaUrl ?? '', source.title.replace(/\s+/g, '')].some(part => !compact.includes(part)))
    expect(missing.map(source => source.key)).toEqual([])
  })
})
