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
 * tested by at least one question. Every question applies the ideas to one case, a chair maker
 * selling to hotel chains and to households; Q4 tests strategy, Q5 operations (objective 4).
 */
export const QUESTION_OBJECTIVES: Objective[][] = [
  ['purpose', 'channels', 'relationships'],
  ['channels'],
  ['relationships'],
  ['impact'],
  ['impact'],
]

/** Which of each question's `choices` is right (0-based), in question order, for every edition. */
export const CORRECT_CHOICES: number[] = [2, 0, 2, 1, 2]

/** The questions of each edition, in the order of QUESTION_OBJECTIVES. */
export const QUESTIONS: Record<Locale, QuizItem[]> = {
  'en': [
    {
      question: 'A chair maker wants hotel chains as customers. Which model is this, which channel does the article list for it, and what should the relationship build on?',
      answer: 'B2B, via a trade show or direct sales; a long-term partnership built on hotel-industry insight.',
      choices: ['B2C; social media; points for each guest', 'B2B; a trade show; points for each buyer', 'B2B; a trade show; a partnership built on industry insight', 'B2B; email marketing; a partnership built on industry insight'],
    },
    {
      question: 'Selling to households too: which two channels does the article list?',
      answer: 'Any two of: online marketplaces, retail stores, e-commerce platforms, social media, email.',
      choices: ['Online marketplaces and social media', 'Social media and trade shows', 'Online marketplaces and exhibitions'],
    },
    {
      question: 'What should its relationship with households build on?',
      answer: 'Individual preferences, feedback and loyalty programs.',
      choices: ['A long-term partnership with each buyer', 'Industry trends and market dynamics', 'Individual preferences, feedback and loyalty programs'],
    },
    {
      question: 'Which strategy may fit selling to hotels, and which to households?',
      answer: 'Hotels: partnerships over competition; households: campaigns and loyalty programs for new customers.',
      choices: ['Hotels: campaigns for new customers; households: partnerships', 'Hotels: partnerships; households: campaigns and loyalty programs', 'Both: partnerships over direct competition'],
    },
    {
      question: 'Buyers report a confusing online checkout and wobbly chairs. Whose challenge is that?',
      answer: 'B2C\'s: an engaging user experience and product quality.',
      choices: ['B2B\'s: it may need to invest in analytics', 'Neither: the article does not say', 'B2C\'s: it must ensure user experience and quality'],
    },
  ],
  'zh-Hant': [
    {
      question: '一家椅子製造商想把連鎖飯店發展成客戶。這屬於哪種模式？文章為它列出哪個管道？雙方關係應建立在什麼上？',
      answer: 'B2B，透過商展（或直接銷售）；建立在對飯店產業深入了解之上的長期合作夥伴關係。',
      choices: ['B2C；社群媒體；給每位房客集點', 'B2B；商展；給每位採購人員集點', 'B2B；商展；建立在產業洞察上的長期合作', 'B2B；電子郵件行銷；建立在產業洞察上的長期合作'],
    },
    {
      question: '也賣給一般家庭時，文章列出哪兩種管道？',
      answer: '任兩種：電商市集、實體店、自建電商網站、社群媒體、電子郵件。',
      choices: ['電商市集與社群媒體', '社群媒體與商展', '電商市集與展覽'],
    },
    {
      question: '和一般家庭的關係，應建立在什麼上？',
      answer: '個人偏好、顧客回饋和會員忠誠計畫。',
      choices: ['和每位買家建立長期合作夥伴關係', '產業趨勢與市場動態', '個人偏好、顧客回饋和會員忠誠計畫'],
    },
    {
      question: '賣給飯店和賣給家庭，各可能適合什麼策略？',
      answer: '飯店：合作優先於競爭；家庭：以行銷活動和會員忠誠計畫爭取新顧客。',
      choices: ['飯店：用行銷活動爭取新顧客；家庭：合作夥伴關係', '飯店：合作夥伴關係；家庭：行銷活動和會員忠誠計畫', '兩邊都優先考慮合作夥伴關係，而非直接競爭'],
    },
    {
      question: '買家反映線上結帳難用、椅子會晃：這是誰的挑戰？',
      answer: 'B2C 的：使用者體驗和產品品質。',
      choices: ['B2B 的：可能需要投資分析工具', '都不是：文章沒有提到', 'B2C 的：必須顧好使用者體驗和品質'],
    },
  ],
}
