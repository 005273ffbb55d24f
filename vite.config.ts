import { fileURLToPath } from 'node:url'
// Slidev merges this into its own Vite config.
import { defineConfig } from 'vite'
import { chartProblems } from './data/chart-text'
import { fontSubset } from './scripts/font-subset.mjs'

export default defineConfig({
  // Pre-bundle the charts' scale maths when the dev server starts: found later, it makes Vite
  // reload the page, which can cut an export short.
  optimizeDeps: { include: ['d3-array'] },
  plugins: [
    // The first slide shows sooner with a fifth of Noto Sans TC's 105 @font-face rules to parse.
    fontSubset(fileURLToPath(new URL('.', import.meta.url))),
    {
      // A bad figure or a missing translation must never reach a learner: the build of either
      // edition stops and names every problem. (In the dev server the chart shows the same
      // messages in place of the bars instead.)
      name: 'deck:validate-chart-data',
      apply: 'build',
      buildStart() {
        const problems = chartProblems()
        if (problems.length > 0)
          this.error(`The chart data has ${problems.length} problem(s):\n${problems.join('\n')}`)
      },
    },
  ],
})
