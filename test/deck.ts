// The deck as Slidev's own parser reads it: slides with their frontmatter and speaker notes.
import { resolve } from 'node:path'
import { parser } from '@slidev/cli'

export const ROOT = resolve(import.meta.dirname, '..')

/** slides.md and every page it pulls in, parsed as `slidev` does. */
export function loadDeck() {
  return parser.load({ userRoot: ROOT, roots: [ROOT], allowedRoots: [ROOT] }, resolve(ROOT, 'slides.md'))
}

/** A speaker note opens with its slide's name and time in bold: "**Agenda (about 1 minute).**". */
const NOTE_HEADING = /^\*\*(.+) \(about (\d+) minutes?\)\.\*\*/

/**
 * The minutes a speaker note plans for its slide, read from the note's opening line, or
 * undefined when the note does not open with one.
 */
export function plannedMinutes(note: string | undefined): number | undefined {
  const match = note?.trim().match(NOTE_HEADING)
  return match ? Number(match[2]) : undefined
}
