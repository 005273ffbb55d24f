// `npm run build`: the static site in dist/, to host on any static file server, offline. It keeps
// the presenter view and the notes, and has a PDF download button: the PDF is rendered by a
// Chromium found on this machine while building. Extra arguments go to `slidev build`, e.g.
//   npm run build -- --base /training/b2b-b2c/     (hosted under a sub-path)
//   npm run build -- --out public-site
import process from 'node:process'
import { chromiumOrExit, runSlidev } from './slidev.mjs'

const browser = await chromiumOrExit()
process.exit(runSlidev(['build', '--download', '--executable-path', browser.path, ...process.argv.slice(2)]))
