// A stopwatch as plain data, so that it can be shared between windows and tested without a clock:
// Slidev's session timer has this shape (its shared state's `timer`), and so has a discussion
// slide's countdown (composables/useActivityTimer.ts). Every function takes the time as `now`.

export type StopwatchStatus = 'stopped' | 'running' | 'paused'

export interface Stopwatch {
  status: StopwatchStatus
  /** When it started (ms since the epoch), moved on by the length of every pause. */
  startedAt: number
  /** When it was paused (ms since the epoch); meaningful while paused. */
  pausedAt: number
}

export const STOPPED: Stopwatch = { status: 'stopped', startedAt: 0, pausedAt: 0 }

/** The countdown of the discussion on slide `slide` (composables/useActivityTimer.ts). */
export type ActivityClock = Stopwatch & { slide: number }

/**
 * No countdown running: the shared state the deck's windows start from (vite.config.ts declares
 * it to Slidev's dev server as a `serverRef` state).
 */
export const NO_ACTIVITY: { clock: ActivityClock } = { clock: { slide: 0, ...STOPPED } }

/** How long the stopwatch has run by `now`, pauses left out. */
export function elapsedMs(watch: Stopwatch, now: number): number {
  if (watch.status === 'stopped')
    return 0
  return Math.max(0, (watch.status === 'paused' ? watch.pausedAt : now) - watch.startedAt)
}

/** Running from `now`: started from zero when stopped, carried on from where it was when paused. */
export function started(watch: Stopwatch, now: number): Stopwatch {
  if (watch.status === 'running')
    return watch
  return { status: 'running', startedAt: now - elapsedMs(watch, now), pausedAt: 0 }
}

/** Paused at `now`, keeping what has run; a stopped stopwatch stays stopped. */
export function paused(watch: Stopwatch, now: number): Stopwatch {
  return watch.status === 'running' ? { ...watch, status: 'paused', pausedAt: now } : watch
}

/** Paused when running, running otherwise: the one key a trainer presses for both. */
export function toggled(watch: Stopwatch, now: number): Stopwatch {
  return watch.status === 'running' ? paused(watch, now) : started(watch, now)
}

/** What is left of `lengthMs` by `now`; never below zero. */
export function remainingMs(watch: Stopwatch, lengthMs: number, now: number): number {
  return Math.max(0, lengthMs - elapsedMs(watch, now))
}

/**
 * A countdown's reading, "m:ss": whole seconds rounded up, so that it shows the full length at the
 * start and 0:00 only once the time is up.
 */
export function clockReading(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
