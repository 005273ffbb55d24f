import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * What Slidev's server-ref plugin gives a built deck for the `serverRef` states vite.config.ts
 * declares: the countdown's starting state. The unit tests have no Slidev to give it.
 */
const serverRefStates: Plugin = {
  name: 'deck:test-server-ref',
  resolveId: id => id === 'server-reactive:activity' ? `\0${id}` : undefined,
  load: id => id === '\0server-reactive:activity'
    ? `import { NO_ACTIVITY } from ${JSON.stringify(fileURLToPath(new URL('./lib/stopwatch.ts', import.meta.url)))}\nexport default structuredClone(NO_ACTIVITY)`
    : undefined,
}

/**
 * Four projects, by what they need and how long they take (docs/testing.md):
 *   unit     pure functions and components in a simulated DOM: seconds (npm run test:unit)
 *   deck     the deck as Slidev's parser reads it: the rule book, the article, the fonts
 *   browser  the built sites in a real Chromium, the dev server and the live session
 *   exports  every other output, read as a learner's PDF reader, PowerPoint and browser open them
 * The browser and export projects' global setups make what they read with `npm run export`, once
 * for both when one Vitest runs them (`npm test`, `npm run test:outputs`: test/setup.ts), to its
 * end before any test starts: no test waits on a file another process writes.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue(), serverRefStates],
        // As Slidev defines it for a built site: no dev server, windows kept in step by a channel.
        define: { __SLIDEV_HAS_SERVER__: 'false' },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'live/tests/*.test.ts'],
          // Worker threads start faster than processes: the quick loop stays quick.
          pool: 'threads',
          // A simulated DOM only where a file asks for one (`// @vitest-environment happy-dom`):
          // the components' tests.
          environment: 'node',
        },
      },
      {
        test: {
          name: 'deck',
          include: ['test/deck/**/*.test.ts'],
          environment: 'node',
          // The files read the same parsed decks and mock nothing: Slidev's parser is loaded once.
          isolate: false,
          // HarfBuzz cuts the complete Chinese faces once per edition, in a hook.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'live/tests/browser/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/setup.ts'],
          setupFiles: ['test/failures.ts'],
          // Three files at a time on the machines' two cores: each often waits on its Chromium (an
          // animation, a server), and a third keeps the cores busy meanwhile. The export tests
          // share the pool when `npm test` runs both (their maxWorkers must be the same).
          maxWorkers: 3,
          // What a test waits on is the page's state; these only bound a test that hangs.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'exports',
          include: ['test/exports/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/exports/setup.ts'],
          setupFiles: ['test/failures.ts'],
          maxWorkers: 3,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
