// Where in the session a slide is: the parts of the agenda, as the progress rail shows them.

/** A part of the agenda: its name on the rail and the slide it starts on (1-based). */
export interface AgendaPart {
  label: string
  firstSlide: number
}

/**
 * The agenda's parts, in order, from the slides' frontmatter: a slide with `agendaPart: Impact`
 * starts the part "Impact". (The build refuses a part name that is not text: lib/frontmatter.ts.)
 *
 * @param frontmatters every slide's frontmatter, in slide order
 */
export function agendaParts(frontmatters: Record<string, unknown>[]): AgendaPart[] {
  return frontmatters.flatMap((frontmatter, index) =>
    typeof frontmatter.agendaPart === 'string' ? [{ label: frontmatter.agendaPart.trim(), firstSlide: index + 1 }] : [])
}

/** The index in `parts` of the part slide `no` belongs to, or -1 before the first part starts. */
export function partOfSlide(parts: AgendaPart[], no: number): number {
  let found = -1
  parts.forEach((part, index) => {
    if (part.firstSlide <= no)
      found = index
  })
  return found
}
