import { computed, watch } from 'vue'
import type { AssignmentView, PlanView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listPlans } from '@/features/plan/api'
import { queryInt, queryString } from '@/shared/query'
import { getStatusSummary, listPlanAssignments } from './api'
import { COLOUR_REASONS, colourRank } from './reporting'

/** The plan shown by default: the newest one of this year or earlier (tests make plans for 2099). */
export function defaultPlan(plans: readonly PlanView[], year = new Date().getFullYear()): PlanView | undefined {
  return [...plans].filter((p) => p.year <= year).sort((a, b) => b.year - a.year || b.id - a.id)[0] ?? plans[0]
}

/** Red or yellow assignments (or only one colour, or one reason), worst and earliest due first. */
export function lagging(items: readonly AssignmentView[], colour?: string, reason?: string): AssignmentView[] {
  return items
    .filter((a) => (colour ? a.colour === colour : a.colour === 'RED' || a.colour === 'YELLOW'))
    .filter((a) => !reason || a.colourReason === reason)
    .sort((a, b) => colourRank(a.colour) - colourRank(b.colour) || a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
}

/**
 * 逾期督办: a plan's red and yellow assignments with the reason, for urging. The assignment list has
 * no colour filter, so the plan's assignments are fetched and filtered here; plan, colour, reason
 * and page live in the URL.
 */
export function useOverdue() {
  const url = useUrlQuery()
  const plans = useAsync(async () => (await listPlans({ page: 1, size: 200 })).items)
  plans.run()
  const planId = computed(() => queryInt(url.query.value, 'planId') ?? defaultPlan(plans.data.value ?? [])?.id)
  const colour = computed(() => {
    const v = queryString(url.query.value, 'colour')
    return v === 'RED' || v === 'YELLOW' ? v : undefined
  })
  const reason = computed(() => {
    const v = queryString(url.query.value, 'reason')
    return (COLOUR_REASONS as readonly string[]).includes(v ?? '') ? v : undefined
  })
  const state = useAsync(async () => {
    const id = planId.value
    if (id === undefined) return null
    const [all, summary] = await Promise.all([listPlanAssignments(id), getStatusSummary(id)])
    return { all, summary }
  })
  watch(planId, state.run, { immediate: true })

  const rows = computed(() => lagging(state.data.value?.all ?? [], colour.value, reason.value))
  const pageRows = computed(() => rows.value.slice((url.page.value - 1) * url.size.value, url.page.value * url.size.value))

  return { plans, state, planId, colour, reason, rows, pageRows, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
