import { ref, shallowRef } from 'vue'

/**
 * Loading / error / data for one async source. Only the newest call's result is kept, so a slow
 * earlier answer never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>) {
  const data = shallowRef<T>()
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  let seq = 0

  async function run(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const result = await load()
      if (mine === seq) data.value = result
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  return { data, loading, error, run }
}
