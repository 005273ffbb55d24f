// How much JavaScript and CSS a built site ships, raw and gzipped (as a web server would send it).
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

function filesUnder(dir: string): string[] {
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
 */
export function withoutSpeakerNotes(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('utf8').replace(SPEAKER_NOTES, 'noteHTML:``'))
}

/** Bytes of JavaScript and CSS, raw and gzipped. */
export interface AssetSizes { js: { raw: number, gzip: number }, css: { raw: number, gzip: number } }

/**
 * Total bytes of every .js and .css file under the built site `dir`, raw and gzipped at level 9;
 * with `speakerNotes: false`, the JavaScript without the text of the speaker notes (withoutSpeakerNotes).
 */
export function assetSizes(dir: string, { speakerNotes = true } = {}): AssetSizes {
  const sizes: AssetSizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
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
 * weighed without their speaker notes' text (assetSizes with `speakerNotes: false`). 1.25× until
 * issue 25, which gave the deck its own drawings (the two models' scenes, the comparisons'
 * pictures, the countdown's ring), a running case on seven slides and a 27th slide: the Chinese
 * editions then weighed 1.28× (their text compresses less than English), the English 1.25×.
 */
export const JS_BUDGET_RATIO = 1.3

/** The packages whose versions make a bare Slidev deck's build what it is. */
export const BUILD_PACKAGES = ['@slidev/cli', '@slidev/theme-default', 'vite', 'vue'] as const

/**
 * The bare Slidev deck (bench/bare) as `npm run bench -- --bare` weighed it, built with the
 * options a site is built with (`download`: the print views and the PDF button), speaker notes
 * aside, and the versions it was built with: the size budget's yardstick, recorded once per
 * Slidev version rather than rebuilt by every test run (bench/bare-size.json).
 */
export interface BareSize {
  versions: Record<typeof BUILD_PACKAGES[number], string>
  jsGzip: number
}

/** Where the yardstick is recorded. */
export const BARE_SIZE_FILE = new URL('./bare-size.json', import.meta.url)

/** The installed version of each of BUILD_PACKAGES, from the deck at `root`. */
export function installedVersions(root: string): BareSize['versions'] {
  return Object.fromEntries(BUILD_PACKAGES.map(name => [name, JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version])) as BareSize['versions']
}
