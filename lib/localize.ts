// An edition's charts and sources: the figures of data/charts.ts in that edition's words
// (data/words/), so a figure is written once and every edition charts the same values.
import type { ChartId } from '../data/charts.ts'
import type { Locale } from '../data/editions.ts'
import type { ChartFigures, CitedSource, ComparisonDataset, FigureData, RowFigures, Source } from '../data/types.ts'
import type { ChartWords, EditionWords, RowWords } from '../data/words/types.ts'
import { quoteFigures } from './format.ts'

/** One figure as drawn: its formula in the edition's words when it is derived. */
function figureIn(figure: FigureData, formula: string | undefined) {
  const { derived: _derived, ...rest } = figure
  return figure.derived ? { ...rest, derived: formula ?? '' } : rest
}

/** One row as drawn. A word the words lack is drawn empty, which validateDataset refuses. */
function rowIn(row: RowFigures, words: Partial<RowWords> | undefined) {
  return {
    label: words?.label ?? '',
    unit: { ...row.unit, label: words?.unit ?? '' },
    b2b: figureIn(row.b2b, words?.b2b),
    b2c: figureIn(row.b2c, words?.b2c),
    ...(row.baseline ? { baseline: { value: row.baseline.value, label: words?.baseline ?? '' } } : {}),
    ...(row.notComparable ? { notComparable: words?.notComparable ?? '' } : {}),
  }
}

/** Chart `id` as an edition draws it: `figures` (data/charts.ts) in `words`. */
export function chartIn(id: string, figures: ChartFigures, words: ChartWords | undefined): ComparisonDataset {
  return {
    id,
    title: words?.title ?? '',
    finding: words?.finding ?? '',
    question: words?.question ?? '',
    rows: figures.rows.map((row, r) => rowIn(row, (words?.rows as Partial<RowWords>[] | undefined)?.[r])),
    ...(figures.note ? { note: (words as { note?: string } | undefined)?.note ?? '' } : {}),
  }
}

/** Every chart of `figures`, in their order, as the edition whose words are `words` draws it. */
export function chartsIn(figures: Record<ChartId, ChartFigures>, words: EditionWords): ComparisonDataset[] {
  return (Object.keys(figures) as ChartId[]).map(id => chartIn(id, figures[id], words.charts[id] as ChartWords))
}

/** The sources as an edition cites them: a source that names its edition, in the edition's words. */
export function sourcesIn(sources: Record<string, Source>, words: EditionWords): Record<string, CitedSource> {
  const editions: Record<string, string> = words.sourceEditions
  return Object.fromEntries(Object.entries(sources).map(([key, { edition, ...source }]) =>
    [key, edition ? { ...source, edition: editions[key] ?? '' } : source]))
}

/** The finding of `chart` as edition `locale` titles its slide, its figures quoted from the data. */
export function findingOf(chart: ComparisonDataset, locale: Locale): string {
  return quoteFigures(chart.finding, [chart], locale)
}
