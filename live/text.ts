// The words of the live knowledge check (npm run present), in each edition's language: the phones'
// voting page (live/vote-page.ts, live/phone.ts) and the deck's side of the vote (live/VoteChart.vue,
// live/LiveJoin.vue, loaded only when the deck is served by a live session).
import type { Locale } from '../lib/i18n.ts'
import type { Refusal } from './rules.ts'

export interface LiveText {
  pageTitle: string
  heading: string
  questionLabel: (number: number) => string
  noQuestion: string
  closed: string
  saved: string
  sending: string
  offline: string
  /** Said to the phone for each reason the server refuses a vote (live/rules.ts). */
  refused: Record<Refusal, string>
  /** The deck's side: how to join, the chart's name, a count, the right choice. */
  join: string
  chartName: (question: number) => string
  votes: (count: number) => string
  correct: string
}

export const LIVE_TEXT: Record<Locale, LiveText> = {
  'en': {
    pageTitle: 'Knowledge check: vote',
    heading: 'Knowledge check',
    questionLabel: number => `Question ${number}`,
    noQuestion: 'No question is open. Keep this page open: the next question appears here.',
    closed: 'The vote is closed.',
    saved: 'Your answer is counted. You can change it until the vote closes.',
    sending: 'Sending…',
    offline: 'Lost the connection to the room. Reconnecting…',
    refused: {
      'malformed': 'That answer could not be read. Reload the page and try again.',
      'too-large': 'That answer could not be read. Reload the page and try again.',
      'too-slow': 'The connection is too slow. Try again.',
      'unknown-question': 'That question is not part of the knowledge check.',
      'closed': 'Too late: the vote on this question is closed.',
      'unknown-choice': 'That choice is not one of the question’s.',
      'too-fast': 'Too many answers at once. Wait a moment, then try again.',
      'not-saved': 'Your answer could not be saved. Try again.',
    },
    join: 'Answer on your phone',
    chartName: question => `Votes on question ${question}`,
    votes: count => (count === 1 ? '1 vote' : `${count} votes`),
    correct: 'right answer',
  },
  'zh-Hant': {
    pageTitle: '隨堂測驗：投票',
    heading: '隨堂測驗',
    questionLabel: number => `第 ${number} 題`,
    noQuestion: '目前沒有開放作答的問題。請保持此頁開啟，下一題會出現在這裡。',
    closed: '本題投票已結束。',
    saved: '已記錄你的答案。投票結束前都可以更改。',
    sending: '傳送中…',
    offline: '與教室的連線中斷，正在重新連線…',
    refused: {
      'malformed': '無法讀取這個答案。請重新整理頁面後再試一次。',
      'too-large': '無法讀取這個答案。請重新整理頁面後再試一次。',
      'too-slow': '連線太慢，請再試一次。',
      'unknown-question': '這個問題不在隨堂測驗之中。',
      'closed': '來不及了：本題投票已結束。',
      'unknown-choice': '這個選項不屬於本題。',
      'too-fast': '作答太頻繁。請稍候再試。',
      'not-saved': '無法儲存你的答案，請再試一次。',
    },
    join: '用手機作答',
    chartName: question => `第 ${question} 題的投票`,
    votes: count => `${count} 票`,
    correct: '正確答案',
  },
}
