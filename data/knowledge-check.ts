// The knowledge check's structure: the learning objectives each question tests, how many choices
// each offers and which is right. The questions' words are in each edition's words file
// (data/words/<locale>.ts, `quiz`). An answer quotes a chart figure by reference, `{chart-id.rows[i].b2b}`, never
// by value: lib/knowledge-check.ts fills it in from data/charts.ts, so an answer can never disagree
// with the chart it quotes, in any edition.
/** The session's learning objectives, in the order pages/objectives.md lists them. */
export const OBJECTIVES = ['purpose', 'channels', 'relationships', 'impact'] as const
export type Objective = typeof OBJECTIVES[number]

/**
 * How many choices each question offers the room in a live vote (npm run present), in question
 * order: two to four, so a phone shows them all without scrolling. Each edition's words
 * (data/words/) have exactly these many, in the same order; the right one is named once, in
 * CORRECT_CHOICES.
 */
export const CHOICE_COUNTS = [4, 3, 3, 3, 3] as const

/**
 * What each question checks, in question order (the same in every edition): every objective is
 * tested by at least one question. Every question applies the ideas to one case, a chair maker
 * selling to hotel chains and to households; Q4 tests strategy, Q5 operations (objective 4).
 */
export const QUESTION_OBJECTIVES: Objective[][] = [
  ['purpose', 'channels', 'relationships'],
  ['channels'],
  ['relationships'],
  ['impact'],
  ['impact'],
]

/** Which of each question's `choices` is right (0-based), in question order, for every edition. */
export const CORRECT_CHOICES: number[] & { length: typeof CHOICE_COUNTS['length'] } = [2, 0, 2, 1, 2]
