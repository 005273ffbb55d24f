import { describe, expect, it } from 'vitest'
import { wordsOf } from '../../data/editions'
import { pace, planOfHeading, planOfNote, planOfNoteHtml, planWindow, sessionClock } from '../../lib/pacing'

describe('planOfNote', () => {
  it('reads the length and the start from a note\'s bold opening line', () => {
    expect(planOfNote('**Agenda (about 1 minute, from 0:02).**\n\nWalk through…', wordsOf('en').notes.planHeading)).toEqual({ minutes: 1, start: 2 })
    expect(planOfNote('\n**Questions (about 5 minutes, from 1:08).**', wordsOf('en').notes.planHeading)).toEqual({ minutes: 5, start: 68 })
    expect(planOfNote('**議程（約 1 分鐘，從 0:02 開始）**\n\n帶大家看一遍…', wordsOf('zh-Hant').notes.planHeading)).toEqual({ minutes: 1, start: 2 })
  })

  it('gives undefined for a note without a plan, without the bold, or in the other edition\'s words', () => {
    expect(planOfNote('**Agenda (about 1 minute).**', wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNote('Agenda (about 1 minute, from 0:02).', wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNote('Walk through the agenda.', wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNote(undefined, wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNote('**議程（約 1 分鐘，從 0:02 開始）**', wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNote('**Agenda (about 1 minute, from 0:02).**', wordsOf('zh-Hant').notes.planHeading)).toBeUndefined()
  })
})

describe('planOfNoteHtml', () => {
  it('reads the plan from the note as Slidev renders it', () => {
    expect(planOfNoteHtml('<p><strong>Market expansion (about 4 minutes, from 0:29).</strong></p>\n<p>Click once…</p>', wordsOf('en').notes.planHeading))
      .toEqual({ minutes: 4, start: 29 })
    expect(planOfNoteHtml('<p><strong>市場擴張（約 4 分鐘，從 0:29 開始）</strong></p>', wordsOf('zh-Hant').notes.planHeading)).toEqual({ minutes: 4, start: 29 })
  })

  it('gives undefined for an empty note and for one whose first paragraph is not its plan', () => {
    expect(planOfNoteHtml('', wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNoteHtml(undefined, wordsOf('en').notes.planHeading)).toBeUndefined()
    expect(planOfNoteHtml('<p>Say hello.</p><p><strong>Agenda (about 1 minute, from 0:02).</strong></p>', wordsOf('en').notes.planHeading)).toBeUndefined()
  })

  it('agrees with the Markdown it came from', () => {
    const heading = 'Sources and credits (about 1 minute, from 1:09).'
    expect(planOfNoteHtml(`<p><strong>${heading}</strong></p>`, wordsOf('en').notes.planHeading)).toEqual(planOfNote(`**${heading}**`, wordsOf('en').notes.planHeading))
    expect(planOfHeading(heading, wordsOf('en').notes.planHeading)).toEqual({ minutes: 1, start: 69 })
  })
})

describe('planWindow', () => {
  const plans = [{ start: 0, minutes: 2 }, undefined, { start: 5, minutes: 4 }, undefined]

  it('is a planned slide\'s own start and end', () => {
    expect(planWindow(plans, 0)).toEqual({ from: 0, to: 2, own: true })
    expect(planWindow(plans, 2)).toEqual({ from: 5, to: 9, own: true })
  })

  it('gives a slide without a plan the gap between its neighbours', () => {
    expect(planWindow(plans, 1)).toEqual({ from: 2, to: 5, own: false })
  })

  it('gives an unplanned last slide the moment the plan ends, and an unplanned first one the start', () => {
    expect(planWindow(plans, 3)).toEqual({ from: 9, to: 9, own: false })
    expect(planWindow([undefined, { start: 3, minutes: 1 }], 0)).toEqual({ from: 0, to: 3, own: false })
  })
})

describe('pace', () => {
  // Market expansion: from 0:29, about 4 minutes.
  const window = { from: 29, to: 33 }

  it('is on time anywhere in the slide\'s window, and within a minute either side of it', () => {
    expect([28.01, 29, 31, 33, 33.99].map(elapsed => pace(window, elapsed))).toEqual(Array.from({ length: 5 }, () => ({ status: 'on-time' })))
  })

  it('is ahead by the whole minutes before the slide\'s start', () => {
    expect(pace(window, 28)).toEqual({ status: 'ahead', minutes: 1 })
    expect(pace(window, 25.5)).toEqual({ status: 'ahead', minutes: 3 })
  })

  it('is behind by the whole minutes past the slide\'s end', () => {
    expect(pace(window, 34)).toEqual({ status: 'behind', minutes: 1 })
    expect(pace(window, 40.2)).toEqual({ status: 'behind', minutes: 7 })
  })

  it('on the last slide, is behind once the session overruns', () => {
    // Questions: from 1:11, about 4 minutes, to the end of a 75-minute session.
    expect(pace({ from: 71, to: 75 }, 75.5)).toEqual({ status: 'on-time' })
    expect(pace({ from: 71, to: 75 }, 78)).toEqual({ status: 'behind', minutes: 3 })
  })

  it('on a slide without a plan, judges by the gap its neighbours leave', () => {
    expect(pace(planWindow([{ start: 0, minutes: 2 }, undefined, { start: 5, minutes: 1 }], 1), 7)).toEqual({ status: 'behind', minutes: 2 })
  })
})

describe('sessionClock', () => {
  it('writes minutes into the session as the notes do', () => {
    expect([0, 2, 29, 60, 71, 75].map(sessionClock)).toEqual(['0:00', '0:02', '0:29', '1:00', '1:11', '1:15'])
  })
})
