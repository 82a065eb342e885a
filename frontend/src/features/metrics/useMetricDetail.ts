import { computed, watch, type Ref } from 'vue'
import type { MetricView, PlanView, TaskView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { getPlan, getTask } from '@/features/plan/api'
import { queryInt, queryString } from '@/shared/query'
import { getAttainment, getMetric, getSeries } from './api'
import { attainmentPeriods } from './metricFormat'
import { DEFAULT_YEAR } from './useMetricList'

export type DetailTab = 'overview' | 'entry'

interface Head {
  metric: MetricView
  plan: PlanView | null
  task: TaskView | null
  reference: MetricView | null
}

async function loadHead(id: number): Promise<Head> {
  const metric = await getMetric(id)
  const [plan, task, reference] = await Promise.all([
    getPlan(metric.planId).catch(() => null),
    metric.taskId !== null ? getTask(metric.taskId).catch(() => null) : null,
    metric.compareMetricId !== null ? getMetric(metric.compareMetricId).catch(() => null) : null,
  ])
  return { metric, plan, task, reference }
}

/**
 * One metric: its definition, its series over a year and its attainment for a period, drilled down
 * to the units under `parentId`. Year, period, parentId and the tab live in the URL.
 */
export function useMetricDetail(metricId: Ref<number>) {
  const url = useUrlQuery()
  const head = useAsync(() => loadHead(metricId.value))
  watch(metricId, head.run, { immediate: true })

  const metric = computed(() => head.data.value?.metric)
  const year = computed(() => queryInt(url.query.value, 'year') ?? head.data.value?.plan?.year ?? DEFAULT_YEAR)
  const periods = computed(() => (metric.value ? attainmentPeriods(metric.value.granularity, year.value) : [String(year.value)]))
  const period = computed(() => {
    const v = queryString(url.query.value, 'period')
    return v && periods.value.includes(v) ? v : String(year.value)
  })
  const parentId = computed(() => queryInt(url.query.value, 'parentId'))
  const tab = computed<DetailTab>(() => (queryString(url.query.value, 'tab') === 'entry' ? 'entry' : 'overview'))

  const attainment = useAsync(() => getAttainment(metricId.value, period.value, parentId.value))
  const series = useAsync(() => getSeries(metricId.value, year.value, parentId.value))
  const ready = computed(() => metric.value?.id === metricId.value)
  watch(
    [ready, period, parentId],
    () => {
      if (ready.value) attainment.run()
    },
    { immediate: true },
  )
  watch(
    [ready, year, parentId],
    () => {
      if (ready.value) series.run()
    },
    { immediate: true },
  )

  function refresh() {
    attainment.run()
    series.run()
  }

  return { head, metric, year, periods, period, parentId, tab, attainment, series, refresh, update: url.update }
}
