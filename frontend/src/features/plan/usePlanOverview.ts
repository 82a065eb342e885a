import { computed, watch, type Ref } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryString } from '@/shared/query'
import { getPlan, listAllTasks, listSections } from './api'
import { buildSectionTree, countTopLevelTasks, filterSectionTree } from './tree'

/** A plan with its sections and their tasks; the task filter text lives in the URL (`q`). */
export function usePlanOverview(planId: Ref<number>) {
  const url = useUrlQuery()
  const filter = computed(() => queryString(url.query.value, 'q') ?? '')

  const state = useAsync(async () => {
    const id = planId.value
    const [plan, sections, tasks] = await Promise.all([getPlan(id), listSections(id), listAllTasks(id)])
    return { plan, sections, tasks, tree: buildSectionTree(sections, tasks) }
  })
  watch(planId, state.run, { immediate: true })

  const tree = computed(() => filterSectionTree(state.data.value?.tree ?? [], filter.value))
  const taskCount = computed(() => countTopLevelTasks(state.data.value?.tree ?? []))

  return { ...state, tree, taskCount, filter, setFilter: (q: string) => url.update({ q }) }
}
