import { watch, type Ref } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { getPlan, getTask, listAssignments } from './api'

/** One task with its plan (for the breadcrumb). */
export function useTaskDetail(taskId: Ref<number>) {
  const state = useAsync(async () => {
    const task = await getTask(taskId.value)
    const plan = await getPlan(task.planId)
    return { task, plan }
  })
  watch(taskId, state.run, { immediate: true })
  return state
}

/** The task's assignments, one page at a time; the page lives in the URL. */
export function useTaskAssignments(taskId: Ref<number>) {
  const url = useUrlQuery()
  const state = useAsync(() => listAssignments({ taskId: taskId.value, page: url.page.value, size: url.size.value }))
  watch([taskId, url.page, url.size], state.run, { immediate: true })
  return { ...state, page: url.page, size: url.size, setPage: url.setPage, setSize: url.setSize }
}
