import type { ImportJobView } from '@/api/types'

/** An import job for unit tests: a queued dry run of metric values, with `over` applied. */
export function job(over: Partial<ImportJobView> = {}): ImportJobView {
  return {
    id: 1,
    kind: 'metric-values',
    format: 'CSV',
    charset: 'UTF-8',
    planId: 1,
    dryRun: true,
    state: 'QUEUED',
    fileName: '指标.csv',
    fileSha256: 'x',
    sizeBytes: 100,
    rowsTotal: null,
    rowsDone: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    message: null,
    createdBy: 'supervisor',
    createdAt: '2024-05-01T08:00:00Z',
    startedAt: null,
    finishedAt: null,
    version: 0,
    ...over,
  }
}
