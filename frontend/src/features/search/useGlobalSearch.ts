import { computed, onScopeDispose, ref, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { search } from './api'
import { groupsOf, isSearchable, moveActive, normalizeQuery, type Hit } from './search'

/** Search as you type: debounced, only searchable texts are sent, only the newest answer is kept. */
export function useGlobalSearch(limit: number, delay = 250) {
  const text = ref('')
  const query = computed(() => normalizeQuery(text.value))
  const searchable = computed(() => isSearchable(text.value))
  const state = useAsync(async () => {
    const q = query.value
    return { q, view: await search({ q, limit }) }
  })
  let timer: ReturnType<typeof setTimeout> | undefined

  watch(query, () => {
    clearTimeout(timer)
    if (searchable.value) timer = setTimeout(state.run, delay)
  })
  onScopeDispose(() => clearTimeout(timer))

  // an answer is shown only while it is the answer to what the field says
  const current = computed(() => (searchable.value && state.data.value?.q === query.value ? state.data.value.view : undefined))
  const groups = computed(() => groupsOf(current.value))
  const hits = computed<Hit[]>(() => groups.value.flatMap((g) => g.items))
  /** the hits, then "all results": what the arrow keys move through */
  const optionCount = computed(() => (searchable.value ? hits.value.length + 1 : 0))
  const active = ref(-1)
  watch(hits, () => (active.value = -1))

  return {
    text,
    query,
    searchable,
    loading: computed(() => state.loading.value || (searchable.value && !current.value && !state.error.value)),
    error: state.error,
    groups,
    hits,
    optionCount,
    active,
    move: (step: 1 | -1) => (active.value = moveActive(active.value, step, optionCount.value)),
    retry: state.run,
  }
}
