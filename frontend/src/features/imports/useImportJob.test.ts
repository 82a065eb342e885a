import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { ApiProblem } from '@/api/problem'
import type { ImportJobView } from '@/api/types'
import { job } from './testJob'
import { useImportJob } from './useImportJob'

/** A server whose job goes through the given states, one per lookup (the last one stays). */
function server(states: Partial<ImportJobView>[]) {
  let i = 0
  return vi.fn(async (id: number) => job({ id, ...states[Math.min(i++, states.length - 1)] }))
}

describe('useImportJob', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('looks the job up every 500 ms until it ends, then stops and says so once', async () => {
    const fetchJob = server([{ state: 'VALIDATING', rowsDone: 1, rowsTotal: 2 }, { state: 'VALIDATING', rowsDone: 2, rowsTotal: 2 }, { state: 'SUCCEEDED', rowsTotal: 2 }])
    const onFinished = vi.fn()
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob, onFinished }))!

    tracked.track(job({ id: 7 }))
    expect(tracked.running.value).toBe(true)
    await vi.advanceTimersByTimeAsync(499)
    expect(fetchJob).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(fetchJob).toHaveBeenCalledWith(7)
    expect(tracked.job.value?.rowsDone).toBe(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(tracked.job.value?.state).toBe('SUCCEEDED')
    expect(tracked.running.value).toBe(false)
    expect(onFinished).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetchJob).toHaveBeenCalledTimes(3)
    scope.stop()
  })

  it('stops polling when the page goes away', async () => {
    const fetchJob = server([{ state: 'VALIDATING' }])
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob }))!
    tracked.track(job())
    await vi.advanceTimersByTimeAsync(1000)
    expect(fetchJob).toHaveBeenCalledTimes(2)
    scope.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetchJob).toHaveBeenCalledTimes(2)
  })

  it('waits for an answer before asking again, and drops an answer for a job no longer tracked', async () => {
    let release: (j: ImportJobView) => void = () => undefined
    const fetchJob = vi.fn(() => new Promise<ImportJobView>((r) => (release = r)))
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob }))!
    tracked.track(job({ id: 1 }))
    await vi.advanceTimersByTimeAsync(3000)
    expect(fetchJob).toHaveBeenCalledOnce() // the first lookup has not answered yet

    tracked.track(job({ id: 2, state: 'VALIDATING' }))
    release(job({ id: 1, state: 'SUCCEEDED' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(tracked.job.value?.id).toBe(2)
    expect(tracked.job.value?.state).toBe('VALIDATING')
    scope.stop()
  })

  it('does not poll a job that has already ended (a replayed commit), and reports it at once', async () => {
    const fetchJob = server([{ state: 'SUCCEEDED' }])
    const onFinished = vi.fn()
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob, onFinished }))!
    tracked.track(job({ state: 'SUCCEEDED', dryRun: false }))
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchJob).not.toHaveBeenCalled()
    expect(onFinished).toHaveBeenCalledOnce()
    scope.stop()
  })

  it('opens a job by id without reporting an old ending, and polls it while it runs', async () => {
    const onFinished = vi.fn()
    const scope = effectScope()
    const ended = scope.run(() => useImportJob({ fetchJob: server([{ state: 'FAILED', errorCount: 2 }]), onFinished }))!
    await ended.load(3)
    expect(ended.job.value?.errorCount).toBe(2)
    expect(onFinished).not.toHaveBeenCalled()

    const fetchJob = server([{ state: 'APPLYING' }, { state: 'APPLYING' }, { state: 'SUCCEEDED' }])
    const running = scope.run(() => useImportJob({ fetchJob, onFinished }))!
    await running.load(4)
    await vi.advanceTimersByTimeAsync(1000)
    expect(running.job.value?.state).toBe('SUCCEEDED')
    expect(onFinished).toHaveBeenCalledOnce()
    scope.stop()
  })

  it('keeps a failed lookup and tries again on resume', async () => {
    const fetchJob = vi
      .fn<(id: number) => Promise<ImportJobView>>()
      .mockRejectedValueOnce(new ApiProblem({ status: 0, title: 'Network error' }))
      .mockResolvedValue(job({ state: 'SUCCEEDED' }))
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob }))!
    tracked.track(job())
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchJob).toHaveBeenCalledOnce()
    expect(tracked.error.value).toBeInstanceOf(ApiProblem)
    tracked.resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(tracked.error.value).toBeNull()
    expect(tracked.job.value?.state).toBe('SUCCEEDED')
    scope.stop()
  })

  it('cancels: the answer ends the job; a job that ended meanwhile (409) is left to the next lookup', async () => {
    const cancelJob = vi.fn(async (id: number) => job({ id, state: 'CANCELLED' }))
    const fetchJob = server([{ state: 'VALIDATING' }])
    const scope = effectScope()
    const tracked = scope.run(() => useImportJob({ fetchJob, cancelJob }))!
    tracked.track(job({ id: 5, state: 'VALIDATING' }))
    await tracked.cancel()
    expect(cancelJob).toHaveBeenCalledWith(5)
    expect(tracked.job.value?.state).toBe('CANCELLED')
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchJob).not.toHaveBeenCalled()

    const late = scope.run(() =>
      useImportJob({
        fetchJob: server([{ state: 'SUCCEEDED' }]),
        cancelJob: async () => {
          throw new ApiProblem({ status: 409, title: 'Conflict' })
        },
      }),
    )!
    late.track(job({ state: 'APPLYING' }))
    await expect(late.cancel()).resolves.toBeUndefined()
    await vi.advanceTimersByTimeAsync(500)
    expect(late.job.value?.state).toBe('SUCCEEDED')
    scope.stop()
  })
})
