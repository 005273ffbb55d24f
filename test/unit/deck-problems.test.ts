import type { DeckData, EditionDeck } from '../../lib/deck-problems'
import { describe, expect, it } from 'vitest'
import { CHART_FIGURES } from '../../data/charts'
import { DECK_DATA } from '../../data/deck'
import { EDITIONS } from '../../data/editions'
import { deckProblems, emptyWords, slideReading } from '../../lib/deck-problems'

const DATA = DECK_DATA as DeckData

/** The English edition's font stacks, as its headmatter writes them (either quotes). */
const FONTS = { sans: 'Inter, \'Noto Sans TC\'', serif: 'Inter, \'Noto Sans TC\'', mono: 'Inter, "Noto Sans TC"' }

/** A one-slide deck of 75 minutes whose single slide says `note`. */
function deck(overrides: Partial<EditionDeck> = {}, slide: Partial<EditionDeck['slides'][number]> = {}): EditionDeck {
  return {
    locale: 'en',
    headmatter: { exportFilename: 'b2b-vs-b2c-operations', duration: '75min', fonts: FONTS },
    slides: [{ frontmatter: { layout: 'cover' }, content: '# Title\n\nA line.', note: '**Cover (about 75 minutes, from 0:00).**\n\nSay hello.', ...slide }],
    ...overrides,
  }
}

