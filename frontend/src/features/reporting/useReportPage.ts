import { computed, reactive, ref, watch, type Ref } from 'vue'
import { isApiProblem } from '@/api/client'
import type { AssignmentView, PlanView, ReportView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useServerForm } from '@/composables/useServerForm'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { getPlan } from '@/features/plan/api'
import { queryString } from '@/shared/query'
import {
  createReport,
  deleteReport,
  getAssignment,
  getReport,
  listAllReports,
  removeEvidence,
  submitReport,
  updateReport,
  uploadEvidence,
} from './api'
import {
  defaultPeriod,
  duePeriod,
  localDay,
  owedPeriods,
  periodOptions,
  reportFormProblems,
  withCompleted,
  withProgress,
  type ReportFormModel,
} from './reporting'

export const REPORT_FIELDS = ['period', 'text', 'progress', 'progressReason', 'completed', 'assignmentId', 'file', 'answersInstructionIds'] as const

const emptyForm = (period = '', progress = 0): ReportFormModel => ({ period, text: '', progress, progressReason: '', completed: progress === 100 })

interface Loaded {
  assignment: AssignmentView
  plan: PlanView
  reports: ReportView[]
}

/** Newest period first, then newest change. */
const byRecency = (a: ReportView, b: ReportView) => b.period.localeCompare(a.period) || b.updatedAt.localeCompare(a.updatedAt)

/**
 * A unit's reporting page for one assignment: the assignment with its plan (cadence, deadlines),
 * its report history and the form for one period (`period` in the URL). The form edits the
 * period's open report (DRAFT or RETURNED) when there is one — loaded with its ETag, which every
 * change sends back as If-Match — and creates a new draft otherwise.
 */
