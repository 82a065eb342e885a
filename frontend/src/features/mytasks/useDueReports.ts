import { watch, type Ref } from 'vue'
import type { AssignmentView, PlanView, ReportState } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { getPlan } from '@/features/plan/api'
import { listAllReports } from '@/features/reporting/api'
import { duePeriod, localDay, owedPeriods } from '@/features/reporting/reporting'

export interface DueReport {
  period: string
  deadline: string
  /** the state of the period's newest report, if one was started */
  state?: ReportState
}

/**
 * What each listed assignment has to report now: the period due (from its plan's cadence and
 * deadline) and how far its report for that period has got.
 */
export function useDueReports(items: Ref<readonly AssignmentView[] | undefined>) {
  const plans = new Map<number, PlanView>()
  const state = useAsync(async (): Promise<Map<number, DueReport>> => {
    const list = (items.value ?? []).filter((a) => a.status !== 'COMPLETED')
    const out = new Map<number, DueReport>()
    if (list.length === 0) return out
    const missing = [...new Set(list.map((a) => a.planId))].filter((id) => !plans.has(id))
    for (const p of await Promise.all(missing.map(getPlan))) plans.set(p.id, p)
    const today = localDay(new Date())
    for (const a of list) {
      const plan = plans.get(a.planId)
      if (!plan) continue
      const due = duePeriod(owedPeriods(plan.reportCadence, plan.reportDeadlineDays, localDay(a.createdAt), a.dueDate), today)
      if (due) out.set(a.id, { period: due.period, deadline: due.deadline })
    }
    // the reporter's unit's reports for those periods (the server answers only their unit's)
    const periods = [...new Set([...out.values()].map((d) => d.period))]
    const reports = (await Promise.all(periods.map((period) => listAllReports({ period })))).flat()
    reports.sort((x, y) => x.updatedAt.localeCompare(y.updatedAt))
    for (const r of reports) {
      const d = out.get(r.assignmentId)
      if (d && d.period === r.period) d.state = r.state
    }
    return out
  })
  watch(items, state.run, { immediate: true })
  return state
}
