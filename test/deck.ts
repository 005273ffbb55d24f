// The deck as Slidev's own parser reads it: slides with their frontmatter and speaker notes.
import { resolve } from 'node:path'
import { parser } from '@slidev/cli'

export const ROOT = resolve(import.meta.dirname, '..')

/** slides.md and every page it pulls in, parsed as `slidev` does. */
export function loadDeck() {
  return parser.load({ userRoot: ROOT, roots: [ROOT], allowedRoots: [ROOT] }, resolve(ROOT, 'slides.md'))
}

/**
 * A speaker note opens with its slide's name, its length and when the trainer should be there, in
 * bold: "**Agenda (about 1 minute, from 0:02).**".
 */
const NOTE_HEADING = /^\*\*(.+) \(about (\d+) minutes?, from (\d+):(\d\d)\)\.\*\*/

/** What a speaker note's opening line plans for its slide, in minutes. */
export interface NoteTiming {
  minutes: number
  /** Minutes into the session at which the slide starts. */
  start: number
}

/** The timing a speaker note opens with, or undefined when it does not open with one. */
export function noteTiming(note: string | undefined): NoteTiming | undefined {
  const match = note?.trim().match(NOTE_HEADING)
  return match ? { minutes: Number(match[2]), start: Number(match[3]) * 60 + Number(match[4]) } : undefined
}
