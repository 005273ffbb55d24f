import { resolve } from 'node:path'
import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { editionsOfFiles, phraseBreaks, phraseSplitterOf, phraseStarts } from '../../vite/phrase-breaks'
import { ROOT } from '../deck'

describe('phraseStarts', () => {
  it('gives the offset where each phrase after the first starts', () => {
    expect(phraseStarts('同一个产品卖两次', () => ['同一个', '产品', '卖两次'])).toEqual(new Set([3, 5]))
    expect(phraseStarts('产品', () => ['产品'])).toEqual(new Set())
  })
})

describe('phraseSplitterOf', () => {
  it('splits Chinese by its script\'s model, and nothing written with spaces', () => {
    expect(phraseSplitterOf('zh-Hans')!('同一个产品，卖两次').join('|')).not.toMatch(/产\|品/)
    expect(phraseSplitterOf('zh-Hant')!('達成目標').join('|')).not.toMatch(/目\|標/)
    expect(phraseSplitterOf('en')).toBeUndefined()
  })
})

describe('the phrase_breaks rule', () => {
  const md = createMarkdownExit({ html: true })
  md.use(phraseBreaks, (file: string) => file.endsWith('zh.md') ? 'zh-Hans' : file.endsWith('tw.md') ? 'zh-Hant' : 'en')
  const render = (text: string, id: string) => md.render(text, { id: `${id}__slidev_3.md` })

  it('puts a <wbr> between phrases of a Chinese edition\'s file, across bold marks, and leaves the text as it was', () => {
    const html = render('与**潜在合作伙伴**建立稳固的关系，可以带来**新市场**和增长机会。', '/deck/pages/zh.md')
    expect(html).toContain('<wbr>')
    expect(html.replace(/<[^>]+>/g, '')).toBe('与潜在合作伙伴建立稳固的关系，可以带来新市场和增长机会。\n')
    // Never inside a word.
    expect(html).not.toMatch(/合<wbr>作|伙<wbr>伴|市<wbr>场/)
  })

  it('never breaks a Latin word, even in a Chinese paragraph', () => {
    const html = render('that 金鑰匙跨境 (Golden Key Cross-border) endorses its views', '/deck/pages/tw.md')
    expect(html.replace(/<wbr>/g, '|')).toMatch(/endorses its views/)
  })

  it('leaves another edition\'s files alone', () => {
    expect(render('同一个产品，卖两次', '/deck/pages/en.md')).not.toContain('<wbr>')
  })
})

describe('editionsOfFiles', () => {
  it('names the edition each page belongs to, as Slidev\'s parser reads the entries', async () => {
    const localeOf = await editionsOfFiles(ROOT)
    expect(localeOf(resolve(ROOT, 'pages/zh-Hans/impact.md'))).toBe('zh-Hans')
    expect(localeOf(resolve(ROOT, 'pages/zh-Hant/impact.md'))).toBe('zh-Hant')
    expect(localeOf(resolve(ROOT, 'pages/impact.md'))).toBe('en')
    expect(localeOf(resolve(ROOT, 'slides.zh-Hans.md'))).toBe('zh-Hans')
    expect(localeOf(resolve(ROOT, 'README.md'))).toBeUndefined()
  })
})
