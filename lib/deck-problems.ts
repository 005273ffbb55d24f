// The deck's rule book: every content rule in one function, so that a rule can never live in a
// test alone. `npm run build` (and every export) stops on a problem, `npm run dev` shows it over
// the page as soon as a file is saved (vite/deck-check.ts), and one test runs it on the deck as
// it is (test/deck/deck.test.ts; test/unit/deck-problems.test.ts checks each rule's message).
// Each message names the edition, the slide or the data, and the field.
import type { ChartId } from '../data/charts.ts'
import type { Edition, Locale } from '../data/editions.ts'
import type { ChartFigures, ComparisonDataset, Source } from '../data/types.ts'
import type { QuizItem } from '../data/words/types.ts'
import type { SlidePlan } from './pacing.ts'
import { parseTimeString } from '@slidev/parser/utils'
import { figureReferenceProblems } from './format.ts'
import { frontmatterProblems } from './frontmatter.ts'
import { knowledgeCheckProblems } from './knowledge-check.ts'
import { chartsIn } from './localize.ts'
import { planOfNote } from './pacing.ts'
import { validateDatasets } from './validate.ts'
import { agendaParts } from './wayfinding.ts'

/** One slide as Slidev's parser reads it. */
export interface DeckSlide {
  frontmatter: Record<string, unknown>
  /** Its Markdown, without frontmatter and notes. */
  content: string
  note?: string
}

/** One edition as Slidev's parser reads it: its headmatter and its slides. */
export interface EditionDeck {
  locale: Locale
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
}

/** Everything the decks draw on: the registry of editions and the data. */
export interface DeckData {
  editions: Record<Locale, Edition>
  figures: Record<ChartId, ChartFigures>
  sources: Record<string, Source>
  /** Which choice of each question is right (data/knowledge-check.ts). */
  correctChoices: readonly number[]
  /** The session's learning objectives, and which each question tests (data/knowledge-check.ts). */
  objectives: readonly string[]
  questionObjectives: readonly (readonly string[])[]
}

/** What a slide may ask the room to read, from the back: bullets, and words (a Chinese character counts half). */
export const DENSITY = { bullets: 6, words: 45 }

/**
 * What slide kind `kind` may ask the room to read: DENSITY, but the recap (the conclusion) is one
 * diagram of the session's seven labels, the three levers of part 1 and the four areas of part 2,
 * with the article's conclusion around it: seven bullets and 52 words.
 */
export function densityOf(kind: string): typeof DENSITY {
  return kind === 'conclusion' ? { bullets: 7, words: 52 } : DENSITY
}

/** The slide kinds that carry a part of the article: the room is asked a question on each. */
const ARTICLE_PARTS = ['models', 'comparison', 'impact', 'conclusion']

/** Every problem of the deck, in every edition; an empty list is a deck that may be built. */
export function deckProblems(decks: EditionDeck[], data: DeckData): string[] {
  const charts = Object.fromEntries(decks.map(deck => [deck.locale, chartsIn(data.figures, data.editions[deck.locale].words)])) as Record<Locale, ComparisonDataset[]>
  const questions = Object.fromEntries(decks.map(deck => [deck.locale, data.editions[deck.locale].words.quiz])) as unknown as Record<Locale, QuizItem[]>
  const problems = decks.flatMap((deck) => {
    const plans = deck.slides.map(slide => planOfNote(slide.note, data.editions[deck.locale].words.notes.planHeading))
    return [
      ...registryProblems(deck, data.editions[deck.locale]),
      ...validateDatasets(charts[deck.locale], data.sources).map(problem => problem.replace('[chart data]', `[chart data] ${deck.locale}`)),
      ...charts[deck.locale].flatMap(chart => figureReferenceProblems(chart.finding, [chart], `[words] ${deck.locale} ${chart.id}: finding`)),
      ...emptyWords(translated(data.editions[deck.locale].words), `[words] ${deck.locale}`),
      ...frontmatterProblems(deck.slides.map(slide => slide.frontmatter), charts[deck.locale], deck.locale, questions[deck.locale].length),
      ...notesProblems(deck, data.editions[deck.locale], plans),
      ...densityProblems(deck),
      ...pageProblems(deck, data.objectives.length),
      ...agendaProblems(deck, plans),
    ]
  })
  const tested = new Set(data.questionObjectives.flat())
  for (const objective of data.objectives.filter(objective => !tested.has(objective)))
    problems.push(`[knowledge check] the objective "${objective}" is tested by no question (data/knowledge-check.ts QUESTION_OBJECTIVES)`)
  const firstCharts = charts[decks[0]?.locale] ?? []
  problems.push(...knowledgeCheckProblems(questions, firstCharts, data.correctChoices))
  // The same chart problem in two editions (a bad figure) is said once per edition: keep both.
  return [...new Set(problems)]
}

