import { computed, watch } from 'vue'
import type { Role } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { USER_ROLES } from '@/shared/labels'
import { queryString } from '@/shared/query'
import { listUsers } from './api'

/** The account list; search text, role, enabled state and the page live in the URL. */
export function useUsers() {
  const url = useUrlQuery()
  const q = computed(() => queryString(url.query.value, 'q'))
  const role = computed(() => {
    const v = queryString(url.query.value, 'role')
    return (USER_ROLES as readonly string[]).includes(v ?? '') ? (v as Role) : undefined
  })
  const enabled = computed(() => {
    const v = queryString(url.query.value, 'enabled')
    return v === 'true' ? true : v === 'false' ? false : undefined
  })
  const state = useAsync(() => listUsers({ q: q.value, role: role.value, enabled: enabled.value, page: url.page.value, size: url.size.value }))
  watch([q, role, enabled, url.page, url.size], state.run, { immediate: true })
  return { ...state, q, role, enabled, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
