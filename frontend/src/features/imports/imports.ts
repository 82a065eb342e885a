import type { ImportError, ImportJobView, ImportState } from '@/api/types'
import type { TagType } from '@/shared/labels'

type Translate = (key: string, named?: Record<string, unknown>) => string

// ——— kinds, and who may import which ———

/** What the import API accepts, in the order the page offers them. */
export const IMPORT_KINDS = ['responsibility-units', 'assignments', 'metric-values', 'progress-reports'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const isImportKind = (v: unknown): v is ImportKind => typeof v === 'string' && (IMPORT_KINDS as readonly string[]).includes(v)

/**
 * The kinds each role may import (the server decides again): supervisors units, assignments and
 * metric values; administrators units; reporters metric values and progress reports of their own
 * unit (rows of other units become row errors). Viewers none.
 */
export const IMPORT_KINDS_BY_ROLE: Readonly<Record<string, readonly ImportKind[]>> = {
  SUPERVISOR: ['responsibility-units', 'assignments', 'metric-values'],
  ADMIN: ['responsibility-units'],
  REPORTER: ['metric-values', 'progress-reports'],
}

/** The kinds a person with these roles may import, in IMPORT_KINDS order. */
export function kindsForRoles(roles: readonly string[]): ImportKind[] {
  const allowed = new Set(roles.flatMap((r) => IMPORT_KINDS_BY_ROLE[r] ?? []))
  return IMPORT_KINDS.filter((k) => allowed.has(k))
}

/** Message keys avoid '-': `imports.kind.metric_values`. Unknown kinds (a newer server) get a generic key. */
export const kindKey = (kind: string) => (isImportKind(kind) ? `imports.kind.${kind.replace(/-/g, '_')}` : 'enum.unknown')

/** The locale's description of a kind's column, when it has one (else the server's English text is shown). */
export const columnHelpKey = (kind: string, column: string) => `imports.columnHelp.${kind.replace(/-/g, '_')}.${column}`

// ——— files ———

export const IMPORT_FORMATS = ['xlsx', 'csv', 'json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
export const IMPORT_ACCEPT = '.csv,.xlsx,.json'
/** The server's request limit (quarkus.http.limits.max-body-size=25M): larger files are refused before the upload. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024

export const CONTENT_TYPES: Readonly<Record<ImportFormat, string>> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The format of a file by its name's extension; null for anything the import does not read. */
export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return (IMPORT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as ImportFormat) : null
}

/** Why a chosen file cannot be imported (an i18n key), or null when it can. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!formatOf(file.name)) return 'imports.file.wrongType'
  if (file.size === 0) return 'imports.file.empty'
  if (file.size > IMPORT_MAX_BYTES) return 'imports.file.tooBig'
  return null
}

/** Charset choices for CSV: '' lets the server detect it. */
export const CHARSETS = ['', 'UTF-8', 'GB18030'] as const
export type CharsetChoice = (typeof CHARSETS)[number]

// ——— job states ———

export const IMPORT_STATES: readonly ImportState[] = ['QUEUED', 'VALIDATING', 'APPLYING', 'SUCCEEDED', 'FAILED', 'CANCELLED']
const FINISHED: readonly string[] = ['SUCCEEDED', 'FAILED', 'CANCELLED']

/** Whether a job has ended (nothing more to poll). */
export const isFinished = (state: string) => FINISHED.includes(state)

/** How often a running job is looked up again. */
export const POLL_INTERVAL_MS = 500

/** A state in words: a dry run that succeeded "passed the check", a commit "was imported". */
export function stateKey(state: string, dryRun: boolean): string {
  if (!(IMPORT_STATES as readonly string[]).includes(state)) return 'enum.unknown'
  if (dryRun && (state === 'SUCCEEDED' || state === 'FAILED')) return `imports.state.dry.${state}`
  return `imports.state.${state}`
}

export function stateTagType(state: string): TagType {
  switch (state) {
    case 'SUCCEEDED':
      return 'success'
    case 'FAILED':
      return 'danger'
    case 'VALIDATING':
    case 'APPLYING':
      return 'primary'
    case 'QUEUED':
    case 'CANCELLED':
      return 'info'
    default:
      return 'warning'
  }
}

/**
 * Percentage of rows done, 0–100, when the total is known; null while the file is still being read
 * (the bar is then indeterminate and shows the rows counted so far).
 */
export function progressPercent(job: Pick<ImportJobView, 'state' | 'rowsDone' | 'rowsTotal'>): number | null {
  if (job.state === 'SUCCEEDED') return 100
  if (!job.rowsTotal || job.rowsTotal <= 0) return null
  return Math.max(0, Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100)))
}

