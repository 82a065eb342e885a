import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { mergeQuery, pageFromQuery, queryInt } from '@/shared/query'

/** Filters and pagination that live in the URL query of the current route. */
export function useUrlQuery() {
  const route = useRoute()
  const router = useRouter()
  const paging = computed(() => pageFromQuery(route.query))

  function update(changes: Record<string, string | number | undefined | null>) {
    return router.replace({ query: mergeQuery(route.query, changes) })
  }

  /** The id of a detail (a drawer) open over the list, kept in the URL under `key`; opening or closing it keeps the list's page. */
  function detail(key: string) {
    return {
      id: computed(() => queryInt(route.query, key)),
      open: (id: number) => update({ [key]: id, page: paging.value.page }),
      close: () => update({ [key]: undefined, page: paging.value.page }),
    }
  }

  return {
    query: computed(() => route.query),
    page: computed(() => paging.value.page),
    size: computed(() => paging.value.size),
    update,
    setPage: (page: number) => update({ page }),
    setSize: (size: number) => update({ size, page: 1 }),
    detail,
  }
}
