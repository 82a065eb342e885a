import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useAsync } from '@/composables/useAsync'
import { useAutoRefresh } from '@/composables/useAutoRefresh'
import { queryInt } from '@/shared/query'
import { listAssignments } from './api'
import { useDashboard } from './useDashboard'
import { OVERDUE_ROWS, refreshSeconds } from './wallScreen'

/**
 * The wall screen (big screen): the dashboard's data (plan, section and period from the URL, as on the
 * dashboard) plus the earliest-due red assignments, refreshed every `?refresh=` seconds (60 by default)
 * while the page is visible. A failed refresh keeps the figures on screen and sets `failed`;
 * `updatedAt` is when the figures on screen arrived.
 */
export function useBigScreen() {
  const route = useRoute()
  const dash = useDashboard()
  const overdue = useAsync(async () =>
    dash.planId.value === undefined
      ? null
      : listAssignments({ planId: dash.planId.value, sectionId: dash.sectionId.value, colour: 'RED', sort: 'dueDate', page: 1, size: OVERDUE_ROWS }),
  )
  watch([dash.planId, dash.sectionId], overdue.run, { immediate: true })

  const seconds = computed(() => refreshSeconds(queryInt(route.query, 'refresh')))
  const { paused } = useAutoRefresh(() => Promise.all([dash.refresh(), overdue.run()]), seconds)

  const updatedAt = shallowRef<Date | null>(null)
  watch(dash.dashboard.data, (d) => {
    if (d) updatedAt.value = new Date()
  })
  const failed = computed(() => [dash.dashboard, dash.scorecard, dash.matrix, overdue].some((s) => !!s.error.value))

  const now = ref(new Date())
  const clock = setInterval(() => (now.value = new Date()), 1000)
  onScopeDispose(() => clearInterval(clock))

  return { ...dash, overdue, seconds, paused, updatedAt, failed, now }
}
