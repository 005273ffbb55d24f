// Slidev merges this into its own Vite config.
import { defineConfig } from 'vite'
import { CHARTS } from './data/charts'
import { SOURCES } from './data/sources'
import { validateDatasets } from './lib/validate'

export default defineConfig({
  // Pre-bundle the charts' scale library when the dev server starts: found later, it makes Vite
  // reload the page, which can cut an export short.
  optimizeDeps: { include: ['d3-scale'] },
  plugins: [
    {
      // A bad figure must never reach a learner: the build stops and names every problem.
      // (In the dev server the chart shows the same messages in place of the bars instead.)
      name: 'deck:validate-chart-data',
      apply: 'build',
      buildStart() {
        const problems = validateDatasets(CHARTS, SOURCES)
        if (problems.length > 0)
          this.error(`The chart data has ${problems.length} problem(s):\n${problems.join('\n')}`)
      },
    },
  ],
})
