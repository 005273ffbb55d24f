// The knowledge check's questions, in each edition's language, and the learning objectives each
// tests. An answer quotes a chart figure by reference, `{chart-id.rows[i].b2b}`, never
// by value: lib/knowledge-check.ts fills it in from data/charts.ts, so an answer can never disagree
// with the chart it quotes, in any edition.
import type { Locale } from './types.ts'

/** The session's learning objectives, in the order pages/objectives.md lists them. */
export const OBJECTIVES = ['purpose', 'channels', 'relationships', 'impact'] as const
export type Objective = typeof OBJECTIVES[number]

export interface QuizItem {
  question: string
  answer: string
}

/**
 * What each question checks, in question order (the same in every edition): every objective is
 * tested by at least one question.
 */
export const QUESTION_OBJECTIVES: Objective[][] = [
  ['purpose', 'channels', 'relationships'],
  ['channels'],
  ['relationships'],
  ['purpose', 'impact'],
  ['impact'],
]

/** The questions of each edition, in the order of QUESTION_OBJECTIVES. */
export const QUESTIONS: Record<Locale, QuizItem[]> = {
  'en': [
    {
      question: 'A chair maker meets a hotel chain at a trade show and wins an order. Which model and channel is this? What should the relationship build on?',
      answer: 'B2B via a trade show; a long-term partnership built on insight into the hotel industry.',
    },
    {
      question: 'Name two sales channels typical of B2B.',
      answer: 'Any two of: direct sales, trade shows and exhibitions, partnerships with other businesses.',
    },
    {
      question: 'What does building relationships with B2C customers involve?',
      answer: 'Understanding individual preferences, listening to feedback, and loyalty programs.',
    },
    {
      question: 'Which e-commerce market was larger in 2019, B2B or B2C?',
      answer: 'B2B: {market-expansion.rows[1].b2b} against {market-expansion.rows[1].b2c} US$ trillion (UNCTAD).',
    },
    {
      question: 'Which subscription businesses lost fewer subscribers monthly in 2019? What may B2C rely on more?',
      answer: 'B2B ({financial-performance.rows[0].b2b} against {financial-performance.rows[0].b2c}, Recurly); seasonality and consumer spending.',
    },
  ],
  'zh-Hant': [
    {
      question: '一家椅子製造商在商展上認識一家連鎖飯店並拿到訂單。這屬於哪種模式、哪種管道？雙方關係應建立在什麼上？',
      answer: 'B2B，透過商展；建立在對飯店產業的深入了解之上的長期合作夥伴關係。',
    },
    {
      question: '請說出兩種典型的 B2B 銷售管道。',
      answer: '以下任兩種：直接銷售、商展與展覽、與其他企業合作。',
    },
    {
      question: '與 B2C 顧客建立關係包括哪些做法？',
      answer: '了解個人偏好、聆聽回饋、推行會員忠誠計畫。',
    },
    {
      question: '2019 年，B2B 和 B2C 電子商務哪個市場比較大？',
      answer: 'B2B：{market-expansion.rows[1].b2b} 兆美元，B2C 為 {market-expansion.rows[1].b2c} 兆美元（UNCTAD）。',
    },
    {
      question: '2019 年，哪一類訂閱制企業每月流失的訂閱用戶較少？B2C 可能更依賴什麼？',
      answer: 'B2B（{financial-performance.rows[0].b2b}，B2C 為 {financial-performance.rows[0].b2c}，Recurly）；季節性和消費者支出模式。',
    },
  ],
}
