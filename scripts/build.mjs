// `npm run build`: the static site in dist/, to host on any static file server, offline. It keeps
// the presenter view and the notes, and has a PDF download button: the PDF is rendered by a
// Chromium found on this machine while building. Extra arguments go to `slidev build`, e.g.
//   npm run build -- --base /training/b2b-b2c/     (hosted under a sub-path)
//   npm run build -- --out public-site
//   npm run build -- --edition zh-Hant            (the Traditional Chinese edition, into
//                                                  dist-zh-Hant/; npm run build:zh)
import process from 'node:process'
import { chromiumOrExit, editionFrom, optionValue, runSlidev } from './slidev.mjs'

const { edition, rest: args } = editionFrom(process.argv.slice(2))
const out = optionValue(args, '--out') ? [] : ['--out', edition.dist]
const browser = await chromiumOrExit()
process.exit(runSlidev(['build', edition.entry, '--download', '--executable-path', browser.path, ...out, ...args]))