/** The font families of a CSS font stack, in order: "Inter, 'Noto Sans SC'" has Inter, then Noto Sans SC. */
export function stackFamilies(stack: unknown): string[] {
  return typeof stack === 'string' ? stack.split(',').map(family => family.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean) : []
}

/**
 * The entry's headmatter agrees with the registry: its language, its outputs' name, and its font
 * stacks, which name the registry's faces in order (the slides, the print views and the notes
 * are set in them; a face named there and not cut for the edition would fall back to the machine's).
 */
function registryProblems(deck: EditionDeck, edition: Edition): string[] {
  const where = `[editions] ${deck.locale} (${edition.entry})`
  const problems: string[] = []
  // Slidev's own default language is English.
  const lang = deck.headmatter.lang ?? 'en'
  if (lang !== edition.locale)
    problems.push(`${where}: the headmatter's lang is ${JSON.stringify(lang)}; data/editions.ts says ${JSON.stringify(edition.locale)}`)
  if (deck.headmatter.exportFilename !== edition.exportName)
    problems.push(`${where}: the headmatter's exportFilename is ${JSON.stringify(deck.headmatter.exportFilename)}; data/editions.ts says ${JSON.stringify(edition.exportName)}`)
  const families = [...new Set(edition.faces.map(face => face.family))]
  const fonts = (deck.headmatter.fonts ?? {}) as Record<string, unknown>
  for (const kind of ['sans', 'serif', 'mono']) {
    const named = stackFamilies(fonts[kind])
    if (named.join(', ') !== families.join(', '))
      problems.push(`${where}: the headmatter's fonts.${kind} is ${JSON.stringify(fonts[kind] ?? null)}; data/editions.ts says its faces are ${families.join(', ')}`)
  }
  return problems
}

/**
 * The words a translator writes from a text (the charts', the knowledge check's, the vote's, the
 * sources' editions), where an empty string is always a word left out. The components' `ui` words
 * are checked by their type alone: some are empty on purpose (no tag for a primary source, no
 * space between Chinese sentences).
 */
function translated({ charts, quiz, live, sourceEditions }: Edition['words']) {
  return { charts, quiz, live, sourceEditions }
}

/** Every empty string among an edition's words, by its path: "[words] zh-Hant: charts.market-expansion.title is empty". */
export function emptyWords(value: unknown, where: string, path = ''): string[] {
  if (typeof value === 'string')
    return value.trim() === '' ? [`${where}: ${path} is empty`] : []
  if (value === null || typeof value !== 'object' || value instanceof RegExp)
    return []
  return Object.entries(value).flatMap(([key, item]) => emptyWords(item, where, path ? `${path}.${key}` : key))
}

/**
 * The session plan the notes carry (lib/pacing.ts): each note opens with its slide's minutes and
 * start, each slide starts when the ones before it end, the plan adds up to the deck's `duration`
 * (the presenter's timer), a discussion's note gives the minutes its slide shows the room, and each
 * part of the article asks the room a question.
 */
