// The size budget: however rich the deck gets, each edition ships little more JavaScript than a
// bare Slidev deck built with the same Slidev, theme and build options (`--download`, as
// `npm run build` builds the site; `npm run bench` compares the two built without it), both
// weighed without the text of their speaker notes, which is the trainer's content, not code.
// Sizes are deterministic, so this is not a timed test.
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assetSizes, JS_BUDGET_RATIO, withoutSpeakerNotes } from '../../scripts/bundle-size.mjs'
import { EDITION_LOCALES } from '../deck'
import { BARE_SITE_DIR, outputsOf } from './artifacts'

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

describe.each(EDITION_LOCALES)('the built site of the %s edition', (locale) => {
  it('is a production build, as `npm run build` makes it', () => {
    expect(developmentChunks(outputsOf(locale).site)).toEqual([])
  })

  it(`ships at most ${JS_BUDGET_RATIO}× the bare deck's gzipped JavaScript, speaker notes aside`, () => {
    const deck = assetSizes(outputsOf(locale).site, { speakerNotes: false }).js.gzip
    const bare = assetSizes(BARE_SITE_DIR, { speakerNotes: false }).js.gzip
    expect(bare).toBeGreaterThan(0)
    expect(deck / bare, `deck ${deck} B, bare ${bare} B gzipped`).toBeLessThanOrEqual(JS_BUDGET_RATIO)
  })
})
