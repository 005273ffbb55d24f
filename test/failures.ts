// A setup file of the browser and export tests: after a test that fails, a screenshot and the HTML
// of every page still open in the tests' browsers, in test-results/failures/, named after the
// test. (A walk's tests, which assert on what was recorded earlier, also take the page to the
// slide they checked: keepFailures in test/browser/browser.ts.)
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { FAILURES_DIR, OPEN_PAGES } from './browser/browser'

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail')
    return
  const name = task.fullName.replace(/[^\w.-]+/g, '-').slice(0, 140)
  mkdirSync(FAILURES_DIR, { recursive: true })
  let n = 0
  for (const page of [...OPEN_PAGES].filter(page => !page.isClosed())) {
    const file = join(FAILURES_DIR, `${name}-page${++n}`)
    try {
      await page.screenshot({ path: `${file}.png`, fullPage: true })
      writeFileSync(`${file}.html`, await page.content())
    }
    catch (error) {
      writeFileSync(`${file}.txt`, `No screenshot of ${page.url()}: ${(error as Error).message}`)
    }
  }
})
