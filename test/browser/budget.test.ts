// The size budget: however rich the deck gets, it ships little more JavaScript than a bare Slidev
// deck built with the same Slidev and theme. Sizes are deterministic, so this is not a timed test.
import { describe, expect, it } from 'vitest'
import { assetSizes, JS_BUDGET_RATIO } from '../../scripts/bundle-size.mjs'
import { BARE_SITE_DIR, SITE_DIR } from './artifacts'

describe('the built site', () => {
  it(`ships at most ${JS_BUDGET_RATIO}× the bare deck's gzipped JavaScript`, () => {
    const deck = assetSizes(SITE_DIR).js.gzip
    const bare = assetSizes(BARE_SITE_DIR).js.gzip
    expect(bare).toBeGreaterThan(0)
    expect(deck / bare, `deck ${deck} B, bare ${bare} B gzipped`).toBeLessThanOrEqual(JS_BUDGET_RATIO)
  })
})
