import { describe, expect, it } from 'vitest'
import { externalReferences } from '../../vite/single-file'

describe('externalReferences', () => {
  it('finds the src, href and url() values that point outside the page, not data URLs or anchors', () => {
    const html = [
      '<link rel="icon" href="./favicon.svg"><link rel="icon" href="data:image/svg+xml;base64,AA==">',
      '<img src="https://example.com/a.png"><a href="#/3">3</a>',
      '<style>.a { background: url("/b.png") } .b { background: url(data:image/png;base64,AA==) } .c { fill: url(#marker) }</style>',
    ].join('')
    expect(externalReferences(html)).toEqual(['./favicon.svg', 'https://example.com/a.png', '/b.png'])
  })

  it('leaves a script\'s code alone: its strings are not references', () => {
    expect(externalReferences('<script type="module">el.src="x.js"; new URL(u)</script>')).toEqual([])
  })
})
