import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { queryInt, queryString } from '@/shared/query'
import { getAttainmentMatrix, getDashboard, getScorecard } from './api'
import { asLevel } from './stats'
import { usePlanChoice } from './usePlanChoice'

/** A reporting period as the API takes it: 2024-Q2 or 2024-05. */
const PERIOD = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/

/**
 * The dashboard: the plan's counts (by section, by unit, per reporting period), the scorecard of a
 * level and the prefectures' metric attainment. Plan, section, period and the ranking's level live
 * in the URL; without a period the server takes today's (within the plan's year).
 */
export function useDashboard() {
  const url = useUrlQuery()
  const { plans, planId, plan, sections } = usePlanChoice(url)
  const sectionId = computed(() => queryInt(url.query.value, 'sectionId'))
  const period = computed(() => {
    const v = queryString(url.query.value, 'period')
    return v && PERIOD.test(v) ? v : undefined
  })
  const level = computed(() => asLevel(queryString(url.query.value, 'level')))

  const dashboard = useAsync(async () => (planId.value === undefined ? null : getDashboard({ planId: planId.value, sectionId: sectionId.value, period: period.value })))
  const scorecard = useAsync(async () => (planId.value === undefined ? null : getScorecard(planId.value, level.value)))
  // the whole year: the metrics' granularities differ, and the year is what every one of them has
  const matrix = useAsync(async () => (planId.value === undefined ? null : getAttainmentMatrix({ planId: planId.value, type: 'PREFECTURE' })))

  watch([planId, sectionId, period], dashboard.run, { immediate: true })
  watch([planId, level], scorecard.run, { immediate: true })
  watch(planId, matrix.run, { immediate: true })

  function refresh(): Promise<unknown> {
    return Promise.all([dashboard.run(), scorecard.run(), matrix.run()])
  }

  return { plans, planId, plan, sections, sectionId, period, level, dashboard, scorecard, matrix, refresh, update: url.update }
}