/** Rows the file has: the total once known, else what the counts add up to. */
export const rowsOf = (job: Pick<ImportJobView, 'rowsTotal' | 'created' | 'updated' | 'unchanged' | 'errorCount'>) =>
  job.rowsTotal ?? job.created + job.updated + job.unchanged

/** A dry run that checked every row without an error: only then may the same file be committed. */
export function dryRunPassed(job: Pick<ImportJobView, 'dryRun' | 'state' | 'errorCount'> | null | undefined): boolean {
  return !!job && job.dryRun && job.state === 'SUCCEEDED' && job.errorCount === 0
}

export interface ResultSummary {
  type: 'success' | 'error' | 'warning' | 'info'
  text: string
}

/** One sentence on how a finished job went, for the alert above its counts. */
export function resultSummary(job: ImportJobView, t: Translate): ResultSummary {
  const rows = rowsOf(job)
  switch (job.state) {
    case 'SUCCEEDED':
      return job.dryRun ? { type: 'success', text: t('imports.result.dryOk', { rows }) } : { type: 'success', text: t('imports.result.committed', { rows }) }
    case 'FAILED':
      if (job.errorCount > 0) return { type: 'error', text: t('imports.result.rowErrors', { n: job.errorCount }) }
      return { type: 'error', text: t('imports.result.failed', { message: job.message ?? t('error.unknown') }) }
    case 'CANCELLED':
      return { type: 'info', text: t('imports.result.cancelled') }
    default:
      return { type: 'info', text: t(stateKey(job.state, job.dryRun)) }
  }
}

// ——— row errors ———

export interface ErrorFilter {
  /** matched against the value and the message, case-insensitively */
  text?: string
  /** only this column's errors */
  column?: string
}

/** The columns that have errors, in the order they first appear. */
export function errorColumns(errors: readonly ImportError[]): string[] {
  return [...new Set(errors.map((e) => e.column).filter((c): c is string => !!c))]
}

export function filterErrors(errors: readonly ImportError[], filter: ErrorFilter): ImportError[] {
  const text = filter.text?.trim().toLowerCase() ?? ''
  return errors.filter(
    (e) =>
      (!filter.column || e.column === filter.column) &&
      (!text || [e.value, e.message, e.column].some((v) => (v ?? '').toLowerCase().includes(text))),
  )
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet would take
 * for a formula (=, +, -, @ first, and not a plain number) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * The row errors as a CSV file's text: a byte-order mark (so Excel reads the Chinese as UTF-8), the
 * headers in the page's language, CRLF line ends; row 0 (the file as a whole) is written as `wholeFile`.
 */
export function errorsCsv(errors: readonly ImportError[], headers: readonly [string, string, string, string], wholeFile: string): string {
  const lines = [headers.map(csvCell).join(',')]
  for (const e of errors) lines.push([e.row ? e.row : wholeFile, e.column, e.value, e.message].map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** "成绩.xlsx" → "成绩-错误.csv" (the suffix from the locale). */
export function errorsFileName(fileName: string | null | undefined, suffix: string, fallback: string): string {
  const base = (fileName ?? '').replace(/\.[^.]*$/, '') || fallback
  return `${base}-${suffix}.csv`
}

// ——— idempotency ———

export { newIdempotencyKey } from '@/shared/idempotency'