function notesProblems(deck: EditionDeck, edition: Edition, plans: (SlidePlan | undefined)[]): string[] {
  const { planHeading, askTheRoom } = edition.words.notes
  const problems: string[] = []
  let clock = 0
  deck.slides.forEach((slide, i) => {
    const where = `[notes] ${deck.locale} slide ${i + 1}`
    const plan = plans[i]
    if (!plan || plan.minutes <= 0) {
      problems.push(`${where}: the note must open with its plan in bold, as ${planHeading.source} (minutes, then the start)`)
      return
    }
    if (plan.start !== clock)
      problems.push(`${where}: says it starts at ${plan.start} min; the slides before it end at ${clock}`)
    clock += plan.minutes
    const kind = String(slide.frontmatter.layout ?? 'default')
    if (kind === 'discussion' && slide.frontmatter.minutes !== plan.minutes)
      problems.push(`${where} (discussion): shows the room ${String(slide.frontmatter.minutes)} min; its note plans ${plan.minutes}`)
    if (ARTICLE_PARTS.includes(kind) && !slide.note?.includes(askTheRoom))
      problems.push(`${where} (${kind}): a part of the article; its note must ask the room a question ("${askTheRoom}")`)
  })
  const duration = typeof deck.headmatter.duration === 'string' ? parseTimeString(deck.headmatter.duration).seconds / 60 : Number.NaN
  if (problems.length === 0 && clock !== duration)
    problems.push(`[notes] ${deck.locale}: the notes plan ${clock} min; the headmatter's duration (the presenter's timer) is ${String(deck.headmatter.duration)}`)
  return problems
}

/**
 * What a page may hold besides words (slide kinds are layouts): inline icons, language tags and
 * comments. Any other tag is layout markup that belongs in layouts/.
 */
const LAYOUT_MARKUP = /<(?!carbon-[\w-]+ \/>|span lang="[\w-]+">|\/span>|!--)[^>]*>/g

/** A numbered line of a list: "1. ". */
const NUMBERED_LINE = /^\d+\. /gm

/**
 * Pages hold words: no layout markup. The objectives slide lists as many objectives as the
 * knowledge check tests (the agenda's lines: agendaProblems).
 */
function pageProblems(deck: EditionDeck, objectiveCount: number): string[] {
  const problems: string[] = []
  deck.slides.forEach((slide, i) => {
    for (const [tag] of slide.content.matchAll(LAYOUT_MARKUP))
      problems.push(`[pages] ${deck.locale} slide ${i + 1}: ${tag} is layout markup; a page holds words (the look belongs in layouts/)`)
  })
  const kinds = deck.slides.map(slide => String(slide.frontmatter.layout ?? 'default'))
  const objectives = kinds.indexOf('objectives')
  const listed = objectives < 0 ? 0 : (deck.slides[objectives].content.match(NUMBERED_LINE) ?? []).length
  if (objectives >= 0 && listed !== objectiveCount)
    problems.push(`[pages] ${deck.locale} slide ${objectives + 1} (objectives): lists ${listed} objectives; the knowledge check tests ${objectiveCount} (data/knowledge-check.ts OBJECTIVES)`)
  return problems
}

/** A line of the agenda: its words after the icon. */
const AGENDA_LINE = /^\d+\. (?:<carbon-[\w-]+ \/> )?(.+)$/gm

/** The line's length, in emphasis at its end: "_5 min_", "_5 分鐘_". */
const AGENDA_MINUTES = /_([^_]+)_$/

/**
 * The agenda says what the rail says: a line for each part of the rail, which starts after it;
 * each line opens with the rail's name of its part and gives the minutes the notes plan (`plans`)
 * for that part's slides.
 */
