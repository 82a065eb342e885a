import { computed, watch } from 'vue'
import type { AttainmentSummary, MetricKind, MetricView, PlanView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAllTasks, listPlans } from '@/features/plan/api'
import { queryInt, queryString } from '@/shared/query'
import { getAttainmentSummary, getMetric, listMetrics } from './api'
import { METRIC_KINDS } from './metricFormat'

export const DEFAULT_YEAR = 2024

/** The plans to pick from, and the default one: the plan of the first metric (so a fresh plan without metrics is not the default). */
async function loadPlans(): Promise<{ plans: PlanView[]; defaultPlanId: number | undefined }> {
  const [plans, first] = await Promise.all([listPlans({ page: 1, size: 200 }), listMetrics({ page: 1, size: 1 })])
  return { plans: plans.items, defaultPlanId: first.items[0]?.planId ?? plans.items[0]?.id }
}

/**
 * The metrics of a plan with their province-wide attainment for a year. Plan, year, kind, search
 * text and page live in the URL; without a plan the default plan is shown, without a year the plan's.
 */
export function useMetricList() {
  const url = useUrlQuery()
  const plans = useAsync(loadPlans)
  plans.run()

  const planId = computed(() => queryInt(url.query.value, 'planId') ?? plans.data.value?.defaultPlanId)
  const plan = computed(() => plans.data.value?.plans.find((p) => p.id === planId.value))
  const year = computed(() => queryInt(url.query.value, 'year') ?? plan.value?.year ?? DEFAULT_YEAR)
  const kind = computed(() => {
    const v = queryString(url.query.value, 'kind')
    return (METRIC_KINDS as readonly string[]).includes(v ?? '') ? (v as MetricKind) : undefined
  })
  const q = computed(() => queryString(url.query.value, 'q'))

  const state = useAsync(async () => {
    const id = planId.value
    if (id === undefined) return null
    const [page, summary, tasks] = await Promise.all([
      listMetrics({ planId: id, kind: kind.value, q: q.value, page: url.page.value, size: url.size.value, sort: 'code' }),
      getAttainmentSummary(id, year.value),
      listAllTasks(id),
    ])
    // names of the metrics comparisons are measured against (usually on the same page)
    const names = new Map<number, MetricView>(page.items.map((m) => [m.id, m]))
    const missing = [...new Set(page.items.map((m) => m.compareMetricId).filter((x): x is number => x !== null && !names.has(x)))]
    for (const m of await Promise.all(missing.map((x) => getMetric(x)))) names.set(m.id, m)
    return {
      page,
      summary: new Map<number, AttainmentSummary>(summary.map((s) => [s.metricId ?? -1, s])),
      taskNumbers: new Map<number, string>(tasks.map((tk) => [tk.id, tk.number])),
      metrics: names,
    }
  })
  watch([planId, year, kind, q, url.page, url.size], state.run, { immediate: true })

  return {
    plans,
    state,
    planId,
    plan,
    year,
    kind,
    q,
    page: url.page,
    size: url.size,
    update: url.update,
    setPage: url.setPage,
    setSize: url.setSize,
  }
}

/** Years offered by the pickers: a few around the plan's year and this year. */
export function yearOptions(planYear: number | undefined, now = new Date()): number[] {
  const from = Math.min(planYear ?? DEFAULT_YEAR, now.getFullYear()) - 2
  const to = Math.max(planYear ?? DEFAULT_YEAR, now.getFullYear()) + 1
  return Array.from({ length: to - from + 1 }, (_, i) => to - i)
}
