// Where the trainer should be in the session, and whether they are there. The plan is written in
// one place: each speaker note opens with its slide's length and start, in bold,
// "**Market expansion (about 4 minutes, from 0:29).**" (the rule book, lib/deck-problems.ts, checks that the
// starts follow on and add up to the deck's `duration`). The presenter view reads it from the
// note as Slidev renders it (components/PacingStatus.vue); the notes pages print it.
/** A slide's place in the session plan, in minutes. */
export interface SlidePlan {
  /** Minutes into the session at which the slide starts. */
  start: number
  minutes: number
}

/**
 * The plan a note's opening line states, or undefined when it states none in the words of
 * `planHeading` (an edition's `notes.planHeading`, data/words/, whose three groups are the minutes
 * and the start's hours and minutes): "Agenda (about 1 minute, from 0:02).".
 */
export function planOfHeading(heading: string, planHeading: RegExp): SlidePlan | undefined {
  const match = heading.trim().match(planHeading)
  return match ? { minutes: Number(match[1]), start: Number(match[2]) * 60 + Number(match[3]) } : undefined
}

/** The plan a speaker note (Markdown) opens with, in bold, or undefined. */
export function planOfNote(note: string | undefined, planHeading: RegExp): SlidePlan | undefined {
  const bold = note?.trim().split('\n')[0].match(/^\*\*(.+)\*\*$/)
  return bold ? planOfHeading(bold[1], planHeading) : undefined
}

/**
 * The plan a speaker note opens with, from the HTML Slidev renders it to (a built site keeps only
 * that): `<p><strong>Agenda (about 1 minute, from 0:02).</strong></p>…`.
 */
export function planOfNoteHtml(html: string | undefined, planHeading: RegExp): SlidePlan | undefined {
  const bold = html?.trim().match(/^<p><strong>([^<]+)<\/strong><\/p>/)
  return bold ? planOfHeading(bold[1], planHeading) : undefined
}

/** When, in minutes into the session, the trainer should be on a slide. */
export interface PlanWindow {
  from: number
  to: number
  /** False for a slide without a plan of its own, which gets the gap between its neighbours'. */
  own: boolean
}

/**
 * The window of slide `index` (0-based) in `plans`: its own plan, or for a slide without one, from
 * the end of the last planned slide before it to the start of the next planned one after it.
 */
export function planWindow(plans: readonly (SlidePlan | undefined)[], index: number): PlanWindow {
  const plan = plans[index]
  if (plan)
    return { from: plan.start, to: plan.start + plan.minutes, own: true }
  const before = plans.slice(0, index).reverse().find(plan => plan !== undefined)
  const after = plans.slice(index + 1).find(plan => plan !== undefined)
  const from = before ? before.start + before.minutes : 0
  return { from, to: Math.max(from, after?.start ?? from), own: false }
}

export type Pace
  = | { status: 'on-time' }
    | { status: 'ahead' | 'behind', minutes: number }

/**
 * Whether a trainer `elapsed` minutes into the session is on time for a slide planned for
 * `window`: ahead when they reached it a whole minute or more before its start, behind when they
 * are still on it a whole minute or more after its end, by the whole minutes they are out.
 */
export function pace(window: Pick<PlanWindow, 'from' | 'to'>, elapsed: number): Pace {
  const early = Math.floor(window.from - elapsed)
  if (early >= 1)
    return { status: 'ahead', minutes: early }
  const late = Math.floor(elapsed - window.to)
  if (late >= 1)
    return { status: 'behind', minutes: late }
  return { status: 'on-time' }
}

/** A time in the session as the notes write it: 29 → "0:29", 71 → "1:11". */
export function sessionClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}