export function useReportPage(assignmentId: Ref<number>) {
  const url = useUrlQuery()
  const today = localDay(new Date())

  const state = useAsync(async (): Promise<Loaded> => {
    const assignment = await getAssignment(assignmentId.value)
    const [plan, reports] = await Promise.all([getPlan(assignment.planId), listAllReports({ assignmentId: assignment.id })])
    return { assignment, plan, reports: reports.sort(byRecency) }
  })

  const assignment = computed(() => state.data.value?.assignment)
  const plan = computed(() => state.data.value?.plan)
  const reports = computed(() => state.data.value?.reports ?? [])
  const owed = computed(() => {
    const a = assignment.value
    const p = plan.value
    return a && p ? owedPeriods(p.reportCadence, p.reportDeadlineDays, localDay(a.createdAt), a.dueDate) : []
  })
  const due = computed(() => duePeriod(owed.value, today))
  const options = computed(() => {
    // periods that already have reports stay selectable (e.g. a report filed before the due date moved)
    const list = periodOptions(owed.value, today)
    for (const r of reports.value) if (!list.includes(r.period)) list.push(r.period)
    return list.sort().reverse()
  })
  const period = computed(() => {
    const v = queryString(url.query.value, 'period')
    return v && options.value.includes(v) ? v : defaultPeriod(options.value, due.value)
  })
  /** the period's report still in the works, if any */
  const open = computed(() => reports.value.find((r) => r.period === period.value && r.state !== 'APPROVED'))
  const approved = computed(() => reports.value.find((r) => r.period === period.value && r.state === 'APPROVED'))

  // the report being edited (with its ETag), or null for a new one
  const editing = ref<{ report: ReportView; etag: string } | null>(null)
  const form = reactive<ReportFormModel>(emptyForm())
  const attempted = ref(false)
  const server = useServerForm(REPORT_FIELDS)
  /**
   * Leaders' instructions the report answers (answered when it is submitted). A report does not
   * show its earlier choice, so an update sends the list only once it was changed here (an update
   * with the list replaces the earlier choice).
   */
  const answers = ref<number[]>([])
  const answersTouched = ref(false)
  function setAnswers(ids: number[]) {
    answers.value = ids
    answersTouched.value = true
  }

  /** The form follows the selected period: its open report, or an empty draft at the current progress. */
  async function loadForm() {
    attempted.value = false
    server.clear()
    answers.value = []
    answersTouched.value = false
    const o = open.value
    if (o) {
      const fresh = await getReport(o.id)
      editing.value = { report: fresh.value, etag: fresh.etag }
      Object.assign(form, {
        period: fresh.value.period,
        text: fresh.value.text,
        progress: fresh.value.progress,
        progressReason: fresh.value.progressReason ?? '',
        completed: fresh.value.completed,
      })
    } else {
      editing.value = null
      Object.assign(form, emptyForm(period.value ?? '', assignment.value?.progress ?? 0))
    }
  }
  const formState = useAsync(loadForm)

  async function reload() {
    await state.run()
    await formState.run()
  }
  watch(assignmentId, reload, { immediate: true })
  watch(period, () => {
    if (state.data.value) formState.run()
  })

  const currentProgress = computed(() => assignment.value?.progress ?? 0)
  /** The form can be changed: a new report, or an open one that is DRAFT or RETURNED (not while SUBMITTED). */
  const editable = computed(() => {
    if (assignment.value?.status === 'COMPLETED' && !editing.value) return false
    return !editing.value || editing.value.report.state === 'DRAFT' || editing.value.report.state === 'RETURNED'
  })
  const problems = computed(() => reportFormProblems(form, currentProgress.value))
  const showReason = computed(() => form.progress < currentProgress.value || !!form.progressReason)
  const fieldError = (field: string): string | undefined => {
    if (server.fieldErrors[field]) return server.fieldErrors[field]
    const p = problems.value[field]
    return p && attempted.value ? p : undefined
  }

  function setProgress(v: number) {
    Object.assign(form, withProgress(form, v))
  }
  function setCompleted(v: boolean) {
    Object.assign(form, withCompleted(form, v))
  }

  /** Creates or revises the draft; resolves to false when the form or the server refused. */
  async function persist(): Promise<boolean> {
    attempted.value = true
    if (Object.keys(problems.value).length > 0) return false
    const a = assignment.value
    if (!a) return false
    const body = {
      text: form.text,
      progress: form.progress,
      progressReason: form.progressReason.trim() || undefined,
      completed: form.completed,
      answersInstructionIds: answersTouched.value || (!editing.value && answers.value.length > 0) ? [...answers.value] : undefined,
    }
    let stale = false
    const ok = await server.run(async () => {
      try {
        const saved = editing.value
          ? await updateReport(editing.value.report.id, editing.value.etag, body)
          : await createReport({ ...body, assignmentId: a.id, period: form.period })
        editing.value = { report: saved.value, etag: saved.etag }
        answersTouched.value = false
      } catch (e) {
        if (isApiProblem(e) && (e.status === 412 || e.status === 428)) stale = true
        throw e
      }
    })
    if (stale) await reload()
    return ok
  }

  async function refreshHistory() {
    const a = assignment.value
    if (!a || !state.data.value) return
    const list = (await listAllReports({ assignmentId: a.id })).sort(byRecency)
    state.data.value = { ...state.data.value, reports: list }
  }

  async function saveDraft(): Promise<boolean> {
    const ok = await persist()
    if (ok) await refreshHistory()
    return ok
  }

  async function submit(): Promise<boolean> {
    if (!(await persist()) || !editing.value) return false
    const current = editing.value
    const ok = await server.run(async () => {
      const sent = await submitReport(current.report.id, current.etag)
      editing.value = { report: sent.value, etag: sent.etag }
    })
    if (ok) await reload()
    return ok
  }

  async function removeDraft(): Promise<boolean> {
    const current = editing.value
    if (!current) return false
    const ok = await server.run(() => deleteReport(current.report.id, current.etag))
    if (ok) await reload()
    return ok
  }

  /** Re-reads the edited report (evidence changes its version, so the ETag too). */
  async function refetchEditing() {
    if (!editing.value) return
    const fresh = await getReport(editing.value.report.id)
    editing.value = { report: fresh.value, etag: fresh.etag }
  }

  /** Evidence goes on a saved report: a new report is saved as a draft first. */
  async function upload(file: File, onProgress: (p: number) => void): Promise<void> {
    if (!editing.value && !(await persist())) throw new Error('draft-not-saved')
    const id = editing.value!.report.id
    await uploadEvidence(id, file, onProgress)
    await refetchEditing()
    await refreshHistory()
  }

  async function detach(attachmentId: number): Promise<void> {
    if (!editing.value) return
    await removeEvidence(editing.value.report.id, attachmentId)
    await refetchEditing()
    await refreshHistory()
  }

  return {
    state,
    formState,
    assignment,
    plan,
    reports,
    owed,
    due,
    options,
    period,
    open,
    approved,
    editing,
    form,
    answers,
    setAnswers,
    editable,
    currentProgress,
    showReason,
    fieldError,
    fieldErrors: server.fieldErrors,
    generalErrors: server.generalErrors,
    submitting: server.submitting,
    setProgress,
    setCompleted,
    saveDraft,
    submit,
    removeDraft,
    upload,
    detach,
    reload,
    update: url.update,
  }
}
