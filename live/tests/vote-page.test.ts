// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { LOCALES, wordsOf } from '../../data/editions'
import { REFUSALS } from '../rules'
import { ROOM_ROUTES } from '../server'
import { phoneScript, votePageHtml } from '../vote-page'

const SCRIPT = await phoneScript()

describe('the phone\'s script', () => {
  it('is live/phone.ts without its types, ready to put inline', () => {
    expect(SCRIPT).toContain('new EventSource(')
    expect(SCRIPT).not.toMatch(/\bas PhoneState\b|: string\b|^import /m)
    expect(SCRIPT).not.toMatch(/<\/script/i)
  })

  it('asks the room\'s listener for the routes it serves (the script is compiled alone: it cannot import them)', () => {
    expect(SCRIPT).toMatch(new RegExp(`EVENTS = ["']${ROOM_ROUTES.events}["']`))
    expect(SCRIPT).toMatch(new RegExp(`VOTE = ["']${ROOM_ROUTES.vote}["']`))
  })
})

describe.each(LOCALES)('the %s voting page', (locale) => {
  const html = votePageHtml(locale, wordsOf(locale).live, SCRIPT)
  const page = new DOMParser().parseFromString(html, 'text/html')

  it('is in the edition\'s language, sized for a phone, and asks for nothing else', () => {
    expect(page.documentElement.lang).toBe(locale)
    expect(page.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1')
    expect(page.title).toBe(wordsOf(locale).live.pageTitle)
    // No stylesheet, script or image from anywhere: all inline.
    expect([...page.querySelectorAll('[src], link[rel="stylesheet"]')]).toEqual([])
    expect(page.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('data:,')
    expect(page.querySelector('script[type="module"]')?.textContent?.trim()).toBe(SCRIPT.trim())
  })

  it('gives its script every refusal in the edition\'s language, as data', () => {
    const words = JSON.parse(page.getElementById('words')!.textContent!)
    expect(Object.keys(words.refused).sort()).toEqual(Object.keys(REFUSALS).sort())
    expect(words.refused).toEqual(wordsOf(locale).live.refused)
    expect(words.closed).toBe(wordsOf(locale).live.closed)
  })

  it('has a heading and a status line a screen reader announces', () => {
    expect(page.querySelector('h1')?.textContent).toBe(wordsOf(locale).live.heading)
    expect(page.querySelector('#status')?.getAttribute('role')).toBe('status')
  })
})

describe('the words\' data', () => {
  it('cannot end its script element, whatever a word says', () => {
    const html = votePageHtml('en', { ...wordsOf('en').live, closed: '</script><script>alert(1)</script>' }, SCRIPT)
    const page = new DOMParser().parseFromString(html, 'text/html')
    expect(JSON.parse(page.getElementById('words')!.textContent!).closed).toBe('</script><script>alert(1)</script>')
    expect(page.querySelectorAll('script')).toHaveLength(2)
  })
})
