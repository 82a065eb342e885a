import { watch, type Ref } from 'vue'
import { isApiProblem } from '@/api/client'
import type { UrgeView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { listAuditEvents } from '@/features/admin/api'
import { listAssignments } from '@/features/plan/api'
import { ACCESS } from '@/router/access'
import { useSessionStore } from '@/stores/session'
import { listAllReports, listUrges } from './api'
import { buildTimeline, type ReportEvent, type TimelineEntry } from './reporting'
import { instructionEntries, mergeTimelines } from './coordination'
import { listAllInstructions } from './coordinationApi'

/**
 * A task's history across all its units: reports filed and reviewed, urges issued and answered, in
 * time order, with leaders' instructions and their answers. Those who may read the audit log see every submission and review of a report (a
 * report returned and resubmitted keeps only its latest review); others see the latest ones.
 */
export function useTaskTimeline(taskId: Ref<number>) {
  const session = useSessionStore()
  const state = useAsync(async (): Promise<TimelineEntry[]> => {
    const [reports, assignments] = await Promise.all([
      listAllReports({ taskId: taskId.value }),
      listAssignments({ taskId: taskId.value, page: 1, size: 200 }),
    ])
    // urges are listed per assignment (there is no task filter); a task has a handful of units
    const urges: UrgeView[] = []
    try {
      const pages = await Promise.all(assignments.items.map((a) => listUrges({ assignmentId: a.id, page: 1, size: 200 })))
      for (const p of pages) urges.push(...p.items)
    } catch (e) {
      if (!isApiProblem(e) || e.status !== 403) throw e
    }
    let history: Map<number, ReportEvent[]> | undefined
    if (session.hasAnyRole(ACCESS.audit)) {
      const pages = await Promise.all(
        reports.map((r) => listAuditEvents({ entityType: 'progress-report', entityId: r.id, page: 1, size: 200 })),
      )
      history = new Map(reports.map((r, i) => [r.id, pages[i].items]))
    }
    let instructions: TimelineEntry[] = []
    try {
      instructions = instructionEntries(await listAllInstructions({ taskId: taskId.value }))
    } catch (e) {
      if (!isApiProblem(e) || (e.status !== 403 && e.status !== 404)) throw e
    }
    return mergeTimelines(buildTimeline(reports, urges, history), instructions)
  })
  watch(taskId, state.run, { immediate: true })
  return state
}
