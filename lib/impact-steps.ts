import type { ComparisonDataset } from '../data/types.ts'

/**
 * The clicks of an impact slide (layouts/impact.vue), which tells its story in order: one click
 * per row of its chart (both bars, their values and their gap), then the finding in the title,
 * then the article's two points. A chart of two rows: rows on 1 and 2, finding 3, points 4.
 */
export function impactSteps(chart: Pick<ComparisonDataset, 'rows'>): { finding: number, points: number, clicks: number } {
  const finding = chart.rows.length + 1
  return { finding, points: finding + 1, clicks: finding + 1 }
}
