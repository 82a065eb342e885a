import { onScopeDispose, ref, watch, type Ref } from 'vue'

/**
 * Calls `refresh` every `seconds` (counted from the end of the previous refresh, so calls never
 * overlap) while the page is visible. A hidden tab pauses it; when the tab shows again, a refresh
 * that fell due meanwhile runs at once. Stops with the component (or effect scope) that started it.
 */
export function useAutoRefresh(refresh: () => Promise<unknown>, seconds: Ref<number>) {
  const paused = ref(document.hidden)
  let last = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running = false
  let stopped = false

  function clear() {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function schedule() {
    clear()
    if (stopped || running || paused.value) return
    timer = setTimeout(tick, Math.max(0, last + seconds.value * 1000 - Date.now()))
  }

  async function tick() {
    timer = undefined
    running = true
    try {
      await refresh()
    } catch {
      // the data composables keep their own error state; the next interval tries again
    } finally {
      running = false
      last = Date.now()
      schedule()
    }
  }

  function onVisibility() {
    paused.value = document.hidden
    schedule()
  }

  document.addEventListener('visibilitychange', onVisibility)
  watch(seconds, schedule)
  schedule()
  onScopeDispose(() => {
    stopped = true
    clear()
    document.removeEventListener('visibilitychange', onVisibility)
  })

  return { paused }
}
