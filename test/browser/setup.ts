// The browser tests' global setup: each edition's site, built once as `npm run build` builds it
// (hosted under a sub-path), before any test file starts.
import type { TestProject } from 'vitest/node'
import { SITES_DIR } from '../outputs'
import { makeOutputs } from '../setup'

export default async function setup(project: TestProject): Promise<void> {
  await makeOutputs(project, ['site'], SITES_DIR)
}
