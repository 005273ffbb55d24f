// The browser tests' global setup: each edition's site, built once as `npm run build` builds it
// (the first at the root, the other under its sub-path), before any test file starts (with the exports, when the export tests
// run in the same Vitest: test/setup.ts).
import type { TestProject } from 'vitest/node'
import { makeOutputs } from '../setup'

export default async function setup(project: TestProject): Promise<void> {
  await makeOutputs(project)
}
