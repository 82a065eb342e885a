import { computed, watch, type Ref } from 'vue'
import type { AssignmentRole, AssignmentStatus } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAssignments } from '@/features/plan/api'
import { queryString } from '@/shared/query'
import { ROLES, STATUSES } from '@/shared/labels'

/** One unit's assignments; role/status filters, search and the page live in the URL. */
export function useUnitAssignments(unitId: Ref<number | undefined>) {
  const url = useUrlQuery()
  const role = computed(() => {
    const v = queryString(url.query.value, 'role')
    return (ROLES as readonly string[]).includes(v ?? '') ? (v as AssignmentRole) : undefined
  })
  const status = computed(() => {
    const v = queryString(url.query.value, 'status')
    return (STATUSES as readonly string[]).includes(v ?? '') ? (v as AssignmentStatus) : undefined
  })
  const q = computed(() => queryString(url.query.value, 'q'))

  const state = useAsync(async () => {
    if (unitId.value === undefined) return undefined
    return listAssignments({
      unitId: unitId.value,
      role: role.value,
      status: status.value,
      q: q.value,
      page: url.page.value,
      size: url.size.value,
    })
  })

  watch([unitId, role, status, q, url.page, url.size], state.run, { immediate: true })

  return { ...state, role, status, q, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
