// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CHARTS } from '../../data/charts'
import { LOCALES } from '../../data/types'
import { frontmatterProblems } from '../../lib/frontmatter'
import { loadDeck, parseDecksFirst } from '../deck'

// The decks are parsed while the tests are collected, outside any test's timeout.
await parseDecksFirst()

describe('frontmatterProblems', () => {
  it.each(LOCALES)('finds none in the %s edition', async (locale) => {
    const deck = await loadDeck(locale)
    expect(frontmatterProblems(deck.slides.map(slide => slide.frontmatter), CHARTS, locale)).toEqual([])
  })

  it('names the edition, the slide, the layout and the field of each problem', () => {
    const slides = [
      { layout: 'cover' },
      { layout: 'section', part: '2', agendaPart: '' },
      { layout: 'discussion', minutes: 0 },
      { layout: 'impact', chart: 'market-expanse', clicks: 2 },
      { layout: 'impact', chart: 'market-expansion', clicks: 3 },
    ]
    expect(frontmatterProblems(slides, CHARTS, 'en')).toEqual([
      '[frontmatter] en slide 2 (section): agendaPart must be the part\'s name on the progress rail, not ""',
      '[frontmatter] en slide 2 (section): part must be the part\'s number (1, 2, …), not "2"',
      '[frontmatter] en slide 3 (discussion): minutes must be the activity\'s length in minutes, not 0',
      '[frontmatter] en slide 3 (discussion): format must say how the room works ("in groups of three or four"), not nothing',
      '[frontmatter] en slide 3 (discussion): clicks must be 1: the click that starts the countdown, not nothing',
      '[frontmatter] en slide 4 (impact): chart must be the id of a chart in data/charts.ts (market-expansion, strategic-decisions, operational-challenges, financial-performance), not "market-expanse"',
      '[frontmatter] en slide 5 (impact): clicks must be 4: a click for each of the chart\'s 2 rows, the finding, then the article\'s points, not 3',
    ])
  })
})
