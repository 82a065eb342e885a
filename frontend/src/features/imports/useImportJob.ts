import { computed, getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue'
import { isApiProblem } from '@/api/client'
import type { ImportJobView } from '@/api/types'
import { cancelImport, getImport } from './api'
import { POLL_INTERVAL_MS, isFinished } from './imports'

export interface ImportJobOptions {
  /** called once when the tracked job ends (SUCCEEDED, FAILED or CANCELLED) */
  onFinished?: (job: ImportJobView) => void
  fetchJob?: (id: number) => Promise<ImportJobView>
  cancelJob?: (id: number) => Promise<ImportJobView>
  interval?: number
}

/**
 * One import job, looked up again every ~500 ms until it ends. A lookup starts only after the
 * previous answer, so slow answers never pile up; polling stops when the job ends, when another job
 * is tracked, and when the component (the page) goes away. A failed lookup stops polling and is kept
 * in `error`; `resume()` tries again.
 */
export function useImportJob(options: ImportJobOptions = {}) {
  const fetchJob = options.fetchJob ?? getImport
  const cancelJob = options.cancelJob ?? cancelImport
  const interval = options.interval ?? POLL_INTERVAL_MS

  const job = shallowRef<ImportJobView | null>(null)
  const error = shallowRef<unknown>(null)
  const cancelling = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  /** bumped by every track/stop, so an answer for an earlier job is dropped */
  let generation = 0

  const running = computed(() => !!job.value && !isFinished(job.value.state))

  function stop() {
    generation++
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  /** Shows `next`; when it has ended, polling stops and (unless told otherwise) onFinished hears of it. */
  function accept(next: ImportJobView, notify = true) {
    job.value = next
    if (isFinished(next.state)) {
      stop()
      if (notify) options.onFinished?.(next)
    }
  }

  function schedule(mine: number) {
    timer = setTimeout(() => void tick(mine), interval)
  }

  async function tick(mine: number) {
    const id = job.value?.id
    if (id === undefined || mine !== generation) return
    try {
      const next = await fetchJob(id)
      if (mine !== generation) return
      accept(next)
      if (!isFinished(next.state)) schedule(mine)
    } catch (e) {
      if (mine === generation) error.value = e
    }
  }

  function start(next: ImportJobView, notify: boolean) {
    stop()
    error.value = null
    accept(next, notify)
    if (!isFinished(next.state)) schedule(generation)
  }

  /** Shows a job just submitted and polls it until it ends (a replayed, already ended job is reported at once). */
  function track(next: ImportJobView) {
    start(next, true)
  }

  /** Looks a job up by id (a row of the history), then polls it while it runs. */
  async function load(id: number) {
    stop()
    const mine = generation
    error.value = null
    job.value = null
    try {
      const first = await fetchJob(id)
      if (mine === generation) start(first, false)
    } catch (e) {
      if (mine === generation) error.value = e
    }
  }

  /** After a failed lookup: try again now. */
  function resume() {
    if (!job.value) return
    stop()
    error.value = null
    void tick(generation)
  }

  /** Asks the server to stop the job; when it has ended meanwhile (409), the next lookup shows how. */
  async function cancel() {
    const current = job.value
    if (!current || isFinished(current.state)) return
    cancelling.value = true
    try {
      const next = await cancelJob(current.id)
      if (job.value?.id === next.id) accept(next)
    } catch (e) {
      if (!(isApiProblem(e) && e.status === 409)) throw e
    } finally {
      cancelling.value = false
    }
  }

  function reset() {
    stop()
    job.value = null
    error.value = null
  }

  if (getCurrentScope()) onScopeDispose(stop)

  return { job, error, running, cancelling, track, load, resume, cancel, stop, reset }
}
