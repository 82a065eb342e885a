import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryString } from '@/shared/query'
import { listUrges } from './api'
import { sortUrges } from './reporting'

/** A reporter's inbox: their unit's urges (the server answers only those), open ones first; filter and page in the URL. */
export function useInbox() {
  const url = useUrlQuery()
  const onlyOpen = computed(() => queryString(url.query.value, 'open') === 'true')
  const state = useAsync(async () => {
    const page = await listUrges({ open: onlyOpen.value || undefined, page: url.page.value, size: url.size.value })
    return { ...page, items: sortUrges(page.items) }
  })
  watch([onlyOpen, url.page, url.size], state.run, { immediate: true })
  return { state, onlyOpen, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
