import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryString } from '@/shared/query'
import { search } from './api'
import { groupOf, groupsOf, isSearchable, normalizeQuery } from './search'

/** Hits per group on the overview, per page when one group is shown. */
export const OVERVIEW_LIMIT = 8
export const PAGE_LIMIT = 20
/** The server's largest offset. */
const MAX_OFFSET = 1000

/** The results page: the text (q), the group (type) and the page live in the URL. */
export function useSearchPage() {
  const url = useUrlQuery()
  const q = computed(() => normalizeQuery(queryString(url.query.value, 'q') ?? ''))
  const searchable = computed(() => isSearchable(q.value))
  const group = computed(() => groupOf(queryString(url.query.value, 'type')))
  const offset = computed(() => Math.min(MAX_OFFSET, (url.page.value - 1) * PAGE_LIMIT))
  const state = useAsync(() =>
    search(
      group.value
        ? { q: q.value, type: group.value.api, limit: PAGE_LIMIT, offset: offset.value }
        : { q: q.value, limit: OVERVIEW_LIMIT },
    ),
  )
  watch(
    [q, group, offset],
    () => {
      if (searchable.value) state.run()
    },
    { immediate: true },
  )
  const groups = computed(() => (searchable.value ? groupsOf(state.data.value) : []))

  return {
    q,
    searchable,
    group,
    page: url.page,
    state,
    groups,
    empty: computed(() => groups.value.every((g) => g.items.length === 0)),
    /** a new text starts over on the overview (or stays in the group being read) */
    submit: (text: string) => url.update({ q: normalizeQuery(text) }),
    showGroup: (key: string | undefined) => url.update({ type: key }),
    setPage: url.setPage,
  }
}
