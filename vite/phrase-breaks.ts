// Lines of Chinese that break between phrases rather than between any two characters. Chinese has
// no spaces, so a browser may break between any two characters: 同一個產／品, 達成目／標.
// Chromium's own phrase breaking (`word-break: auto-phrase`) covers Japanese only. So at build time
// each Chinese edition's Markdown gets a <wbr> between the phrases BudouX finds (Google's phrase
// model, one per script), and a block with such breaks breaks its Chinese only there, at spaces and
// at punctuation (`word-break: keep-all`, styles/theme.css), or anywhere as a last resort rather
// than overflow. A <wbr> is not text: the slides' words, their search in a PDF and what a screen
// reader reads are unchanged. BudouX's model is statistical and now and then starts a phrase inside
// a word (通过线|上平台): a phrase start that ICU's dictionary puts inside a word is dropped
// (phraseBreaksOf), and the test of the real pages (test/unit/phrase-breaks.test.ts) lists the
// deck's words that must stay whole.
import type { MarkdownExit, StateCore, Token } from 'markdown-exit'
import type { Locale } from '../data/editions.ts'
import { basename, dirname, resolve } from 'node:path'
import { Parser, zhHansModel, zhHantModel } from 'budoux'
import { EDITIONS, isLocale, LOCALES } from '../data/editions.ts'
import { wordBreaks } from '../lib/line-breaks.ts'
import { chineseScript, isChinese } from '../lib/script.ts'
import { loadEdition, ROOT } from './decks.ts'

/** BudouX's phrase model for a language's script, or undefined for a language written with spaces. */
function phraseModelOf(locale: string): ConstructorParameters<typeof Parser>[0] | undefined {
  if (!isChinese(locale))
    return undefined
  return chineseScript(locale) === 'Hant' ? zhHantModel : zhHansModel
}

/** Where a line of a text may break: its offsets, ascending. */
export type BreakFinder = (text: string) => number[]

/**
 * The offsets where each phrase after the first starts, phrases given in order: ["同一个", "产品"]
 * start a phrase at 3.
 */
export function phraseStarts(phrases: readonly string[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const phrase of phrases.slice(0, -1)) {
    offset += phrase.length
    starts.push(offset)
  }
  return starts
}

/**
 * Where a line of a language may break between phrases: where BudouX's model for its script
 * ("zh-Hans", "zh-Hant") starts a phrase and a line may break between two words (wordBreaks,
 * lib/line-breaks.ts, the components' own rule). BudouX's model alone cuts 个|人偏|好 and
 * 通过线|上平台; ICU's dictionary, the same one browsers use, keeps those words whole.
 */
export function phraseBreaksOf(locale: string): BreakFinder | undefined {
  const model = phraseModelOf(locale)
  if (!model)
    return undefined
  const parser = new Parser(model)
  return (text) => {
    const words = new Set(wordBreaks(text, locale))
    return phraseStarts(parser.parse(text)).filter(at => words.has(at))
  }
}

/** A token of `type` with `content`, made as the rule's parser makes its own. */
function tokenOf(TokenOf: StateCore['Token'], type: 'text' | 'html_inline', content: string): Token {
  const token = new TokenOf(type, '', 0)
  token.content = content
  return token
}

/**
 * Puts a <wbr> between the phrases of one inline run (a paragraph, a heading, a list item, a
 * table cell). Its text tokens are read as one text, so a phrase running across bold or italic
 * marks is still one phrase, and a phrase that starts where a bold run starts or ends gets its
 * <wbr> there; the <wbr>s go into the text tokens, never into code or HTML.
 */
export function breakInline(inline: Token, breaksIn: BreakFinder, TokenOf: StateCore['Token']): void {
  const children = inline.children ?? []
  const whole = children.filter(token => token.type === 'text').map(token => token.content).join('')
  const starts = breaksIn(whole)
  const out: Token[] = []
  let offset = 0
  for (const token of children) {
    if (token.type !== 'text') {
      out.push(token)
      continue
    }
    const end = offset + token.content.length
    // Breaks within this token, and at its start (a phrase that begins after a bold mark).
    const cuts = starts.filter(at => at >= offset && at < end)
    let from = offset
    for (const at of cuts) {
      if (at > from)
        out.push(tokenOf(TokenOf, 'text', whole.slice(from, at)))
      out.push(tokenOf(TokenOf, 'html_inline', '<wbr>'))
      from = at
    }
    out.push(tokenOf(TokenOf, 'text', whole.slice(from, end)))
    offset = end
  }
  inline.children = out
}

/**
 * Slidev's id of a slide's module: its file's path and its number (`pages/zh-Hans/impact.md__slidev_12.md`,
 * `regexSlideSourceId` in @slidev/cli). site.test.ts checks that the built Chinese slides have
 * their breaks, so a change of this form in Slidev shows there.
 */
const SLIDE_MODULE = /__slidev_\d+\.md$/

/**
 * The markdown-it (markdown-exit) plugin: in each Markdown file of a Chinese edition, a <wbr>
 * between phrases. `localeOf` names the edition a file belongs to.
 */
export function phraseBreaks(md: MarkdownExit, localeOf: (file: string) => Locale | undefined): void {
  const finders = new Map(LOCALES.map(locale => [locale, phraseBreaksOf(EDITIONS[locale].locale)]))
  md.core.ruler.push('phrase_breaks', (state) => {
    const id = typeof state.env?.id === 'string' ? state.env.id : ''
    if (!SLIDE_MODULE.test(id))
      return
    const locale = localeOf(id.replace(SLIDE_MODULE, ''))
    const breaksIn = locale && finders.get(locale)
    if (!breaksIn)
      return
    for (const token of state.tokens) {
      if (token.type === 'inline')
        breakInline(token, breaksIn, state.Token)
    }
  })
}

/**
 * The edition a Markdown file belongs to by where it is: an edition's entry (`slides.zh-Hans.md`)
 * or its pages folder (`pages/zh-Hans/`), as docs/maintainer.md asks an edition to keep them.
 */
export function editionByPlace(file: string, root = ROOT): Locale | undefined {
  const path = resolve(file)
  const entry = LOCALES.find(locale => resolve(root, EDITIONS[locale].entry) === path)
  if (entry)
    return entry
  const folder = basename(dirname(path))
  return resolve(dirname(path), '..') === resolve(root, 'pages') && isLocale(folder) ? folder : undefined
}

/**
 * Which edition each Markdown file belongs to: its entry and every page it pulls in, as Slidev's
 * parser reads them at the start; a page added since (in `npm run dev`) by its place
 * (editionByPlace). A file two editions share belongs to neither (it gets no breaks).
 */
export async function editionsOfFiles(root = ROOT): Promise<(file: string) => Locale | undefined> {
  const owners = new Map<string, Locale | null>()
  for (const locale of LOCALES) {
    const deck = await loadEdition(EDITIONS[locale], root)
    for (const file of Object.keys(deck.markdownFiles))
      owners.set(resolve(file), owners.has(resolve(file)) ? null : locale)
  }
  return (file) => {
    const owner = owners.get(resolve(file))
    return owner === undefined ? editionByPlace(file, root) : owner ?? undefined
  }
}