describe('deckProblems', () => {
  it('finds none in a deck that keeps every rule', () => {
    expect(deckProblems([deck()], DATA)).toEqual([])
  })

  it('holds the entry\'s headmatter to the registry of editions', () => {
    const fonts = { sans: 'Inter, \'Noto Sans SC\'', serif: 'Inter, \'Noto Sans TC\'' }
    expect(deckProblems([deck({ headmatter: { lang: 'zh-Hant', exportFilename: 'deck', duration: '75min', fonts } })], DATA)).toEqual([
      '[editions] en (slides.md): the headmatter\'s lang is "zh-Hant"; data/editions.ts says "en"',
      '[editions] en (slides.md): the headmatter\'s exportFilename is "deck"; data/editions.ts says "b2b-vs-b2c-operations"',
      '[editions] en (slides.md): the headmatter\'s fonts.sans is "Inter, \'Noto Sans SC\'"; data/editions.ts says its faces are Inter, Noto Sans TC',
      '[editions] en (slides.md): the headmatter\'s fonts.mono is null; data/editions.ts says its faces are Inter, Noto Sans TC',
    ])
  })

  it('holds the session plan in the notes: a plan on every slide, starts that follow on, the deck\'s duration', () => {
    const slides = [
      { frontmatter: {}, content: '', note: '**Cover (about 5 minutes, from 0:00).**' },
      { frontmatter: {}, content: '', note: '**Agenda (about 5 minutes, from 0:06).**' },
      { frontmatter: { layout: 'discussion', minutes: 8 }, content: '', note: '**Discuss (about 7 minutes, from 0:10).**' },
      { frontmatter: { layout: 'impact' }, content: '', note: '**Impact (about 4 minutes, from 0:17).**\n\nTalk.' },
      { frontmatter: {}, content: '', note: 'No plan.' },
    ]
    expect(deckProblems([deck({ slides })], DATA).filter(problem => problem.startsWith('[notes]'))).toEqual([
      '[notes] en slide 2: says it starts at 6 min; the slides before it end at 5',
      '[notes] en slide 3 (discussion): shows the room 8 min; its note plans 7',
      '[notes] en slide 4 (impact): a part of the article; its note must ask the room a question ("Ask the room")',
      `[notes] en slide 5: the note must open with its plan in bold, as ${EDITIONS.en.words.notes.planHeading.source} (minutes, then the start)`,
    ])
    expect(deckProblems([deck({ headmatter: { exportFilename: 'b2b-vs-b2c-operations', duration: '60min', fonts: FONTS } })], DATA)).toEqual([
      '[notes] en: the notes plan 75 min; the headmatter\'s duration (the presenter\'s timer) is 60min',
    ])
  })

  it('holds every slide to what the room can read from the back', () => {
    const bullets = Array.from({ length: 7 }, (_, i) => `- point ${i + 1}`).join('\n')
    expect(deckProblems([deck({}, { content: `# Title\n\n${bullets}` })], DATA)).toEqual([
      '[density] en slide 1: 7 bullets; a slide asks the room to read at most 6',
    ])
    // The recap is one diagram of the session's seven labels (three levers, four areas).
    expect(deckProblems([deck({}, { frontmatter: { layout: 'conclusion' }, content: `# Title\n\n${bullets}`, note: '**Recap (about 75 minutes, from 0:00).**\n\nAsk the room: "?"' })], DATA)).toEqual([])
    expect(deckProblems([deck({}, { frontmatter: { layout: 'conclusion' }, content: `# Title\n\n${bullets}\n- point 8`, note: '**Recap (about 75 minutes, from 0:00).**\n\nAsk the room: "?"' })], DATA)).toEqual([
      '[density] en slide 1: 8 bullets; a slide asks the room to read at most 7',
    ])
    expect(deckProblems([deck({}, { content: `# Title\n\n${'word '.repeat(46)}` })], DATA)).toEqual([
      '[density] en slide 1: 46 words; a slide asks the room to read at most 45 (a Chinese character counts half)',
    ])
  })

  it('stops a quiz slide that names a question the knowledge check does not have', () => {
    expect(deckProblems([deck({}, { frontmatter: { layout: 'quiz', questions: [2, 7] } })], DATA)).toEqual([
      '[frontmatter] en slide 1 (quiz): questions must list the numbers of its questions, each from 1 to 5, not [2,7]',
    ])
  })

  it('names a chart figure that is wrong in the edition that draws it', () => {
    const figures = { ...CHART_FIGURES, 'market-expansion': { rows: [{ ...CHART_FIGURES['market-expansion'].rows[0], b2c: { value: Number.NaN, digits: 1, source: 'N1' } }, CHART_FIGURES['market-expansion'].rows[1]] } }
    expect(deckProblems([deck()], { ...DATA, figures })).toEqual([
      '[chart data] en market-expansion: rows[0].b2c.value is NaN, not a finite number',
    ])
  })

  it('stops a finding that quotes another chart or a mistyped reference, naming the edition and chart', () => {
    const words = { ...EDITIONS.en.words, charts: { ...EDITIONS.en.words.charts, 'market-expansion': { ...EDITIONS.en.words.charts['market-expansion'], finding: 'B2B {strategic-decisions.rows[0].b2b} {market-expansion.rows[1].B2B}' } } }
    expect(deckProblems([deck()], { ...DATA, editions: { ...EDITIONS, en: { ...EDITIONS.en, words } } })).toEqual([
      '[words] en market-expansion: finding: {strategic-decisions.rows[0].b2b} names no chart row of data/charts.ts',
      '[words] en market-expansion: finding: {market-expansion.rows[1].B2B} is not a figure reference; write {chart-id.rows[N].b2b}, .b2c or .ratio',
    ])
  })
})

