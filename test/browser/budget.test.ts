// The size budget: however rich the deck gets, each edition ships little more JavaScript than a
// bare Slidev deck built with the same Slidev, theme and build options (`download`, as
// `npm run build` builds the site), both weighed without the text of their speaker notes, which
// is the trainer's content, not code. The bare deck's weight is recorded per Slidev version
// (bench/bare-size.json, by `npm run bench -- --bare`): builds are deterministic, so it is not
// rebuilt by every test run. Sizes are not timings: this is no timed test.
import type { BareSize } from '../../bench/bundle-size'
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assetSizes, BARE_SIZE_FILE, installedVersions, JS_BUDGET_RATIO, withoutSpeakerNotes } from '../../bench/bundle-size'
import { EDITION_LOCALES, ROOT } from '../deck'
import { outputsOf } from '../outputs'

/** The site's JavaScript files that carry Vue's development-only warnings: none in a production build. */
function developmentChunks(site: string): string[] {
  const assets = join(site, 'assets')
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('[Vue warn]'))
}

describe('weighing without the speaker notes', () => {
  it('empties every note of a chunk, and only the notes', () => {
    const chunk = 'a={title:`Market`,noteHTML:`<p>Say: \\`quoted\\` text</p>\n`,images:[]},b={noteHTML:``}'
    expect(withoutSpeakerNotes(Buffer.from(chunk)).toString()).toBe('a={title:`Market`,noteHTML:``,images:[]},b={noteHTML:``}')
  })
})

const BARE = JSON.parse(readFileSync(BARE_SIZE_FILE, 'utf8')) as BareSize

describe('the bare deck\'s recorded weight', () => {
  it('was weighed with the Slidev, theme, Vite and Vue installed (else: npm run bench -- --bare)', () => {
    expect(BARE.versions).toEqual(installedVersions(ROOT))
  })
})

describe.each(EDITION_LOCALES)('the built site of the %s edition', (locale) => {
  it('is a production build, as `npm run build` makes it', () => {
    expect(developmentChunks(outputsOf(locale).site)).toEqual([])
  })

  it(`ships at most ${JS_BUDGET_RATIO}× the bare deck's gzipped JavaScript, speaker notes aside`, () => {
    const deck = assetSizes(outputsOf(locale).site, { speakerNotes: false }).js.gzip
    const bare = BARE.jsGzip
    expect(bare).toBeGreaterThan(0)
    expect(deck / bare, `deck ${deck} B, bare ${bare} B gzipped`).toBeLessThanOrEqual(JS_BUDGET_RATIO)
  })
})
