import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAssignments } from './api'
import { assignmentFilterFromQuery, isFiltered } from './stats'
import { usePlanChoice } from './usePlanChoice'

/**
 * The assignments of a plan, filtered by section, unit subtree, traffic light, status and role —
 * where every chart of the dashboard leads. Filters and the page live in the URL.
 */
export function useAssignmentList() {
  const url = useUrlQuery()
  const { plans, planId, plan, sections } = usePlanChoice(url)
  const filter = computed(() => assignmentFilterFromQuery(url.query.value, planId.value))
  const filtered = computed(() => isFiltered(filter.value))

  const state = useAsync(async () => {
    if (planId.value === undefined) return null
    return listAssignments({ ...filter.value, page: url.page.value, size: url.size.value, sort: 'taskNumber' })
  })
  // by value: the filter object is new on every change of the URL, the page's included
  watch([() => JSON.stringify(filter.value), url.page, url.size], state.run, { immediate: true })

  function clear() {
    url.update({ sectionId: undefined, withinUnitId: undefined, colour: undefined, status: undefined, role: undefined })
  }

  return { plans, planId, plan, sections, filter, filtered, state, clear, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
