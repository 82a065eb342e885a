import { computed, watch } from 'vue'
import type { AssignmentStatus } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAssignments } from '@/features/plan/api'
import { STATUSES } from '@/shared/labels'
import { queryString } from '@/shared/query'

/**
 * The signed-in reporter's assignments: the server answers only their unit's, so no unit filter is
 * sent. Status, search text and the page live in the URL.
 */
export function useMyTasks() {
  const url = useUrlQuery()
  const status = computed(() => {
    const v = queryString(url.query.value, 'status')
    return (STATUSES as readonly string[]).includes(v ?? '') ? (v as AssignmentStatus) : undefined
  })
  const q = computed(() => queryString(url.query.value, 'q'))
  const state = useAsync(() =>
    listAssignments({ status: status.value, q: q.value, page: url.page.value, size: url.size.value, sort: 'dueDate,taskNumber' }),
  )
  watch([status, q, url.page, url.size], state.run, { immediate: true })
  return { ...state, status, q, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
