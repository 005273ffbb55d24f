// Everything the deck's rule book (lib/deck-problems.ts) reads besides the slides: the editions,
// the charts' figures, the sources and the knowledge check's structure, in one object.
import { CHART_FIGURES } from './charts.ts'
import { EDITIONS } from './editions.ts'
import { CORRECT_CHOICES, OBJECTIVES, QUESTION_OBJECTIVES } from './knowledge-check.ts'
import { SOURCES } from './sources.ts'

export const DECK_DATA = {
  editions: EDITIONS,
  figures: CHART_FIGURES,
  sources: SOURCES,
  correctChoices: CORRECT_CHOICES,
  objectives: OBJECTIVES,
  questionObjectives: QUESTION_OBJECTIVES,
}
