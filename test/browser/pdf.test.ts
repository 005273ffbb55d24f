// The exported PDF as the learner gets it: one page per slide, real text, the deck's own fonts.
import { execFileSync } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { SOURCES } from '../../data/sources'
import { citedSources, formatValue, sourceLine } from '../../lib/format'
import { ARTICLE_POINTS } from '../article-points'
import { missingPhrases } from '../text'
import { PDF_PATH } from './artifacts'

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, [...args, PDF_PATH, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' })

describe('the exported PDF', () => {
  // -raw keeps the order the slide was drawn in, so each column's text stays together.
  const info = poppler('pdfinfo')
  const text = poppler('pdftotext', '-raw')

  it('has one 16:9 page per slide', () => {
    expect(Number(info.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(inject('slideCount'))
    const [, width, height] = info.match(/^Page size:\s+([\d.]+) x ([\d.]+)/m)!
    expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2)
  })

  it('holds the title in both languages as selectable text', () => {
    expect(missingPhrases(text, ['B2B vs B2C: how the operations differ', 'B2B 和 B2C 運營的區別'])).toEqual([])
  })

  it('holds every slide title and every point of the article', () => {
    const titles = inject('slideTitles').filter(Boolean)
    expect(missingPhrases(text, titles)).toEqual([])
    const missing = ARTICLE_POINTS.flatMap(point => missingPhrases(text, point.deck).map(phrase => `${point.line}: "${phrase}"`))
    expect(missing).toEqual([])
  })

  it('embeds only the self-hosted fonts, with no fallback', () => {
    // pdffonts prints two header lines, then one font a line: name, type, encoding, emb, sub, uni, …
    const rows = poppler('pdffonts').trim().split('\n').slice(2).map(line => line.split(/\s+/))
    const families = new Set(rows.map(([name]) => name.replace(/^[A-Z]{6}\+/, '').replace(/(?:Thin)?-\w+$/, '')))
    expect(families).toEqual(new Set(['Inter', 'NotoSansTC']))
    expect(rows.filter(row => row.at(-5) !== 'yes').map(([name]) => name)).toEqual([])
  })

  it.each(CHARTS.map(chart => [chart.id, chart] as const))('holds the values, unit and sources of the %s chart as text', (_, chart) => {
    const values = [...chart.b2b, ...chart.b2c].flatMap(entry => entry.value === null ? [entry.note] : [formatValue(entry.value, chart.unit, chart.digits)])
    expect(missingPhrases(text, [chart.title, chart.unit.label, ...chart.categories, ...values])).toEqual([])
    // The source line wraps anywhere; compare it without white space.
    expect(text.replace(/\s+/g, '')).toContain(sourceLine(chart, SOURCES).replace(/\s+/g, ''))
  })

  it('lists the full reference of every cited source, links included', () => {
    const compact = text.replace(/\s+/g, '')
    const missing = citedSources(CHARTS, SOURCES).filter(source => !compact.includes(source.url) || !compact.includes(source.title.replace(/\s+/g, '')))
    expect(missing.map(source => source.key)).toEqual([])
  })
})
