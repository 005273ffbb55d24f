// The export tests' global setup: every output but the site, made once as `npm run export` makes
// them, before any test file starts (with the sites, when the browser tests run in the same Vitest:
// test/setup.ts, which also requires poppler and LibreOffice, with which the tests read them); then
// each edition's editable PowerPoint opened in LibreOffice and saved as PDF, once, for the tests to
// read: a conversion takes as long as the machine needs, which no test's clock should bound.
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EDITION_LOCALES } from '../deck'
import { outputsOf } from '../outputs'
import { makeOutputs } from '../setup'
import { convertWithLibreOffice } from './libreoffice'

export default async function setup(project: TestProject): Promise<void> {
  await makeOutputs(project)
  // One profile for the three: LibreOffice's first start in a profile is its slowest.
  const profile = mkdtempSync(join(tmpdir(), 'libreoffice-profile-'))
  try {
    for (const locale of EDITION_LOCALES) {
      const { editablePptx, editablePptxInLibreOffice } = outputsOf(locale)
      await convertWithLibreOffice(editablePptx, editablePptxInLibreOffice, profile)
    }
  }
  finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
