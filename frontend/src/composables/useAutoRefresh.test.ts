import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useAutoRefresh } from './useAutoRefresh'

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('useAutoRefresh', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setHidden(false)
  })
  afterEach(() => {
    vi.useRealTimers()
    setHidden(false)
  })

  function start(seconds = 60, refresh = vi.fn(async () => {})) {
    const scope = effectScope()
    const interval = ref(seconds)
    const state = scope.run(() => useAutoRefresh(refresh, interval))!
    return { scope, interval, refresh, state }
  }

  it('refreshes once per interval, the first one an interval after it starts', async () => {
    const { scope, refresh } = start(60)
    await vi.advanceTimersByTimeAsync(59_999)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(refresh).toHaveBeenCalledTimes(2)
    scope.stop()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('counts the interval from the end of a slow refresh, so refreshes never overlap', async () => {
    const refresh = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 30_000)))
    const { scope } = start(10, refresh)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(39_999) // 30 s running + 10 s wait, less 1 ms
    expect(refresh).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('keeps going after a failed refresh', async () => {
    const refresh = vi.fn(async () => {
      throw new Error('offline')
    })
    const { scope } = start(5, refresh)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(refresh).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('pauses while the tab is hidden and catches up at once when it shows again', async () => {
    const { scope, refresh, state } = start(60)
    await vi.advanceTimersByTimeAsync(30_000)
    setHidden(true)
    expect(state.paused.value).toBe(true)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(refresh).not.toHaveBeenCalled()
    setHidden(false)
    expect(state.paused.value).toBe(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('waits only the rest of the interval when the tab shows again before it is due', async () => {
    const { scope, refresh } = start(60)
    setHidden(true)
    await vi.advanceTimersByTimeAsync(20_000)
    setHidden(false)
    await vi.advanceTimersByTimeAsync(39_999)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('takes a new interval at once', async () => {
    const { scope, refresh, interval } = start(60)
    await vi.advanceTimersByTimeAsync(5_000)
    interval.value = 2
    await nextTick()
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1) // 5 s have passed, more than the new 2 s
    await vi.advanceTimersByTimeAsync(2_000)
    expect(refresh).toHaveBeenCalledTimes(2)
    scope.stop()
  })
})
