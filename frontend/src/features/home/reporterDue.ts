import type { DueReport } from '@/features/mytasks/useDueReports'

export interface DueSummary {
  /** open assignments with a report due now */
  due: number
  /** of those: no report started, a draft, returned for changes, filed (submitted or approved) */
  notStarted: number
  draft: number
  returned: number
  filed: number
  /** the earliest deadline among the reports still to file, if any */
  nextDeadline: string | null
}

/** What a reporter's unit owes this period, from the due report of each open assignment. */
export function summariseDue(due: Iterable<DueReport>): DueSummary {
  const s: DueSummary = { due: 0, notStarted: 0, draft: 0, returned: 0, filed: 0, nextDeadline: null }
  for (const d of due) {
    s.due++
    if (!d.state) s.notStarted++
    else if (d.state === 'DRAFT') s.draft++
    else if (d.state === 'RETURNED') s.returned++
    else s.filed++
    const open = d.state !== 'SUBMITTED' && d.state !== 'APPROVED'
    if (open && (s.nextDeadline === null || d.deadline < s.nextDeadline)) s.nextDeadline = d.deadline
  }
  return s
}
