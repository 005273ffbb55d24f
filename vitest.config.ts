import type { TestSpecification } from 'vitest/node'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'

/**
 * The browser tests that read the exports made after the sites (step-by-step PDF, notes,
 * PowerPoint, the one-file deck) run last: the global setup lets the others start while `npm run export:all` finishes.
 */
const AFTER_THE_EXPORTS = ['outputs.test.ts', 'pdf.test.ts', 'single-file.test.ts']

class ExportsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (file: TestSpecification) => AFTER_THE_EXPORTS.some(name => file.moduleId.endsWith(name)) ? 1 : 0
    return (await super.sort(files)).sort((a, b) => last(a) - last(b))
  }
}

export default defineConfig({
  test: {
    // Vitest takes the order of test files from the root configuration, not from a project's.
    sequence: { sequencer: ExportsLastSequencer },
    projects: [
      {
        // Pure functions in lib/ and scripts/, and the Vue components, in a simulated DOM.
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'live/tests/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        // The deck as the audience and the learner get it: the built site in a real Chromium,
        // and the exported PDF. The global setup builds and exports once for all files.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'live/tests/browser/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // Two files at a time on the machines' two cores: each mostly waits on its Chromium.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page on a loaded machine (two test files, the exports and a dev server at once) may
          // take more than the default second to show what it is waited on for.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
