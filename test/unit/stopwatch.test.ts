import { describe, expect, it } from 'vitest'
import { clockReading, elapsedMs, paused, remainingMs, started, STOPPED, toggled } from '../../lib/stopwatch'

describe('a stopwatch', () => {
  it('has run nothing while stopped', () => {
    expect(elapsedMs(STOPPED, 5_000)).toBe(0)
  })

  it('runs from the moment it starts', () => {
    const running = started(STOPPED, 1_000)
    expect(running).toEqual({ status: 'running', startedAt: 1_000, pausedAt: 0 })
    expect(elapsedMs(running, 4_500)).toBe(3_500)
  })

  it('holds still while paused, and carries on from there when started again', () => {
    const held = paused(started(STOPPED, 1_000), 3_000)
    expect(elapsedMs(held, 60_000)).toBe(2_000)
    const again = started(held, 10_000)
    expect(elapsedMs(again, 11_000)).toBe(3_000)
  })

  it('toggles between running and paused, from stopped to running', () => {
    const running = toggled(STOPPED, 0)
    expect(running.status).toBe('running')
    expect(toggled(running, 1_000).status).toBe('paused')
    expect(toggled(toggled(running, 1_000), 2_000)).toEqual({ status: 'running', startedAt: 1_000, pausedAt: 0 })
  })

  it('leaves a stopped stopwatch stopped when paused, and a running one as it is when started', () => {
    expect(paused(STOPPED, 1_000)).toBe(STOPPED)
    const running = started(STOPPED, 0)
    expect(started(running, 9_000)).toBe(running)
  })

  it('counts down a length, never below zero', () => {
    const running = started(STOPPED, 0)
    expect(remainingMs(running, 300_000, 0)).toBe(300_000)
    expect(remainingMs(running, 300_000, 299_001)).toBe(999)
    expect(remainingMs(running, 300_000, 400_000)).toBe(0)
  })
})

describe('clockReading', () => {
  it('reads m:ss, whole seconds rounded up: the full length at the start, 0:00 only at the end', () => {
    expect([300_000, 299_001, 61_000, 60_000, 9_000, 999, 1, 0, -5].map(clockReading))
      .toEqual(['5:00', '5:00', '1:01', '1:00', '0:09', '0:01', '0:01', '0:00', '0:00'])
  })

  it('reads past an hour in minutes', () => {
    expect(clockReading(75 * 60_000)).toBe('75:00')
  })
})