describe('the pages', () => {
  it('hold words: inline icons, language tags and comments, and no layout markup', () => {
    expect(deckProblems([deck({}, { content: '# Title\n\n<carbon-user /> <span lang="zh-Hant">字</span> <!-- note -->\n\n<div class="grid">x</div>' })], DATA)).toEqual([
      '[pages] en slide 1: <div class="grid"> is layout markup; a page holds words (the look belongs in layouts/)',
      '[pages] en slide 1: </div> is layout markup; a page holds words (the look belongs in layouts/)',
    ])
  })

  it('list as many objectives as the knowledge check tests, and an agenda line per part of the progress rail, after it', () => {
    const note = (minutes: number, start: number) => `**S (about ${minutes} minutes, from 0:${String(start).padStart(2, '0')}).**`
    const slides = [
      { frontmatter: { layout: 'agenda' }, content: '# Agenda\n\n1. One\n2. Two', note: note(5, 0) },
      { frontmatter: { layout: 'objectives', agendaPart: 'One' }, content: '# Objectives\n\n1. A\n2. B', note: note(70, 5) },
    ]
    expect(deckProblems([deck({ slides })], DATA)).toEqual([
      '[pages] en slide 2 (objectives): lists 2 objectives; the knowledge check tests 4 (data/knowledge-check.ts OBJECTIVES)',
      '[pages] en slide 1 (agenda): has 2 lines; the progress rail has 1 parts (agendaPart:)',
      '[pages] en slide 1 (agenda): line 1 (One) gives no min; the notes plan 70 min for slides 2–2 (_70 min_ at the line\'s end)',
    ])
  })

  it('hold the agenda to the rail: each line opens with its part\'s name there and gives the minutes the notes plan for it', () => {
    const note = (minutes: number, start: number) => `**S (about ${minutes} minutes, from 0:${String(start).padStart(2, '0')}).**`
    const slides = [
      { frontmatter: { layout: 'agenda' }, content: '# Agenda\n\n1. <carbon-idea /> **Objectives** · why _5 min_\n2. <carbon-flag /> **Wrap-up** · end _60 min_', note: note(5, 0) },
      { frontmatter: { layout: 'default', agendaPart: 'Objectives' }, content: '# A', note: note(4, 5) },
      { frontmatter: { layout: 'default' }, content: '# B', note: note(1, 9) },
      { frontmatter: { layout: 'default', agendaPart: 'Next steps' }, content: '# C', note: note(65, 10) },
    ]
    expect(deckProblems([deck({ slides })], DATA)).toEqual([
      '[pages] en slide 1 (agenda): line 2 reads "Wrap-up · end"; it must open with its part\'s name on the rail, "Next steps"',
      '[pages] en slide 1 (agenda): line 2 (Next steps) gives 60 min; the notes plan 65 min for slides 4–4 (_65 min_ at the line\'s end)',
    ])
  })
})

describe('the knowledge check', () => {
  it('tests every learning objective', () => {
    expect(deckProblems([deck()], { ...DATA, questionObjectives: [['purpose'], ['channels']] })).toEqual([
      '[knowledge check] the objective "relationships" is tested by no question (data/knowledge-check.ts QUESTION_OBJECTIVES)',
      '[knowledge check] the objective "impact" is tested by no question (data/knowledge-check.ts QUESTION_OBJECTIVES)',
    ])
  })
})

describe('emptyWords', () => {
  it('names every empty word by its path, and leaves phrases and patterns alone', () => {
    expect(emptyWords({ ui: { unit: ' ', plan: () => '', pattern: /x/ }, charts: { a: { rows: [{ label: 'L' }, { label: '' }] } } }, '[words] zh-Hant')).toEqual([
      '[words] zh-Hant: ui.unit is empty',
      '[words] zh-Hant: charts.a.rows.1.label is empty',
    ])
  })
})

describe('slideReading', () => {
  it('counts what the room reads: not the title, comments, slot markers or markup', () => {
    expect(slideReading('# A long title here\n\n::b2b::\n\n- **One** idea\n- Two <span lang="zh">兩個</span>\n<!-- a note -->')).toEqual({ words: 4, bullets: 2 })
  })

  it('leaves out the running case\'s two lines, up to the next slot', () => {
    expect(slideReading('# T\n\n::b2b::\n\nOne: two\n\n::b2b-case::\n\nHotel chain: many chairs\n\n::b2c-case::\n\nHousehold: one\n\n::takeaway::\n\nThree')).toEqual({ words: 3, bullets: 0 })
  })
})
