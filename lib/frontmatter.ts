// What each kind of slide needs in its frontmatter (layouts/), checked when the deck is built or
// served, so that a typo stops `npm run build` naming the slide instead of breaking the slide in
// front of the room (and the checks are not shipped to the audience).
import type { ComparisonDataset } from '../data/types.ts'
import { impactSteps } from './impact-steps.ts'

/** Every message starts with this, so a failing build points at the slides. */
export const FRONTMATTER_PROBLEM_PREFIX = '[frontmatter]'

/** The click that starts a discussion's countdown (components/ActivityTimer.vue). */
const DISCUSSION_CLICKS = 1

/** The pictures a comparison may draw (components/ComparisonVisual.vue), or its points as tiles. */
export const COMPARISON_VISUALS = ['accounts', 'relationships', 'channels']

/** A comparison's clicks: B2B is shown from the start, B2C on the first, the running case on the second. */
const COMPARISON_CLICKS = 2

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== ''
const isWholeFrom1 = (value: unknown) => Number.isInteger(value) && (value as number) >= 1

/**
 * Every problem in the frontmatter of one edition's slides, each naming the edition, the slide
 * and the field: `[frontmatter] zh-Hant slide 10 (section): part must be the part's number (1, 2,
 * …), not "2"`. An empty list means every layout gets what it needs.
 *
 * @param frontmatters every slide's frontmatter, in slide order
 * @param charts the charts an impact slide may name (data/charts.ts)
 * @param edition the edition's language, for the messages
 * @param questionCount how many questions the knowledge check has (a quiz slide names some of them)
 */
export function frontmatterProblems(frontmatters: Record<string, unknown>[], charts: ComparisonDataset[], edition: string, questionCount: number): string[] {
  const problems: string[] = []
  frontmatters.forEach((frontmatter, index) => {
    const layout = String(frontmatter.layout ?? 'default')
    const report = (field: string, problem: string) =>
      problems.push(`${FRONTMATTER_PROBLEM_PREFIX} ${edition} slide ${index + 1} (${layout}): ${field} ${problem}, not ${JSON.stringify(frontmatter[field]) ?? 'nothing'}`)

    if (frontmatter.agendaPart !== undefined && !isText(frontmatter.agendaPart))
      report('agendaPart', 'must be the part\'s name on the progress rail')
    if (layout === 'section' && !isWholeFrom1(frontmatter.part))
      report('part', 'must be the part\'s number (1, 2, …)')
    if (layout === 'discussion') {
      if (!(typeof frontmatter.minutes === 'number' && frontmatter.minutes > 0))
        report('minutes', 'must be the activity\'s length in minutes')
      if (!isText(frontmatter.format))
        report('format', 'must say how the room works ("in groups of three or four")')
      if (frontmatter.clicks !== DISCUSSION_CLICKS)
        report('clicks', `must be ${DISCUSSION_CLICKS}: the click that starts the countdown`)
      if (!isText(frontmatter.output))
        report('output', 'must say what the room produces and who reports back')
      if (frontmatter.activity !== undefined && !['group', 'solo'].includes(frontmatter.activity as string))
        report('activity', 'must be group (the default) or solo (alone, then in pairs)')
    }
    if (layout === 'comparison') {
      if (!isText(frontmatter.topic))
        report('topic', 'must name the article\'s difference over the title ("1 · Purpose and target audience")')
      if (!COMPARISON_VISUALS.includes(frontmatter.visual as string))
        report('visual', `must be one of ${COMPARISON_VISUALS.join(', ')}`)
      if (frontmatter.clicks !== COMPARISON_CLICKS)
        report('clicks', `must be ${COMPARISON_CLICKS}: B2C, then the running case`)
    }
    if (layout === 'figure-sources' && !['references', 'derivations'].includes(frontmatter.show as string))
      report('show', 'must be references (the publications) or derivations (how each derived figure was made)')
    if (layout === 'closing' && !isText(frontmatter.contact))
      report('contact', 'must say how the room reaches the trainer after the session')
    if (layout === 'impact') {
      const chart = charts.find(chart => chart.id === frontmatter.chart)
      if (!chart)
        report('chart', `must be the id of a chart in data/charts.ts (${charts.map(chart => chart.id).join(', ')})`)
      else if (frontmatter.clicks !== impactSteps(chart).clicks)
        report('clicks', `must be ${impactSteps(chart).clicks}: a click for each of the chart's ${chart.rows.length} rows, the finding, then the article's points`)
    }
    if (layout === 'quiz') {
      const numbers = frontmatter.questions
      if (!Array.isArray(numbers) || numbers.length === 0 || !numbers.every(n => Number.isInteger(n) && n >= 1 && n <= questionCount))
        report('questions', `must list the numbers of its questions, each from 1 to ${questionCount}`)
    }
  })
  return problems
}
