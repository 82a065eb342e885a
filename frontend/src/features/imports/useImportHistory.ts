import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryInt } from '@/shared/query'
import { listImports } from './api'

/**
 * The import jobs, newest first (supervisors and administrators see everyone's, others their own).
 * The page and the job whose details are open (`job`) live in the URL.
 */
export function useImportHistory() {
  const url = useUrlQuery()
  const state = useAsync(() => listImports({ page: url.page.value, size: url.size.value }))
  watch([url.page, url.size], state.run, { immediate: true })

  const openJobId = computed(() => queryInt(url.query.value, 'job'))
  const open = (id: number) => url.update({ job: id, page: url.page.value })
  const close = () => url.update({ job: undefined, page: url.page.value })

  return { state, page: url.page, size: url.size, setPage: url.setPage, setSize: url.setSize, openJobId, open, close }
}
