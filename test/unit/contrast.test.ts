import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { colourVariables, contrastRatio } from '../contrast'

const css = readFileSync(resolve(import.meta.dirname, '../../styles/theme.css'), 'utf8')

/**
 * Every text colour of the deck and charts, on every surface it is written on: the slide, the
 * model and neutral cards, the discussion's panel, the section's number panel and the quiz's
 * numbers; and the presenter view's pacing, on a page of the slide's colour.
 */
const TEXT_ON_SURFACE = [
  ['text', 'slide-bg'],
  ['text-muted', 'slide-bg'],
  ['b2b', 'slide-bg'],
  ['b2c', 'slide-bg'],
  ['on-room', 'room'],
  ['slide-bg', 'b2b'],
  ['slide-bg', 'text'],
  ['text', 'card-tint'],
  ['text-muted', 'card-tint'],
  ['text', 'b2b-tint'],
  ['text', 'b2c-tint'],
  ['text-muted', 'b2b-tint'],
  ['text-muted', 'b2c-tint'],
  ['b2b', 'b2b-tint'],
  ['b2c', 'b2c-tint'],
  ['pace-on-time', 'slide-bg'],
  ['pace-ahead', 'slide-bg'],
  ['pace-behind', 'slide-bg'],
] as const

describe('contrastRatio', () => {
  it('gives WCAG\'s extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})

describe.each([
  ['light mode', ':root'],
  ['dark mode', 'html.dark'],
])('the theme in %s', (_, selector) => {
  const colours = colourVariables(css, selector)

  it.each(TEXT_ON_SURFACE)('writes --%s on --%s at 4.5:1 or more', (text, surface) => {
    expect(colours[text], `--${text}`).toMatch(/^#/)
    expect(colours[surface], `--${surface}`).toMatch(/^#/)
    expect(contrastRatio(colours[text], colours[surface])).toBeGreaterThanOrEqual(4.5)
  })
})
