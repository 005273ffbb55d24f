// The export tests' global setup: every output but the site, made once as `npm run export` makes
// them, before any test file starts (with the sites, when the browser tests run in the same Vitest:
// test/setup.ts). Their checks read the PDFs with poppler, as a learner's PDF
// reader would, and open the PowerPoint in LibreOffice, as PowerPoint would: both are required.
import type { TestProject } from 'vitest/node'
import { makeOutputs, requireTools } from '../setup'

export default async function setup(project: TestProject): Promise<void> {
  requireTools({ pdfinfo: 'poppler-utils', pdftotext: 'poppler-utils', pdffonts: 'poppler-utils', soffice: 'libreoffice-impress' }, 'the export tests read the PDFs and open the PowerPoint')
  await makeOutputs(project)
}
