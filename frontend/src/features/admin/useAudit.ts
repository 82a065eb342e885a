import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryInt, queryString } from '@/shared/query'
import { listAuditEvents } from './api'

/** The audit log; actor, action, object type/id, time range (ISO instants) and the page live in the URL. */
export function useAudit() {
  const url = useUrlQuery()
  const filters = computed(() => ({
    actor: queryString(url.query.value, 'actor'),
    action: queryString(url.query.value, 'action'),
    entityType: queryString(url.query.value, 'entityType'),
    entityId: queryInt(url.query.value, 'entityId'),
    from: queryString(url.query.value, 'from'),
    to: queryString(url.query.value, 'to'),
  }))
  const state = useAsync(() => listAuditEvents({ ...filters.value, page: url.page.value, size: url.size.value }))
  watch([filters, url.page, url.size], state.run, { immediate: true, deep: true })
  return { ...state, filters, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
