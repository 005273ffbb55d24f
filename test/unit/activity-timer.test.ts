// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import ActivityTimer from '../../components/ActivityTimer.vue'
import { resetActivity, toggleActivity } from '../../composables/useActivityTimer'

// Slidev's client, as a discussion slide on screen sees it: its context stood in for, its
// `createSyncState` the real one (as in a built site: no server, windows in step by a channel).
const slidev = vi.hoisted(() => ({ configs: { title: 'test deck' } }) as {
  configs: { lang?: string, title?: string }
  page: { value: number }
  clicks: { value: number }
  renderContext: { value: string }
  isPrintMode: { value: boolean }
  currentSlideNo: { value: number }
})
vi.mock('@slidev/client', async () => ({
  get configs() { return slidev.configs },
  createSyncState: (await import('@slidev/client/state/syncState.ts')).createSyncState,
  useSlideContext: () => ({ $page: slidev.page, $clicks: slidev.clicks, $renderContext: slidev.renderContext }),
  useNav: () => ({ isPrintMode: slidev.isPrintMode, currentSlideNo: slidev.currentSlideNo }),
}))

const SLIDE = 15

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-27T09:00:00Z') })
  resetActivity(SLIDE)
  Object.assign(slidev, {
    configs: { title: 'test deck' },
    page: ref(SLIDE),
    clicks: ref(0),
    renderContext: ref('slide'),
    isPrintMode: ref(false),
    currentSlideNo: ref(SLIDE),
  })
})

afterEach(() => {
  vi.useRealTimers()
})

function mountTimer(minutes = 5) {
  return mount(ActivityTimer, { props: { minutes }, slots: { default: '<p>in groups</p>' } })
}

/** What the room reads: the time and the line under it. */
function reading(wrapper: ReturnType<typeof mountTimer>): string {
  return wrapper.findAll('[role="timer"] p').map(line => line.text()).join(' ')
}

async function click(clicks: number) {
  slidev.clicks.value = clicks
  await nextTick()
}

async function wait(ms: number) {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

describe('activityTimer', () => {
  it('shows the activity\'s length until the slide\'s click, as a named timer', async () => {
    const timer = mountTimer()
    await wait(10_000)
    expect(reading(timer)).toBe('5 min')
    expect(timer.get('[role="timer"]').attributes('aria-label')).toBe('Discussion timer')
    expect(timer.text()).toContain('in groups')
  })

  it('starts on the click and counts down each second', async () => {
    const timer = mountTimer()
    await click(1)
    expect(reading(timer)).toBe('5:00 left')
    await wait(61_000)
    expect(reading(timer)).toBe('3:59 left')
  })

  it('draws the time left as a ring: full until the click, emptying as the time runs, empty at the end', async () => {
    const timer = mountTimer()
    /** How much of the ring is drawn, from its dash offset (its path is 100 long). */
    const ring = () => 100 - Number(timer.get('.activity-timer__left').attributes('stroke-dashoffset'))
    expect(ring()).toBe(100)
    await click(1)
    expect(ring()).toBe(100)
    await wait(60_000)
    expect(ring()).toBeCloseTo(80)
    await wait(240_000)
    expect(ring()).toBe(0)
  })

  it('pauses and resumes on the trainer\'s key, holding the time in between', async () => {
    const timer = mountTimer()
    await click(1)
    await wait(61_000)
    toggleActivity(SLIDE)
    await wait(120_000)
    expect(reading(timer)).toBe('3:59 Paused')
    expect(timer.attributes('data-phase')).toBe('paused')
    toggleActivity(SLIDE)
    await wait(60_000)
    expect(reading(timer)).toBe('2:59 left')
  })

  it('resets to the full length, stopped, and starts again on the key', async () => {
    const timer = mountTimer()
    await click(1)
    await wait(90_000)
    resetActivity(SLIDE)
    await wait(1_000)
    expect(reading(timer)).toBe('5 min')
    toggleActivity(SLIDE)
    await wait(1_000)
    expect(reading(timer)).toBe('4:59 left')
  })

  it('says when the time is up, and stays at 0:00', async () => {
    const timer = mountTimer(3)
    await click(1)
    await wait(3 * 60_000)
    expect(reading(timer)).toBe('0:00 Time’s up')
    expect(timer.attributes('data-phase')).toBe('ended')
    await wait(60_000)
    expect(reading(timer)).toBe('0:00 Time’s up')
  })

  it('speaks the Chinese edition\'s words', async () => {
    slidev.configs.lang = 'zh-Hant'
    const timer = mountTimer()
    expect(reading(timer)).toBe('5 分鐘')
    expect(timer.get('[role="timer"]').attributes('aria-label')).toBe('討論計時器')
    await click(1)
    expect(reading(timer)).toBe('5:00 剩餘')
  })

  it('is not started by a preview of the slide, nor by another slide\'s click', async () => {
    slidev.renderContext.value = 'previewNext'
    const preview = mountTimer()
    await click(1)
    expect(reading(preview)).toBe('5 min')
    slidev.renderContext.value = 'slide'
    slidev.currentSlideNo.value = SLIDE - 1
    await click(0)
    await click(1)
    expect(reading(mountTimer())).toBe('5 min')
  })

  it('prints the length only, whatever the clock says', async () => {
    slidev.isPrintMode.value = true
    const timer = mountTimer()
    await click(1)
    toggleActivity(SLIDE)
    await wait(30_000)
    expect(reading(timer)).toBe('5 min')
    expect(timer.attributes('data-phase')).toBe('ready')
  })
})

describe('the countdown shared by the deck\'s windows', () => {
  it('goes to the deck\'s other windows, and comes from them, through Slidev\'s own sync (a channel between windows)', async () => {
    vi.useRealTimers()
    // Another window of the deck, as Slidev's sync sees it: the same channel.
    const otherWindow = new BroadcastChannel('test deck - activity')
    const heard: unknown[] = []
    otherWindow.addEventListener('message', event => heard.push((event as MessageEvent).data))
    const wrapper = mountTimer(5)
    try {
      toggleActivity(SLIDE, 1_000)
      await vi.waitFor(() => expect(heard.at(-1)).toEqual({ clock: { slide: SLIDE, status: 'running', startedAt: 1_000, pausedAt: 0 } }))
      // The trainer pauses it in the other window: this one shows it paused.
      otherWindow.postMessage({ clock: { slide: SLIDE, status: 'paused', startedAt: 1_000, pausedAt: 61_000 } })
      await vi.waitFor(() => expect(reading(wrapper)).toBe('4:00 Paused'))
    }
    finally {
      otherWindow.close()
      wrapper.unmount()
    }
  })
})
