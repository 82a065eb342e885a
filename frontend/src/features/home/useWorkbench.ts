import { computed, watch } from 'vue'
import type { AssignmentView, AttainmentSummary, ExtensionView, MetricView, Page, ReportView, UrgeView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAllMetrics, getAttainmentSummary } from '@/features/metrics/api'
import { listReports, listUrges } from '@/features/reporting/api'
import { listExtensions } from '@/features/reporting/extensionsApi'
import { listAssignments } from '@/features/stats/api'
import { usePlanChoice } from '@/features/stats/usePlanChoice'

/** How many items each attention card lists; its count is the total. */
export const CARD_ITEMS = 5

export interface OffTargetMetric {
  metric: MetricView
  summary: AttainmentSummary
}

/** The metrics of a plan whose headline figure misses the target, in code order. */
export function offTarget(metrics: readonly MetricView[], summaries: readonly AttainmentSummary[]): OffTargetMetric[] {
  const byId = new Map(metrics.map((m) => [m.id, m]))
  return summaries
    .filter((s) => s.status === 'NOT_MET' && s.metricId !== undefined && byId.has(s.metricId))
    .map((s) => ({ metric: byId.get(s.metricId!)!, summary: s }))
    .sort((a, b) => a.metric.code.localeCompare(b.metric.code))
}

/**
 * The supervisor's workbench (今日工作台): what needs attention today in one plan — red assignments,
 * reports awaiting review, urges not yet answered, extension requests to decide and metrics off
 * target. The plan lives in the URL; every card loads on its own, so one slow list never hides the others.
 */
export function useWorkbench() {
  const url = useUrlQuery()
  const choice = usePlanChoice(url)
  const planId = choice.planId
  const top = { page: 1, size: CARD_ITEMS }

  const overdue = useAsync(async (): Promise<Page<AssignmentView> | null> =>
    planId.value === undefined ? null : listAssignments({ planId: planId.value, colour: 'RED', sort: 'dueDate', ...top }),
  )
  const review = useAsync(async (): Promise<Page<ReportView> | null> =>
    planId.value === undefined ? null : listReports({ planId: planId.value, state: 'SUBMITTED', sort: 'submittedAt', ...top }),
  )
  // urges and extension requests are not filtered by plan on the server: the supervisor sees all open ones
  const urges = useAsync((): Promise<Page<UrgeView>> => listUrges({ open: true, ...top }))
  const extensions = useAsync((): Promise<Page<ExtensionView>> => listExtensions({ state: 'PENDING', ...top }))
  const metrics = useAsync(async (): Promise<OffTargetMetric[] | null> => {
    const plan = choice.plan.value
    if (!plan) return null
    const [all, summaries] = await Promise.all([listAllMetrics(plan.id), getAttainmentSummary(plan.id, plan.year)])
    return offTarget(all, summaries)
  })

  watch(planId, () => Promise.all([overdue.run(), review.run()]), { immediate: true })
  watch(() => choice.plan.value?.id, metrics.run, { immediate: true })
  urges.run()
  extensions.run()

  const refresh = () => Promise.all([overdue.run(), review.run(), urges.run(), extensions.run(), metrics.run()])
  const loading = computed(() => [overdue, review, urges, extensions, metrics].some((s) => s.loading.value))

  return { ...choice, overdue, review, urges, extensions, metrics, refresh, loading, update: url.update }
}
