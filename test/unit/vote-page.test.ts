// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../lib/i18n'
import { LIVE_TEXT } from '../../lib/live-text'
import { REFUSALS } from '../../lib/live-votes'
import { votePageHtml } from '../../server/vote-page'

describe.each(LOCALES)('the %s voting page', (locale) => {
  const html = votePageHtml(locale, LIVE_TEXT[locale])
  const page = new DOMParser().parseFromString(html, 'text/html')

  it('is in the edition\'s language, sized for a phone, and asks for nothing else', () => {
    expect(page.documentElement.lang).toBe(locale)
    expect(page.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1')
    expect(page.title).toBe(LIVE_TEXT[locale].pageTitle)
    // No stylesheet, script or image from anywhere: all inline.
    expect([...page.querySelectorAll('[src], link[rel="stylesheet"]')]).toEqual([])
    expect(page.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('data:,')
  })

  it('says every refusal in the edition\'s language', () => {
    for (const reason of Object.keys(REFUSALS))
      expect(html).toContain(JSON.stringify(LIVE_TEXT[locale].refused[reason as keyof typeof REFUSALS]).replace(/</g, '\\u003c'))
  })

  it('has a heading and a status line a screen reader announces', () => {
    expect(page.querySelector('h1')?.textContent).toBe(LIVE_TEXT[locale].heading)
    expect(page.querySelector('#status')?.getAttribute('role')).toBe('status')
  })
})
