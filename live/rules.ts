// The room's votes in a live session (npm run present), as plain data and pure functions: the
// server (live/server.ts) keeps the book, these decide what a vote does to it. Time is the
// caller's: every rule that depends on it takes `now`.
import type { Refusal } from '../data/words/types.ts'

export type { Refusal }

/** Each question's votes, by its number (from 1): the choice (from 0) of each device that voted. */
export type VoteBook = Record<number, Record<string, number>>

/** A vote as a phone sends it. */
export interface Vote {
  /** The device's anonymous id, made on the phone: nothing personal. */
  device: string
  question: number
  choice: number
}

/** Why a vote is refused (each edition's words say it to the phone), each with the HTTP status the server answers with. */
export const REFUSALS = {
  'malformed': 400,
  'too-large': 413,
  'too-slow': 408,
  'unknown-question': 404,
  'closed': 409,
  'unknown-choice': 400,
  'too-fast': 429,
  'not-saved': 503,
} as const satisfies Record<Refusal, number>

/** What the server says to the phone whose vote it refuses (the phone says it in its language). */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  'malformed': 'the vote is not {"device", "question", "choice"} with a device id and two whole numbers',
  'too-large': 'the message is larger than a vote can be',
  'too-slow': 'the vote took too long to arrive',
  'unknown-question': 'there is no such question in the knowledge check',
  'closed': 'the vote on this question is closed',
  'unknown-choice': 'the question has no such choice',
  'too-fast': 'too many votes from this device; wait a moment',
  'not-saved': 'the vote could not be written to disk; it is not counted',
}

/** The largest message a vote can be, in bytes: anything larger is refused unread. */
export const MAX_VOTE_BYTES = 512

/** An anonymous device id: what the voting page makes (16 to 64 letters, digits, - or _). */
export const DEVICE_ID = /^[\w-]{16,64}$/

/** The vote a message holds, or why it holds none. */
export function readVote(message: unknown): Vote | Refusal {
  if (typeof message !== 'object' || message === null)
    return 'malformed'
  const { device, question, choice } = message as Record<string, unknown>
  if (typeof device !== 'string' || !DEVICE_ID.test(device) || !Number.isInteger(question) || !Number.isInteger(choice))
    return 'malformed'
  return { device, question: question as number, choice: choice as number }
}

/**
 * `book` with `vote` counted, replacing the device's earlier choice on that question, or why it
 * cannot be: the question must exist (`choiceCounts[n - 1]` choices) and be open, the choice one
 * of its own. Never changes `book`.
 */
export function castVote(book: VoteBook, vote: Vote, open: readonly number[], choiceCounts: readonly number[]): VoteBook | Refusal {
  const choices = choiceCounts[vote.question - 1]
  if (vote.question < 1 || choices === undefined)
    return 'unknown-question'
  if (!open.includes(vote.question))
    return 'closed'
  if (vote.choice < 0 || vote.choice >= choices)
    return 'unknown-choice'
  return { ...book, [vote.question]: { ...book[vote.question], [vote.device]: vote.choice } }
}

/** How many devices chose each of a question's `choices` choices. */
export function tally(book: VoteBook, question: number, choices: number): number[] {
  const counts = Array.from<number>({ length: choices }).fill(0)
  for (const choice of Object.values<number>(book[question] ?? {})) {
    if (choice >= 0 && choice < choices)
      counts[choice]++
  }
  return counts
}

/**
 * A vote book read back from disk, or a description of what is wrong with it: an object of
 * question numbers, each an object of device ids and whole-number choices.
 */
export function readVoteBook(data: unknown): VoteBook | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'it is not an object of questions'
  const book: VoteBook = {}
  for (const [question, devices] of Object.entries(data)) {
    if (!/^[1-9]\d*$/.test(question))
      return `"${question}" is not a question number`
    if (typeof devices !== 'object' || devices === null || Array.isArray(devices))
      return `question ${question} is not an object of devices`
    for (const [device, choice] of Object.entries(devices)) {
      if (!DEVICE_ID.test(device) || !Number.isInteger(choice))
        return `question ${question} has a vote that is not a device id and a whole number`
    }
    book[Number(question)] = { ...devices } as Record<string, number>
  }
  return book
}

/** A token bucket: up to `capacity` votes at once, refilled at `perSecond`. */
export interface Bucket {
  tokens: number
  /** When it was last refilled, in ms. */
  at: number
}

export const VOTE_RATE = { capacity: 5, perSecond: 2 }

/** Whether one more vote may pass at `now`, and the bucket after it. */
export function takeToken(bucket: Bucket | undefined, now: number, rate = VOTE_RATE): { allowed: boolean, bucket: Bucket } {
  const refilled = bucket
    ? Math.min(rate.capacity, bucket.tokens + (now - bucket.at) / 1000 * rate.perSecond)
    : rate.capacity
  return refilled >= 1
    ? { allowed: true, bucket: { tokens: refilled - 1, at: now } }
    : { allowed: false, bucket: { tokens: refilled, at: now } }
}

/** What the deck's pages are sent: the voting address, its QR code, and every question's counts. */
export interface LiveSnapshot {
  voteUrl: string
  /** The QR code of `voteUrl`, an SVG drawn by the server. */
  qrSvg: string
  counts: Record<number, number[]>
  shown: number[]
  open: number[]
}
