import type { Locale } from '../../data/editions'
import { resolve } from 'node:path'
import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { EDITIONS } from '../../data/editions'
import { cutAt, hasHan, mayBreakAt, wordRuns } from '../../lib/line-breaks'
import { editionByPlace, editionsOfFiles, phraseBreaks, phraseBreaksOf, phraseStarts } from '../../vite/phrase-breaks'
import { loadDeck, ROOT } from '../deck'

describe('phraseStarts', () => {
  it('gives the offset where each phrase after the first starts', () => {
    expect(phraseStarts(['同一个', '产品', '卖两次'])).toEqual([3, 5])
    expect(phraseStarts(['产品'])).toEqual([])
  })
})

describe('mayBreakAt', () => {
  it('is true between two Chinese characters and where Chinese meets a Latin letter or digit, never inside a Latin word or beside a space', () => {
    expect(mayBreakAt('产品', 1)).toBe(true)
    expect(mayBreakAt('B2B和', 3)).toBe(true)
    expect(mayBreakAt('和B2C', 1)).toBe(true)
    expect(mayBreakAt('endorses', 1)).toBe(false)
    expect(mayBreakAt('B2B 和', 3)).toBe(false)
    expect(mayBreakAt('产品', 0)).toBe(false)
    expect(mayBreakAt('区别》', 2)).toBe(false)
    expect(mayBreakAt('《区别', 1)).toBe(false)
  })
})

describe('wordRuns', () => {
  it('cuts Chinese between the words of ICU\'s dictionary, where a line may break', () => {
    expect(wordRuns('产品直接卖给个人，通过线上平台', 'zh-Hans')).toEqual(['产品', '直接', '卖', '给', '个人，', '通过', '线上', '平台'])
    expect(wordRuns('B2C 的：用户体验和产品质量。', 'zh-Hans')).toEqual(['B2C 的：', '用户', '体验', '和', '产品', '质量。'])
    expect(wordRuns('《B2B和B2C运营的区别》', 'zh-Hans').join('|')).toBe('《B2B|和|B2C|运营|的|区别》')
  })

  it('leaves a language written with spaces, and text with no Chinese, whole', () => {
    expect(wordRuns('Direct sales, trade shows', 'en')).toEqual(['Direct sales, trade shows'])
    expect(wordRuns('B2B 21.8', 'zh-Hans')).toEqual(['B2B 21.8'])
    expect(hasHan('B2B 21.8')).toBe(false)
  })
})

describe('cutAt', () => {
  it('cuts a text at its offsets', () => {
    expect(cutAt('同一个产品', [3])).toEqual(['同一个', '产品'])
    expect(cutAt('产品', [])).toEqual(['产品'])
  })
})

describe('phraseBreaksOf', () => {
  /** A text cut where phraseBreaksOf(locale) says a line may break. */
  const phrases = (text: string, locale: string) => cutAt(text, phraseBreaksOf(locale)!(text))

  it('splits Chinese into BudouX\'s phrases, never inside a word of ICU\'s dictionary', () => {
    expect(phrases('产品直接卖给个人', 'zh-Hans')).toEqual(['产品', '直接', '卖', '给', '个人'])
    expect(phrases('通过线上平台', 'zh-Hans')).toEqual(['通过线上', '平台'])
    expect(phrases('同一個產品，賣兩次', 'zh-Hant').join('|')).not.toMatch(/產\|品/)
  })

  it('has nothing to split in a language written with spaces', () => {
    expect(phraseBreaksOf('en')).toBeUndefined()
  })
})

/** The rule on a renderer, with the edition of a file named by its last folder. */
function renderer() {
  const md = createMarkdownExit({ html: true })
  md.use(phraseBreaks, (file: string): Locale | undefined => ({ hans: 'zh-Hans', hant: 'zh-Hant', en: 'en' } as const)[file.split('/').at(-2)!])
  return (text: string, folder: string) => md.render(text, { id: `/deck/${folder}/page.md__slidev_3.md` })
}