function agendaProblems(deck: EditionDeck, plans: (SlidePlan | undefined)[]): string[] {
  const agenda = deck.slides.findIndex(slide => slide.frontmatter.layout === 'agenda')
  if (agenda < 0)
    return []
  const where = `[pages] ${deck.locale} slide ${agenda + 1} (agenda)`
  const parts = agendaParts(deck.slides.map(slide => slide.frontmatter))
  const lines = [...deck.slides[agenda].content.matchAll(AGENDA_LINE)]
  const problems: string[] = []
  if (parts.length !== lines.length)
    problems.push(`${where}: has ${lines.length} lines; the progress rail has ${parts.length} parts (agendaPart:)`)
  if (parts[0] && parts[0].firstSlide <= agenda + 1)
    problems.push(`[pages] ${deck.locale}: the progress rail's first part starts on slide ${parts[0].firstSlide}, not after the agenda (slide ${agenda + 1})`)
  return [...problems, ...parts.flatMap((part, i) => {
    const line = lines[i]
    if (!line)
      return []
    const text = line[1].trim()
    const length = text.match(AGENDA_MINUTES)
    const words = text.slice(0, length?.index).trim().replaceAll('**', '')
    const minutes = length ? Number.parseInt(length[1]) : undefined
    const end = parts[i + 1]?.firstSlide ?? deck.slides.length + 1
    const planned = plans.slice(part.firstSlide - 1, end - 1).reduce((sum, plan) => sum + (plan?.minutes ?? 0), 0)
    return [
      ...(words.startsWith(part.label) ? [] : [`${where}: line ${i + 1} reads "${words}"; it must open with its part's name on the rail, "${part.label}"`]),
      ...(minutes === planned ? [] : [`${where}: line ${i + 1} (${part.label}) gives ${minutes ?? 'no'} min; the notes plan ${planned} min for slides ${part.firstSlide}–${end - 1} (_${planned} min_ at the line's end)`]),
    ]
  })]
}

/** One Chinese character (Han ideograph). */
const HAN = /\p{Script=Han}/gu

/**
 * How much reading `text` asks for, in English words: a Latin word counts one, a Chinese
 * character half (a Chinese reader takes in about two characters in the time of one English word).
 * So one limit holds for both editions.
 */
export function readingLoad(text: string): number {
  const han = text.match(HAN)?.length ?? 0
  const words = text.replace(HAN, ' ').split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
  return words + han / 2
}

/**
 * The running case's two lines (::b2b-case:: and ::b2c-case::, up to the next slot): not counted.
 * They show the same two buyers of one chair maker on slide after slide, an example read at a
 * glance beside the slide's points, not more points to read.
 */
const RUNNING_CASE = ['b2b-case', 'b2c-case']

/** A list item's mark: "- ", "1. ". */
const LIST_MARK = /^\s*(?:[-*+]|\d+\.)\s/

/**
 * The slide kinds a learner reads in the handout rather than the room from the back: the sources,
 * the figures' sources and the part summaries. DENSITY does not hold them.
 */
export const FULL_TEXT_KINDS = ['sources', 'figure-sources', 'summary']

/**
 * The words a slide's Markdown asks the room to read: its text without the title (the heading the
 * room reads first), comments, slot markers and markup.
 */
export function slideReading(content: string): { words: number, bullets: number } {
  const lines = content.replace(/<!--[\s\S]*?-->/g, '').split('\n')
  let inCase = false
  const body = lines.filter((line) => {
    const slot = line.trim().match(/^::([\w-]+)::$/)
    if (slot)
      inCase = RUNNING_CASE.includes(slot[1])
    return !slot && !inCase && !/^#\s/.test(line)
  })
  const bullets = body.filter(line => LIST_MARK.test(line)).length
  const text = body.map(line => line.replace(LIST_MARK, '')).join('\n').replace(/<[^>]+>/g, ' ').replace(/[*_`>#|]/g, ' ')
  return { words: readingLoad(text), bullets }
}

/** No slide's Markdown asks the room to read more than DENSITY allows. */
function densityProblems(deck: EditionDeck): string[] {
  return deck.slides.flatMap((slide, i) => {
    if (FULL_TEXT_KINDS.includes(String(slide.frontmatter.layout)))
      return []
    const { words, bullets } = slideReading(slide.content)
    const limits = densityOf(String(slide.frontmatter.layout ?? 'default'))
    const where = `[density] ${deck.locale} slide ${i + 1}`
    return [
      ...(bullets > limits.bullets ? [`${where}: ${bullets} bullets; a slide asks the room to read at most ${limits.bullets}`] : []),
      ...(words > limits.words ? [`${where}: ${words} words; a slide asks the room to read at most ${limits.words} (a Chinese character counts half)`] : []),
    ]
  })
}
