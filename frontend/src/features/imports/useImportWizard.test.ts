import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, ref } from 'vue'
import { ApiProblem } from '@/api/problem'
import type { ImportJobView } from '@/api/types'
import type { SubmitImport } from './api'
import { job } from './testJob'
import { useImportWizard } from './useImportWizard'

const query = ref<Record<string, string>>({})
const roles = ref<string[]>(['SUPERVISOR'])
const submit = vi.fn<(file: File, o: SubmitImport) => Promise<ImportJobView>>()
const fetchJob = vi.fn<(id: number) => Promise<ImportJobView>>()

vi.mock('@/composables/useUrlQuery', () => ({
  useUrlQuery: () => ({
    query: computed(() => query.value),
    page: computed(() => 1),
    update: (changes: Record<string, unknown>) => {
      query.value = Object.fromEntries(Object.entries({ ...query.value, ...changes }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
    },
  }),
}))
vi.mock('@/stores/session', () => ({ useSessionStore: () => ({ get me() { return { roles: roles.value } } }) }))
vi.mock('@/features/plan/api', () => ({
  listPlans: async () => ({ items: [{ id: 1, year: 2024, title: '青海省2024年法治政府建设工作要点' }, { id: 5, year: 2099, title: 'future' }], total: 2, page: 1, size: 200 }),
}))
vi.mock('./api', () => ({
  listImportKinds: async () => [
    { kind: 'responsibility-units', needsPlan: false, columns: [] },
    { kind: 'assignments', needsPlan: true, columns: [] },
    { kind: 'metric-values', needsPlan: true, columns: [] },
    { kind: 'progress-reports', needsPlan: true, columns: [] },
  ],
  submitImport: (file: File, o: SubmitImport) => submit(file, o),
  getImport: (id: number) => fetchJob(id),
  cancelImport: async (id: number) => job({ id, state: 'CANCELLED' }),
}))

const csv = () => new File(['指标代码,单位代码\n'], '指标.csv')

async function wizard() {
  const scope = effectScope()
  const w = scope.run(() => useImportWizard())!
  await vi.advanceTimersByTimeAsync(0) // kinds and plans load
  return { w, scope }
}

describe('useImportWizard', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    query.value = {}
    roles.value = ['SUPERVISOR']
    submit.mockReset()
    fetchJob.mockReset()
  })
  afterEach(() => vi.useRealTimers())

  it("offers only the kinds the person's roles may import, the URL's when allowed", async () => {
    const { w, scope } = await wizard()
    expect(w.kinds.data.value?.map((k) => k.kind)).toEqual(['responsibility-units', 'assignments', 'metric-values'])
    expect(w.kind.value).toBe('responsibility-units')
    expect(w.needsPlan.value).toBe(false)
    query.value = { kind: 'progress-reports' }
    expect(w.kind.value).toBe('responsibility-units') // not a supervisor's
    w.setKind('metric-values')
    expect(w.kind.value).toBe('metric-values')
    expect(w.needsPlan.value).toBe(true)
    expect(w.planId.value).toBe(1) // the default plan: this year's or earlier
    scope.stop()
  })

  it('is ready with a file it can read; the charset is sent for CSV only', async () => {
    query.value = { kind: 'metric-values' }
    const { w, scope } = await wizard()
    expect(w.ready.value).toBe(false)
    w.setFile(new File(['%PDF'], 'x.pdf'))
    expect(w.fileError.value).toBe('imports.file.wrongType')
    expect(w.ready.value).toBe(false)
    w.setFile(csv())
    expect(w.isCsv.value).toBe(true)
    expect(w.ready.value).toBe(true)
    w.charset.value = 'GB18030'
    submit.mockResolvedValue(job({ state: 'QUEUED' }))
    await w.check()
    expect(submit.mock.calls[0][1]).toEqual({ kind: 'metric-values', planId: 1, dryRun: true, charset: 'GB18030', idempotencyKey: undefined })
    w.back()
    w.setFile(new File(['PK'], 'x.xlsx'))
    expect(w.charset.value).toBe('')
    scope.stop()
  })

  it('commits only after a dry run without errors, reusing the Idempotency-Key after a network error', async () => {
    query.value = { kind: 'metric-values' }
    const { w, scope } = await wizard()
    w.setFile(csv())

    submit.mockResolvedValueOnce(job({ id: 1, state: 'QUEUED' }))
    await w.check()
    expect(w.step.value).toBe(1)
    expect(w.canCommit.value).toBe(false)
    fetchJob.mockResolvedValueOnce(job({ id: 1, state: 'VALIDATING', rowsDone: 1, rowsTotal: 2 })).mockResolvedValueOnce(job({ id: 1, state: 'SUCCEEDED', rowsTotal: 2, rowsDone: 2, updated: 2 }))
    await vi.advanceTimersByTimeAsync(1000)
    expect(w.dry.job.value?.state).toBe('SUCCEEDED')
    expect(w.canCommit.value).toBe(true)

    submit.mockRejectedValueOnce(new ApiProblem({ status: 0, title: 'Network error' }))
    await w.confirm()
    expect(w.submitError.value?.during).toBe('commit')
    expect(w.canCommit.value).toBe(true)
    submit.mockResolvedValueOnce(job({ id: 2, dryRun: false, state: 'APPLYING' }))
    await w.confirm()
    const [first, second] = submit.mock.calls.slice(1).map((c) => c[1])
    expect(first.dryRun).toBe(false)
    expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(second.idempotencyKey).toBe(first.idempotencyKey)
    expect(w.canCommit.value).toBe(false)
    expect(w.current.value?.id).toBe(2)

    fetchJob.mockResolvedValueOnce(job({ id: 2, dryRun: false, state: 'SUCCEEDED', updated: 2, rowsTotal: 2 }))
    await vi.advanceTimersByTimeAsync(500)
    expect(w.committed.value).toBe(true)

    // another file: a new dry run, and a new key for its commit
    w.restart()
    expect(w.step.value).toBe(0)
    expect(w.file.value).toBeNull()
    w.setFile(csv())
    submit.mockResolvedValueOnce(job({ id: 3, state: 'SUCCEEDED' }))
    await w.check()
    submit.mockResolvedValueOnce(job({ id: 4, dryRun: false, state: 'SUCCEEDED' }))
    await w.confirm()
    expect(submit.mock.calls.at(-1)?.[1].idempotencyKey).not.toBe(first.idempotencyKey)
    scope.stop()
  })

  it('keeps the commit closed after a dry run with row errors', async () => {
    query.value = { kind: 'metric-values' }
    const { w, scope } = await wizard()
    w.setFile(csv())
    submit.mockResolvedValueOnce(job({ state: 'FAILED', errorCount: 1, errors: [{ row: 2, column: '分子', value: '12', message: 'must not exceed the denominator' }] }))
    await w.check()
    expect(w.canCommit.value).toBe(false)
    await w.confirm()
    expect(submit).toHaveBeenCalledOnce()
    scope.stop()
  })
})
