import type { SharedState } from '@slidev/client'
import type { Ref } from 'vue'
import type { Stopwatch } from '../lib/stopwatch'
import { patch, sharedState } from '@slidev/client/state/shared.ts'
import { useTimestamp } from '@vueuse/core'
import { computed } from 'vue'
import { remainingMs, started, STOPPED, toggled } from '../lib/stopwatch'

/** The countdown of the discussion on slide `slide`. */
type ActivityClock = Stopwatch & { slide: number }

/**
 * The countdown lives in Slidev's shared state, beside the session timer, so that the presenter
 * view and the audience's window show the same time, and a key pressed in either pauses it for
 * both. One discussion runs at a time.
 */
const shared = sharedState as SharedState & { activity?: ActivityClock }

function clockOf(slide: number): Stopwatch {
  return shared.activity?.slide === slide ? shared.activity : STOPPED
}

/**
 * Written through Slidev's `patch`, as Slidev writes the slide and click: any other write to the
 * shared state is replayed to this window's own navigation too, which sends a window that does
 * not record its slide there (every audience window not on localhost: a hosted site, the one-file
 * deck) back to the slide the state last named, slide 1.
 */
function setClock(slide: number, watch: Stopwatch): void {
  const patchShared = patch as (key: string, value: ActivityClock) => void
  patchShared('activity', { slide, status: watch.status, startedAt: watch.startedAt, pausedAt: watch.pausedAt })
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
