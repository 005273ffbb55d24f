// The deck's two editions and the words its components print in each. The slides' own text lives
// in the Markdown of each edition; the charts' titles and labels beside their data (data/).
import type { Locale, Reliability } from '../data/types.ts'
import type { ModelId } from './models.ts'
import { LOCALES } from '../data/types.ts'

export { LOCALES }
export type { Locale }

/** What the components write around the data, in one language. */
export interface UiText {
  /** Each model spelled out, beside its short name ("B2B"). */
  modelNames: Record<ModelId, string>
  /** Over a group discussion's format: "Group discussion · Part 1 · 8 min in groups". */
  groupDiscussion: string
  /** A part of the session by its number: "Part 1". */
  partName: (number: number) => string
  /** The unit of an activity's length, under its number: "min". */
  minutesUnit: string
  /** The progress rail's name for screen readers. */
  sessionParts: string
  /** A discussion's countdown: its accessible name, and what it says under the time. */
  activityTimer: { name: string, left: string, paused: string, ended: string }
  /** The presenter view's pacing: the current slide's plan and where the session stands. */
  pacing: {
    name: string
    plan: (from: string, to: string, minutes: number) => string
    /** For a slide whose note states no plan: the gap its neighbours leave. */
    gap: (from: string, to: string) => string
    notStarted: string
    onTime: string
    ahead: (minutes: number) => string
    behind: (minutes: number) => string
  }
  /** Opens a knowledge-check answer, with the space that follows it in that language. */
  answer: string
  /** The chart's accessible name and table caption: "Global e-commerce sales, B2B vs B2C". */
  chartName: (title: string) => string
  /** One row of a chart as one sentence: "2019 (US$ trillion): B2B 21.8, B2C 4.9." */
  rowDescription: (label: string, unit: string, values: string[]) => string
  /** The hidden table's unit column. */
  unit: string
  /** Ends a sentence ("." or "。"). */
  fullStop: string
  /** What separates two sentences (a space in English, nothing in Chinese). */
  sentenceGap: string
  /** After a run-in heading, before what it introduces: ": " or "：". */
  listLead: string
  /** The hidden table's first column. */
  measure: string
  /**
   * How the larger of two values compares with the smaller, from parts already formatted: by
   * percentage points for shares ("B2B +28 pts over B2C"), by ratio for amounts ("B2B 4.4× B2C"),
   * by difference for an amount against zero.
   */
  gap: Record<'points' | 'ratio' | 'difference', (larger: string, amount: string, smaller: string, approximate: boolean) => string>
  /** Where a row's gap would be, when its two figures come from two surveys or bases. */
  notComparable: string
  /** A scale's written end, over its tick: "0–100%", "0–25". */
  scaleEnd: (end: string) => string
  /** A reference line's label, at the line: "25% = an even quarter". */
  reference: (value: string, label: string) => string
  /** The one source line under a chart: its sources, and whether a figure on it is derived. */
  sourceLine: (parts: { sources: string[], derived: boolean }) => string
  /** A derived figure's formula, as the figures' sources page gives it. */
  derivedFootnote: (formula: string) => string
  /** Why a row's figures are not directly comparable, as the figures' sources page gives it. */
  notComparableFootnote: (row: string, why: string) => string
  /** How a chart flags a figure that is not from a primary text ('' for primary). */
  reliabilityTag: Record<Reliability, string>
  /** A reliability grade as the sources slide spells it out. */
  reliabilityName: Record<Reliability, string>
  /** A remark in brackets after a name: "UNCTAD 2021 (secondary source)", "even year (25%)". */
  withAside: (name: string, aside: string) => string
  /** What the linked page is, when not the publication itself: "Read via MarketingCharts: ". */
  readVia: (via: string) => string
}

