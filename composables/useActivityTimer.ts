import type { Ref } from 'vue'
import type { ActivityClock, Stopwatch } from '../lib/stopwatch'
import { configs, createSyncState } from '@slidev/client'
import { useTimestamp } from '@vueuse/core'
// The dev server's copy of the countdown, which Slidev keeps in step between windows over its
// connection (vite.config.ts declares it as a `serverRef` state); a built site starts from it.
import serverActivity from 'server-reactive:activity'
import { computed } from 'vue'
import { NO_ACTIVITY, remainingMs, started, STOPPED, toggled } from '../lib/stopwatch'

/**
 * The countdown is a state of its own, shared by Slidev's public `createSyncState` as Slidev
 * shares its own: through the dev server, or between the windows of a built site or the one-file
 * deck (a BroadcastChannel), so that the presenter view and the audience's window show the same
 * time, and a key pressed in either pauses it for both. One discussion runs at a time. It is
 * apart from Slidev's navigation state: writing it never moves a window.
 */
const activity = createSyncState<{ clock: ActivityClock }>(serverActivity, { clock: { ...NO_ACTIVITY.clock } })
activity.init(`${String(configs.title ?? 'deck')} - activity`)

function clockOf(slide: number): Stopwatch {
  return activity.state.clock.slide === slide ? activity.state.clock : STOPPED
}

function setClock(slide: number, watch: Stopwatch): void {
  activity.patch('clock', { slide, status: watch.status, startedAt: watch.startedAt, pausedAt: watch.pausedAt })
}

/** Starts slide `slide`'s countdown, unless it runs already or is paused. */
export function startActivity(slide: number, now = Date.now()): void {
  if (clockOf(slide).status === 'stopped')
    setClock(slide, started(STOPPED, now))
}

/** Pauses slide `slide`'s countdown when it runs; starts or resumes it otherwise. */
export function toggleActivity(slide: number, now = Date.now()): void {
  setClock(slide, toggled(clockOf(slide), now))
}

/** Back to the full length, stopped. */
export function resetActivity(slide: number): void {
  setClock(slide, STOPPED)
}

/** Where a countdown is: `ready` before it starts, `ended` once its time is up. */
export type ActivityPhase = 'ready' | 'running' | 'paused' | 'ended'

/**
 * Slide `slide`'s countdown of `minutes`, read against a clock that ticks four times a second:
 * what is left, in ms, and its phase.
 */
export function useActivityTimer(slide: Ref<number>, minutes: Ref<number>): { remaining: Ref<number>, phase: Ref<ActivityPhase> } {
  const now = useTimestamp({ interval: 250 })
  const clock = computed(() => clockOf(slide.value))
  const remaining = computed(() => remainingMs(clock.value, minutes.value * 60_000, now.value))
  const phase = computed<ActivityPhase>(() => {
    if (clock.value.status === 'stopped')
      return 'ready'
    return remaining.value === 0 ? 'ended' : clock.value.status
  })
  return { remaining, phase }
}
