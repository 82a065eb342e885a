import { computed, watch } from 'vue'

/**
 * `performance.mark(name)` once, the first time a page's data has arrived and every chart it shows
 * has been drawn (BaseChart's `finished`). `expected` answers null while data is still loading,
 * else the ids of the charts that have something to draw. scripts/bench/render.mjs reads the mark.
 */
export function useRenderedMark(name: string, expected: () => readonly string[] | null) {
  const drawn = new Set<string>()
  const wanted = computed(expected)
  let marked = false
  const stop = watch(wanted, check)

  function check() {
    const ids = wanted.value
    if (marked || !ids || !ids.every((id) => drawn.has(id))) return
    marked = true
    performance.mark(name)
    stop()
  }

  /** Call when the chart `id` has been drawn. */
  return function finished(id: string) {
    drawn.add(id)
    check()
  }
}
