// Lines of Chinese that break between phrases, never inside a word. Chinese has no spaces, so a
// browser may break between any two characters: 同一個產／品, 達成目／標. Chromium's own phrase
// breaking (`word-break: auto-phrase`) covers Japanese only. So at build time each Chinese
// edition's Markdown gets a <wbr> between the phrases BudouX finds (Google's phrase model, one per
// script), and the slides' CSS (styles/theme.css) breaks Chinese text only there
// (`word-break: keep-all`), at punctuation and spaces, or anywhere as a last resort
// (`overflow-wrap: anywhere`) rather than overflow. A <wbr> is not text: the slides' words, their
// search in a PDF and what a screen reader reads are unchanged.
import type { MarkdownExit, StateCore, Token } from 'markdown-exit'
import type { Locale } from '../data/editions.ts'
import { resolve } from 'node:path'
import { Parser, zhHansModel, zhHantModel } from 'budoux'
import { EDITIONS, LOCALES } from '../data/editions.ts'
import { loadEdition, ROOT } from './decks.ts'

/** BudouX's phrase model for a language's script, or undefined for a language written with spaces. */
function phraseModelOf(locale: string): ConstructorParameters<typeof Parser>[0] | undefined {
  const { language, script } = new Intl.Locale(locale).maximize()
  if (language !== 'zh')
    return undefined
  return script === 'Hant' ? zhHantModel : zhHansModel
}

/** Splits text into its phrases, or returns it whole in a language written with spaces. */
export type PhraseSplitter = (text: string) => string[]

/** The phrase splitter of a language: BudouX with its script's model ("zh-Hans", "zh-Hant"). */
export function phraseSplitterOf(locale: string): PhraseSplitter | undefined {
  const model = phraseModelOf(locale)
  if (!model)
    return undefined
  const parser = new Parser(model)
  return text => parser.parse(text)
}

/**
 * The offsets in `text` where a new phrase starts (never 0), as `split` finds them. A line may
 * break there.
 */
export function phraseStarts(text: string, split: PhraseSplitter): Set<number> {
  const starts = new Set<number>()
  let offset = 0
  for (const phrase of split(text).slice(0, -1)) {
    offset += phrase.length
    starts.add(offset)
  }
  return starts
}

/** Chinese characters and the punctuation set among them (ideographic, full-width). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u

/**
 * True for a phrase start where a <wbr> belongs: between two Chinese characters. Latin words and
 * numbers keep the breaks they have (at their spaces), even in a Chinese paragraph ("e|ndorses"
 * would be a phrase start of BudouX's model there).
 */
const needsBreak = (text: string, at: number) => at > 0 && at < text.length && CJK.test(text[at - 1]) && CJK.test(text[at])

/**
 * Puts a <wbr> between the phrases of one inline run (a paragraph, a heading, a list item, a
 * table cell). Its text tokens are read as one text, so a phrase running across bold or italic
 * marks is still one phrase; the <wbr>s go into the text tokens.
 */
function breakInline(inline: Token, split: PhraseSplitter, TokenOf: StateCore['Token']): void {
  const children = inline.children ?? []
  const texts = children.filter(token => token.type === 'text')
  const whole = texts.map(token => token.content).join('')
  if (!/\p{Script=Han}/u.test(whole))
    return
  const starts = phraseStarts(whole, split)
  const out: Token[] = []
  let offset = 0
  for (const token of children) {
    if (token.type !== 'text') {
      out.push(token)
      continue
    }
    const { content } = token
    let from = 0
    for (let at = 1; at <= content.length; at++) {
      if (at < content.length && !(starts.has(offset + at) && needsBreak(whole, offset + at)))
        continue
      const piece = new TokenOf('text', '', 0)
      piece.content = content.slice(from, at)
      out.push(piece)
      if (at < content.length) {
        const wbr = new TokenOf('html_inline', '', 0)
        wbr.content = '<wbr>'
        out.push(wbr)
      }
      from = at
    }
    offset += content.length
  }
  inline.children = out
}

/**
 * The markdown-it (markdown-exit) plugin: in each Markdown file of a Chinese edition, a <wbr>
 * between phrases. `localeOf` names the edition a file belongs to; Slidev renders each slide with
 * its file's path as `env.id` (`pages/zh-Hans/impact.md__slidev_12.md`).
 */
export function phraseBreaks(md: MarkdownExit, localeOf: (file: string) => Locale | undefined): void {
  const splitters = new Map(LOCALES.map(locale => [locale, phraseSplitterOf(EDITIONS[locale].locale)]))
  md.core.ruler.push('phrase_breaks', (state) => {
    const id = typeof state.env?.id === 'string' ? state.env.id : ''
    const locale = localeOf(id.replace(/__slidev_\d+\.md$/, ''))
    const split = locale && splitters.get(locale)
    if (!split)
      return
    for (const token of state.tokens) {
      if (token.type === 'inline')
        breakInline(token, split, state.Token)
    }
  })
}

/**
 * Which edition each Markdown file belongs to: its entry and every page it pulls in, as Slidev's
 * parser reads them now. A file two editions share belongs to neither (it gets no breaks).
 */
export async function editionsOfFiles(root = ROOT): Promise<(file: string) => Locale | undefined> {
  const owners = new Map<string, Locale | null>()
  for (const locale of LOCALES) {
    const deck = await loadEdition(EDITIONS[locale], root)
    for (const file of Object.keys(deck.markdownFiles))
      owners.set(resolve(file), owners.has(resolve(file)) ? null : locale)
  }
  return file => owners.get(resolve(file)) ?? undefined
}
