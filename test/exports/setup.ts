// The export tests' global setup: every output but the site, made once as `npm run export` makes
// them, before any test file starts (with the sites, when the browser tests run in the same Vitest:
// test/setup.ts, which also requires poppler and LibreOffice, with which the tests read them).
import type { TestProject } from 'vitest/node'
import { makeOutputs } from '../setup'

export default async function setup(project: TestProject): Promise<void> {
  await makeOutputs(project)
}
