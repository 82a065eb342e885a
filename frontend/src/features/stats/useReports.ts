import { computed, watch, type Ref } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { attainmentPeriods } from '@/features/metrics/metricFormat'
import { queryInt, queryString } from '@/shared/query'
import { useSessionStore } from '@/stores/session'
import { getAttainmentMatrix, getChecklist, getScorecard, listAssignments } from './api'
import { asLevel, assignmentFilterFromQuery } from './stats'

export type ReportsTab = 'scorecard' | 'checklist' | 'attainment' | 'tasks'
export const REPORT_TABS: readonly ReportsTab[] = ['scorecard', 'checklist', 'attainment', 'tasks']

export function asReportsTab(v: string | undefined): ReportsTab {
  return (REPORT_TABS as readonly string[]).includes(v ?? '') ? (v as ReportsTab) : 'scorecard'
}

/** 综合评分排名 of one level (`level` in the URL). */
export function useScorecardTab(planId: Ref<number | undefined>) {
  const url = useUrlQuery()
  const level = computed(() => asLevel(queryString(url.query.value, 'level')))
  const state = useAsync(async () => (planId.value === undefined ? null : getScorecard(planId.value, level.value)))
  watch([planId, level], state.run, { immediate: true })
  return { level, state, update: url.update }
}

/**
 * One unit's 对照检查清单 (`unitId` in the URL). A reporter's is always their own unit's: the
 * picker is fixed to it (the server refuses any other with 403).
 */
export function useChecklistTab(planId: Ref<number | undefined>) {
  const url = useUrlQuery()
  const session = useSessionStore()
  const ownUnitOnly = computed(() => session.hasAnyRole(['REPORTER']) && !session.hasAnyRole(['SUPERVISOR', 'VIEWER', 'ADMIN']))
  const unitId = computed(() => (ownUnitOnly.value ? (session.me?.unitId ?? undefined) : queryInt(url.query.value, 'unitId')))
  const state = useAsync(async () => (planId.value === undefined || unitId.value === undefined ? null : getChecklist(planId.value, unitId.value)))
  watch([planId, unitId], state.run, { immediate: true })
  return { ownUnitOnly, unitId, state, update: url.update }
}

/** Metrics × units of a level for a period (`level`, `period` in the URL; the year by default). */
export function useAttainmentTab(planId: Ref<number | undefined>, year: Ref<number | undefined>) {
  const url = useUrlQuery()
  const level = computed(() => asLevel(queryString(url.query.value, 'level')))
  const periods = computed(() => (year.value ? attainmentPeriods('QUARTER', year.value) : []))
  const period = computed(() => {
    const v = queryString(url.query.value, 'period')
    return v && periods.value.includes(v) ? v : periods.value[0]
  })
  const state = useAsync(async () => (planId.value === undefined ? null : getAttainmentMatrix({ planId: planId.value, type: level.value, period: period.value })))
  watch([planId, level, period], state.run, { immediate: true })
  return { level, periods, period, state, update: url.update }
}

/** The task-list export's filters (as the assignment list's, in the URL) and how many rows match. */
export function useTaskExportTab(planId: Ref<number | undefined>) {
  const url = useUrlQuery()
  const filter = computed(() => assignmentFilterFromQuery(url.query.value, planId.value))
  const count = useAsync(async () => {
    const f = filter.value
    return f.planId === undefined ? null : (await listAssignments({ ...f, page: 1, size: 1 })).total
  })
  watch(() => JSON.stringify(filter.value), count.run, { immediate: true })
  return { filter, count, update: url.update }
}
