// How much JavaScript and CSS a built site ships, raw and gzipped (as a web server would send it).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])
}

/**
 * Total bytes of every .js and .css file under `dir`, raw and gzipped at level 9.
 * @param {string} dir a built site
 * @returns {{ js: { raw: number, gzip: number }, css: { raw: number, gzip: number } }} the totals
 */
export function assetSizes(dir) {
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  for (const file of filesUnder(dir)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined
    if (!kind)
      continue
    const bytes = readFileSync(file)
    sizes[kind].raw += bytes.length
    sizes[kind].gzip += gzipSync(bytes, { level: 9 }).length
  }
  return sizes
}

/** The budget: this deck may ship at most this many times the bare deck's gzipped JavaScript. */
export const JS_BUDGET_RATIO = 1.25
