import { describe, expect, it } from 'vitest'
import { frontmatterProblems } from '../../lib/frontmatter'
import { CHARTS } from '../deck'

describe('frontmatterProblems', () => {
  it('names the edition, the slide, the layout and the field of each problem', () => {
    const slides = [
      { layout: 'cover' },
      { layout: 'section', part: '2', agendaPart: '' },
      { layout: 'discussion', minutes: 0 },
      { layout: 'impact', chart: 'market-expanse', clicks: 2 },
      { layout: 'impact', chart: 'market-expansion', clicks: 3 },
      { layout: 'quiz', questions: [2, 7] },
      { layout: 'quiz' },
      { layout: 'comparison', topic: ' ', visual: 'pie', clicks: 1 },
      { layout: 'discussion', minutes: 5, format: 'in pairs', clicks: 1, activity: 'alone' },
      { layout: 'closing' },
      { layout: 'figure-sources', show: 'all' },
    ]
    expect(frontmatterProblems(slides, CHARTS, 'en', 5)).toEqual([
      '[frontmatter] en slide 2 (section): agendaPart must be the part\'s name on the progress rail, not ""',
      '[frontmatter] en slide 2 (section): part must be the part\'s number (1, 2, …), not "2"',
      '[frontmatter] en slide 3 (discussion): minutes must be the activity\'s length in minutes, not 0',
      '[frontmatter] en slide 3 (discussion): format must say how the room works ("in groups of three or four"), not nothing',
      '[frontmatter] en slide 3 (discussion): clicks must be 1: the click that starts the countdown, not nothing',
      '[frontmatter] en slide 3 (discussion): output must say what the room produces and who reports back, not nothing',
      '[frontmatter] en slide 4 (impact): chart must be the id of a chart in data/charts.ts (market-expansion, strategic-decisions, operational-challenges, financial-performance), not "market-expanse"',
      '[frontmatter] en slide 5 (impact): clicks must be 4: a click for each of the chart\'s 2 rows, the finding, then the article\'s points, not 3',
      '[frontmatter] en slide 6 (quiz): questions must list the numbers of its questions, each from 1 to 5, not [2,7]',
      '[frontmatter] en slide 7 (quiz): questions must list the numbers of its questions, each from 1 to 5, not nothing',
      '[frontmatter] en slide 8 (comparison): topic must name the article\'s difference over the title ("1 · Purpose and target audience"), not " "',
      '[frontmatter] en slide 8 (comparison): visual must be one of accounts, relationships, channels, not "pie"',
      '[frontmatter] en slide 8 (comparison): clicks must be 2: B2C, then the running case, not 1',
      '[frontmatter] en slide 9 (discussion): output must say what the room produces and who reports back, not nothing',
      '[frontmatter] en slide 9 (discussion): activity must be group (the default) or solo (alone, then in pairs), not "alone"',
      '[frontmatter] en slide 10 (closing): contact must say how the room reaches the trainer after the session, not nothing',
      '[frontmatter] en slide 11 (figure-sources): show must be references (the publications) or derivations (how each derived figure was made), not "all"',
    ])
  })
})
