// Which knowledge-check questions the room may answer, from where the presenter is: the trainer
// runs the vote with the clicks they already make. On a quiz slide, every question whose answer is
// not yet revealed is open; the click that reveals an answer closes its vote.

/** What a slide says about the knowledge check: its layout and, on a quiz slide, its questions. */
export interface QuizSlide {
  layout?: unknown
  questions?: unknown
}

/** The questions on the current slide and which of them are still open. */
export interface QuestionsNow {
  /** The questions on the slide, by number (empty off the knowledge check). */
  shown: number[]
  open: number[]
}

/**
 * The questions of slide `page` (1-based) at click `clicks`: the slide's `questions` in order,
 * each open until as many clicks as its place have revealed its answer.
 */
export function questionsAt(slides: readonly QuizSlide[], page: number, clicks: number): QuestionsNow {
  const slide = slides[page - 1]
  if (!slide || slide.layout !== 'quiz' || !Array.isArray(slide.questions))
    return { shown: [], open: [] }
  const shown = slide.questions.filter((number): number is number => Number.isInteger(number))
  return { shown, open: shown.filter((_, index) => clicks <= index) }
}