describe('the phrase_breaks rule', () => {
  const render = renderer()

  it('puts a <wbr> between the phrases of a Chinese edition\'s slide, where a bold run starts and ends too', () => {
    expect(render('与**潜在合作伙伴**建立稳固的关系，可以带来**新市场**和增长机会。', 'hans')).toBe(
      '<p>与<strong><wbr>潜在<wbr>合作<wbr>伙伴</strong><wbr>建立<wbr>稳固<wbr>的<wbr>关系，<wbr>可以<wbr>带来<strong><wbr>新<wbr>市场</strong><wbr>和<wbr>增长<wbr>机会。</p>\n',
    )
  })

  it('breaks where Chinese meets Latin written against it, never inside a Latin word, before a closing mark or after an opening one', () => {
    expect(render('《B2B和B2C運營的區別》 that 金鑰匙跨境 endorses its views（原文）', 'hant')).toBe(
      '<p>《B2B<wbr>和<wbr>B2C<wbr>運營<wbr>的<wbr>區別》 that 金鑰匙<wbr>跨境 endorses its views（原文）</p>\n',
    )
  })

  it('leaves the English edition and anything that is not a slide alone', () => {
    expect(render('同一个产品，卖两次', 'en')).toBe('<p>同一个产品，卖两次</p>\n')
    const md = createMarkdownExit({ html: true })
    md.use(phraseBreaks, () => 'zh-Hans')
    expect(md.render('同一个产品，卖两次', { id: '/deck/README.md' })).toBe('<p>同一个产品，卖两次</p>\n')
  })
})

/**
 * Words of the Chinese editions' slides that a line must never split, among them every one
 * BudouX's model alone split (个|人, 偏|好, 线|上, 覆|盖面, 数|据, 确|保).
 */
const WHOLE_WORDS: Record<'zh-Hans' | 'zh-Hant', string[]> = {
  'zh-Hans': ['个人', '偏好', '线上', '覆盖面', '数据', '确保', '制作', '要点', '区别', '产品', '目的', '渠道', '运营', '客户', '消费者', '企业', '忠诚度', '合作', '市场', '说明', '课程'],
  'zh-Hant': ['個人', '偏好', '線上', '產品', '目標', '區別', '營運', '管道', '客戶', '消費者', '企業', '市場', '說明', '課程'],
}

describe.each(['zh-Hans', 'zh-Hant'] as const)('the %s edition\'s slides, as the build breaks them', (locale) => {
  it('keep every listed word whole, and break elsewhere', async () => {
    const md = createMarkdownExit({ html: true })
    md.use(phraseBreaks, await editionsOfFiles(ROOT))
    const deck = await loadDeck(locale)
    const html = deck.slides.map((slide, i) => md.render(slide.content, { id: `${slide.source.filepath}__slidev_${i + 1}.md` })).join('\n')
    expect(html.match(/<wbr>/g)!.length).toBeGreaterThan(500)
    const text = html.replace(/<(?!wbr>)[^>]+>/g, '')
    const split = WHOLE_WORDS[locale].flatMap(word => [...word].slice(1).map((_, i) => `${word.slice(0, i + 1)}<wbr>${word.slice(i + 1)}`)).filter(cut => text.includes(cut))
    expect(split).toEqual([])
  })
})

describe('editionsOfFiles', () => {
  it('names the edition each page belongs to, as Slidev\'s parser reads the entries', async () => {
    const localeOf = await editionsOfFiles(ROOT)
    expect(localeOf(resolve(ROOT, 'pages/zh-Hans/impact.md'))).toBe('zh-Hans')
    expect(localeOf(resolve(ROOT, 'pages/zh-Hant/impact.md'))).toBe('zh-Hant')
    expect(localeOf(resolve(ROOT, 'pages/impact.md'))).toBe('en')
    expect(localeOf(resolve(ROOT, EDITIONS['zh-Hans'].entry))).toBe('zh-Hans')
    expect(localeOf(resolve(ROOT, 'README.md'))).toBeUndefined()
  })

  it('names a page added since by its place: an edition\'s pages folder', async () => {
    const localeOf = await editionsOfFiles(ROOT)
    expect(localeOf(resolve(ROOT, 'pages/zh-Hans/new-page.md'))).toBe('zh-Hans')
    expect(editionByPlace(resolve(ROOT, 'pages/new-page.md'))).toBeUndefined()
    expect(editionByPlace(resolve(ROOT, 'pages/de/page.md'))).toBeUndefined()
  })
})