export const UI_TEXT: Record<Locale, UiText> = {
  'en': {
    modelNames: { b2b: 'Business-to-Business', b2c: 'Business-to-Consumer' },
    groupDiscussion: 'Group discussion',
    partName: number => `Part ${number}`,
    minutesUnit: 'min',
    sessionParts: 'Parts of the session',
    activityTimer: { name: 'Discussion timer', left: 'left', paused: 'Paused', ended: 'Time’s up' },
    pacing: {
      name: 'Session pacing',
      plan: (from, to, minutes) => `Plan ${from}–${to} (${minutes} min)`,
      gap: (from, to) => `No plan of its own: ${from}–${to}`,
      notStarted: 'Timer not started',
      onTime: 'On time',
      ahead: minutes => `${minutes} min ahead`,
      behind: minutes => `${minutes} min behind`,
    },
    answer: 'Answer: ',
    chartName: title => `${title}, B2B vs B2C`,
    rowDescription: (label, unit, values) => `${label} (${unit}): ${values.join(', ')}.`,
    unit: 'Unit',
    fullStop: '.',
    sentenceGap: ' ',
    listLead: ': ',
    measure: 'Measure',
    gap: {
      points: (larger, points, smaller, about) => `${larger} ${about ? 'about ' : ''}+${points} pts over ${smaller}`,
      ratio: (larger, ratio, smaller, about) => `${larger} ${about ? 'about ' : ''}${ratio}× ${smaller}`,
      difference: (larger, difference, smaller, about) => `${larger} ${about ? 'about ' : ''}+${difference} over ${smaller}`,
    },
    notComparable: 'not directly comparable',
    scaleEnd: end => `0–${end}`,
    reference: (value, label) => `${value} = ${label}`,
    sourceLine: ({ sources, derived }) => [
      `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}.`,
      ...(derived ? ['*Derived: formula on the figures’ sources slide.'] : []),
    ].join(' '),
    derivedFootnote: formula => `*Derived: ${formula}.`,
    notComparableFootnote: (row, why) => `${row}: not directly comparable, ${why}.`,
    reliabilityTag: { P: '', S: 'secondary source', U: 'unverified industry estimate' },
    reliabilityName: { P: 'primary text', S: 'secondary source', U: 'unverified' },
    withAside: (name, aside) => `${name} (${aside})`,
    readVia: via => `Read via ${via}: `,
  },
  // Full-width punctuation, no space before it; a space between Chinese and Latin words or numbers.
  'zh-Hant': {
    modelNames: { b2b: '企業對企業', b2c: '企業對消費者' },
    groupDiscussion: '小組討論',
    partName: number => `第 ${number} 部分`,
    minutesUnit: '分鐘',
    sessionParts: '課程各部分',
    activityTimer: { name: '討論計時器', left: '剩餘', paused: '已暫停', ended: '時間到' },
    pacing: {
      name: '課程進度',
      plan: (from, to, minutes) => `計畫 ${from}–${to}（${minutes} 分鐘）`,
      gap: (from, to) => `本頁未列計畫：${from}–${to}`,
      notStarted: '計時尚未開始',
      onTime: '準時',
      ahead: minutes => `超前 ${minutes} 分鐘`,
      behind: minutes => `落後 ${minutes} 分鐘`,
    },
    answer: '答案：',
    chartName: title => `${title}，B2B 與 B2C 對比`,
    rowDescription: (label, unit, values) => `${label}（${unit}）：${values.join('，')}。`,
    unit: '單位',
    fullStop: '。',
    sentenceGap: '',
    listLead: '：',
    measure: '項目',
    gap: {
      points: (larger, points, smaller, about) => `${larger} 比 ${smaller} 高${about ? '約' : ''} ${points} 個百分點`,
      ratio: (larger, ratio, smaller, about) => `${larger} ${about ? '約' : ''}為 ${smaller} 的 ${ratio} 倍`,
      difference: (larger, difference, smaller, about) => `${larger} 比 ${smaller} 多${about ? '約' : ''} ${difference}`,
    },
    notComparable: '不能直接比較',
    scaleEnd: end => `0–${end}`,
    reference: (value, label) => `${value} = ${label}`,
    sourceLine: ({ sources, derived }) => [
      `資料來源：${sources.join('；')}。`,
      ...(derived ? ['*推算值：公式見「圖表數據的出處」頁。'] : []),
    ].join(''),
    derivedFootnote: formula => `*推算：${formula}。`,
    notComparableFootnote: (row, why) => `${row}：不能直接比較，${why}。`,
    reliabilityTag: { P: '', S: '二手來源', U: '未經證實的業界估計' },
    reliabilityName: { P: '原始文獻', S: '二手來源', U: '未經證實' },
    withAside: (name, aside) => `${name}（${aside}）`,
    readVia: via => `經由 ${via} 查閱：`,
  },
}

/** True for a language tag the deck has an edition in. */
export function isLocale(tag: unknown): tag is Locale {
  return LOCALES.includes(tag as Locale)
}
