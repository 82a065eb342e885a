import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryInt, queryString } from '@/shared/query'
import { listPlans } from './api'

/** The plan list; search text, year and page live in the URL. */
export function usePlanList() {
  const url = useUrlQuery()
  const q = computed(() => queryString(url.query.value, 'q'))
  const year = computed(() => queryInt(url.query.value, 'year'))
  const state = useAsync(() => listPlans({ q: q.value, year: year.value, page: url.page.value, size: url.size.value }))
  watch([q, year, url.page, url.size], state.run, { immediate: true })
  return { ...state, q, year, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
