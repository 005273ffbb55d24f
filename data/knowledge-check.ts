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
  /**
   * What the room chooses from in a live session (npm run present): two to four short options,
   * in the same order in every edition; the right one is named once, in CORRECT_CHOICES.
   */
  choices: string[]
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

/** Which of each question's `choices` is right (0-based), in question order, for every edition. */
export const CORRECT_CHOICES: number[] = [1, 0, 2, 0, 1]

/** The questions of each edition, in the order of QUESTION_OBJECTIVES. */
export const QUESTIONS: Record<Locale, QuizItem[]> = {
  'en': [
    {
      question: 'A chair maker meets a hotel chain at a trade show and wins an order. Which model and channel is this? What should the relationship build on?',
      answer: 'B2B via a trade show; a long-term partnership built on insight into the hotel industry.',
      choices: ['B2C, through an online marketplace', 'B2B, through a trade show', 'B2C, through social media', 'B2B, through email marketing'],
    },
    {
      question: 'Name two sales channels typical of B2B.',
      answer: 'Any two of: direct sales, trade shows and exhibitions, partnerships with other businesses.',
      choices: ['Trade shows and direct sales', 'Social media and email marketing', 'Online marketplaces and retail stores'],
    },
    {
      question: 'What does building relationships with B2C customers involve?',
      answer: 'Understanding individual preferences, listening to feedback, and loyalty programs.',
      choices: ['Long-term partnerships built on industry insight', 'Trade shows and exhibitions', 'Individual preferences, feedback and loyalty programs'],
    },
    {
      question: 'Which e-commerce market was larger in 2019, B2B or B2C?',
      answer: 'B2B: {market-expansion.rows[1].b2b} against {market-expansion.rows[1].b2c} US$ trillion (UNCTAD).',
      choices: ['B2B', 'B2C', 'About the same'],
    },
    {
      question: 'Which subscription businesses lost fewer subscribers monthly in 2019? What may B2C rely on more?',
      answer: 'B2B ({financial-performance.rows[0].b2b} against {financial-performance.rows[0].b2c}, Recurly); seasonality and consumer spending.',
      choices: ['B2C; B2B relies more on seasonality and consumer spending', 'B2B; B2C relies more on seasonality and consumer spending', 'B2B; B2C relies more on long-term partnerships'],
    },
  ],
  'zh-Hant': [
    {
      question: '一家椅子製造商在商展上認識一家連鎖飯店並拿到訂單。這屬於哪種模式、哪種管道？雙方關係應建立在什麼上？',
      answer: 'B2B，透過商展；建立在對飯店產業的深入了解之上的長期合作夥伴關係。',
      choices: ['B2C，透過線上市集', 'B2B，透過商展', 'B2C，透過社群媒體', 'B2B，透過電子郵件行銷'],
    },
    {
      question: '請說出兩種典型的 B2B 銷售管道。',
      answer: '以下任兩種：直接銷售、商展與展覽、與其他企業合作。',
      choices: ['商展與直接銷售', '社群媒體與電子郵件行銷', '線上市集與實體零售店'],
    },
    {
      question: '與 B2C 顧客建立關係包括哪些做法？',
      answer: '了解個人偏好、聆聽回饋、推行會員忠誠計畫。',
      choices: ['建立在產業洞察上的長期合作夥伴關係', '商展與展覽', '了解個人偏好、聆聽回饋、會員忠誠計畫'],
    },
    {
      question: '2019 年，B2B 和 B2C 電子商務哪個市場比較大？',
      answer: 'B2B：{market-expansion.rows[1].b2b} 兆美元，B2C 為 {market-expansion.rows[1].b2c} 兆美元（UNCTAD）。',
      choices: ['B2B', 'B2C', '差不多'],
    },
    {
      question: '2019 年，哪一類訂閱制企業每月流失的訂閱用戶較少？B2C 可能更依賴什麼？',
      answer: 'B2B（{financial-performance.rows[0].b2b}，B2C 為 {financial-performance.rows[0].b2c}，Recurly）；季節性和消費者支出模式。',
      choices: ['B2C；B2B 更依賴季節性和消費者支出', 'B2B；B2C 更依賴季節性和消費者支出', 'B2B；B2C 更依賴長期合作夥伴關係'],
    },
  ],
}
