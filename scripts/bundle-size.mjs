// How much JavaScript and CSS a built site ships, raw and gzipped (as a web server would send it).
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])
}

/**
 * The speaker notes as Slidev builds them into its slide list, `noteHTML:\`<p>…</p>\``: the
 * trainer's script, which only the presenter view shows.
 */
const SPEAKER_NOTES = /noteHTML:`(?:[^`\\]|\\.)*`/g

/**
 * A built chunk without the text of its speaker notes: what the budget weighs, since the notes are
 * content that grows with what a trainer must be able to say (sources, caveats, counter-evidence),
 * not code. Should Slidev ever write notes another way, nothing is stripped and the budget only
 * gets stricter.
 * @param {Buffer} bytes a JavaScript file
 * @returns {Buffer} the file with every note emptied
 */
export function withoutSpeakerNotes(bytes) {
  return Buffer.from(bytes.toString('utf8').replace(SPEAKER_NOTES, 'noteHTML:``'))
}

/**
 * Total bytes of every .js and .css file under `dir`, raw and gzipped at level 9.
 * @param {string} dir a built site
 * @param {{ speakerNotes?: boolean }} [options] `speakerNotes: false` weighs the JavaScript without
 *   the text of the speaker notes (withoutSpeakerNotes)
 * @returns {{ js: { raw: number, gzip: number }, css: { raw: number, gzip: number } }} the totals
 */
export function assetSizes(dir, { speakerNotes = true } = {}) {
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  for (const file of filesUnder(dir)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined
    if (!kind)
      continue
    const read = readFileSync(file)
    const bytes = kind === 'js' && !speakerNotes ? withoutSpeakerNotes(read) : read
    sizes[kind].raw += bytes.length
    sizes[kind].gzip += gzipSync(bytes, { level: 9 }).length
  }
  return sizes
}

/**
 * The budget: this deck may ship at most this many times the bare deck's gzipped JavaScript, both
 * weighed without their speaker notes' text (assetSizes with `speakerNotes: false`).
 */
export const JS_BUDGET_RATIO = 1.25
