import { computed, ref, shallowRef } from 'vue'
import type { ImportJobView, ImportKindView, PlanView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listPlans } from '@/features/plan/api'
import { defaultPlan } from '@/features/reporting/useOverdue'
import { queryInt, queryString } from '@/shared/query'
import { useSessionStore } from '@/stores/session'
import { listImportKinds, submitImport } from './api'
import { dryRunPassed, fileProblem, formatOf, isImportKind, kindsForRoles, newIdempotencyKey, type CharsetChoice, type ImportKind } from './imports'
import { useImportJob } from './useImportJob'

export type WizardStep = 0 | 1

/**
 * The import wizard. Step 1: the kind (only those the person's roles may import; `kind` in the URL),
 * the plan for kinds that need one (`planId` in the URL, else the default plan), the charset of a
 * CSV and the file. Step 2: a dry run, polled until it ends; only a dry run without errors lets the
 * same file be committed, with an Idempotency-Key that a retry after a network error reuses.
 */
export function useImportWizard(options: { onJobEvent?: (job: ImportJobView) => void } = {}) {
  const url = useUrlQuery()
  const session = useSessionStore()

  // ——— step 1: what to import ———
  const allowedKinds = computed(() => kindsForRoles(session.me?.roles ?? []))
  const kinds = useAsync(async () => {
    const all = await listImportKinds()
    return allowedKinds.value.map((k) => all.find((v) => v.kind === k)).filter((v): v is ImportKindView => !!v)
  })
  kinds.run()
  const kind = computed<ImportKind | undefined>(() => {
    const available = (kinds.data.value ?? []).map((k) => k.kind)
    const asked = queryString(url.query.value, 'kind')
    if (isImportKind(asked) && available.includes(asked)) return asked
    return available.find(isImportKind)
  })
  const kindView = computed(() => kinds.data.value?.find((k) => k.kind === kind.value))
  const needsPlan = computed(() => kindView.value?.needsPlan ?? false)

  const plans = useAsync(async (): Promise<PlanView[]> => (await listPlans({ page: 1, size: 200 })).items)
  plans.run()
  const planId = computed(() => queryInt(url.query.value, 'planId') ?? defaultPlan(plans.data.value ?? [])?.id)
  const plan = computed(() => plans.data.value?.find((p) => p.id === planId.value))

  const charset = ref<CharsetChoice>('')
  const file = shallowRef<File | null>(null)
  const fileError = computed(() => (file.value ? fileProblem(file.value) : null))
  const isCsv = computed(() => !!file.value && formatOf(file.value.name) === 'csv')

  const ready = computed(() => !!kind.value && (!needsPlan.value || planId.value !== undefined) && !!file.value && !fileError.value)

  /** URL changes keep the history's page (mergeQuery would reset it). */
  function setKind(next: ImportKind) {
    void url.update({ kind: next, page: url.page.value })
  }
  function setPlan(next: number) {
    void url.update({ planId: next, page: url.page.value })
  }
  function setFile(next: File | null) {
    file.value = next
    if (!next || formatOf(next.name) !== 'csv') charset.value = ''
  }

  // ——— step 2: check, then commit ———
  const step = ref<WizardStep>(0)
  const dry = useImportJob({ onFinished: (j) => options.onJobEvent?.(j) })
  const commit = useImportJob({ onFinished: (j) => options.onJobEvent?.(j) })
  /** which request is on its way (the file is being uploaded) */
  const submitting = ref<'dry' | 'commit' | null>(null)
  /** a submission the server did not accept (or never received), and which one it was */
  const submitError = shallowRef<{ during: 'dry' | 'commit'; error: unknown } | null>(null)
  /** the commit's Idempotency-Key: made on the first attempt, reused until the server has answered with a job */
  let commitKey: string | null = null

  const canCommit = computed(() => dryRunPassed(dry.job.value) && !commit.job.value && submitting.value === null)
  const committed = computed(() => commit.job.value?.state === 'SUCCEEDED')
  /** the job the page shows: the commit once there is one, else the dry run */
  const current = computed(() => commit.job.value ?? dry.job.value)

  function request(dryRun: boolean, idempotencyKey?: string) {
    return submitImport(file.value as File, {
      kind: kind.value as ImportKind,
      planId: needsPlan.value ? planId.value : undefined,
      dryRun,
      charset: isCsv.value && charset.value ? charset.value : undefined,
      idempotencyKey,
    })
  }

  /** "校验（试导入）": moves to step 2 and submits the file as a dry run. */
  async function check() {
    if (!ready.value || submitting.value) return
    step.value = 1
    dry.reset()
    commit.reset()
    commitKey = null
    submitError.value = null
    submitting.value = 'dry'
    try {
      const job = await request(true)
      dry.track(job)
      options.onJobEvent?.(job)
    } catch (e) {
      submitError.value = { during: 'dry', error: e }
    } finally {
      submitting.value = null
    }
  }

  /** "确认导入": the same file, written this time. */
  async function confirm() {
    if (!canCommit.value) return
    commitKey ??= newIdempotencyKey()
    submitError.value = null
    submitting.value = 'commit'
    try {
      const job = await request(false, commitKey)
      commit.track(job)
      options.onJobEvent?.(job)
    } catch (e) {
      submitError.value = { during: 'commit', error: e }
    } finally {
      submitting.value = null
    }
  }

  /** Back to step 1 (to pick a corrected file); whatever was running there is no longer watched. */
  function back() {
    dry.reset()
    commit.reset()
    commitKey = null
    submitError.value = null
    step.value = 0
  }

  /** After a commit: start over with another file. */
  function restart() {
    back()
    setFile(null)
  }

  return {
    // step 1
    kinds,
    kind,
    kindView,
    needsPlan,
    plans,
    planId,
    plan,
    charset,
    file,
    fileError,
    isCsv,
    ready,
    setKind,
    setPlan,
    setFile,
    // step 2
    step,
    dry,
    commit,
    current,
    submitting,
    submitError,
    canCommit,
    committed,
    check,
    confirm,
    back,
    restart,
  }
}
