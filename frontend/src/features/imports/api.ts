import { authFetch } from '@/api/auth'
import { api, unwrap } from '@/api/client'
import { ApiProblem, problemFromResponse } from '@/api/problem'
import type { ImportJobView, ImportKindView, Page } from '@/api/types'
import { apiUrl } from '@/composables/useDownload'
import { CONTENT_TYPES, formatOf, type ImportFormat, type ImportKind } from './imports'

/** The columns each kind expects (Chinese and English headers, required or not, a description). */
export async function listImportKinds(): Promise<ImportKindView[]> {
  return unwrap(await api.GET('/api/v1/imports/kinds'))
}

export async function getImport(id: number): Promise<ImportJobView> {
  return unwrap(await api.GET('/api/v1/imports/{id}', { params: { path: { id } } }))
}

/** Stops a queued or running job; 409 once it has ended. */
export async function cancelImport(id: number): Promise<ImportJobView> {
  return unwrap(await api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } }))
}

/** Newest first; supervisors and administrators see everyone's jobs, others their own. */
export async function listImports(query: { page: number; size: number }): Promise<Page<ImportJobView>> {
  return unwrap(await api.GET('/api/v1/imports', { params: { query } }))
}

/** A template with Chinese headers and an example row (downloaded with useDownload: it needs the token). */
export function templateUrl(kind: ImportKind, format: ImportFormat): string {
  return apiUrl(`/api/v1/imports/templates/${kind}`, { format })
}

export interface SubmitImport {
  kind: ImportKind
  planId?: number
  dryRun: boolean
  /** of a CSV file; absent: the server detects it */
  charset?: string
  /** the same key for a retried commit makes the server answer with the first job (200) */
  idempotencyKey?: string
}

/**
 * Submits a file: the request body is the file itself, its type from the extension, its name in
 * X-File-Name (URL-encoded, for the job list). Sent with fetch rather than the typed client, which
 * would serialise the body; the same bearer auth (one renewal on 401) and problem+json errors apply.
 * A network failure is thrown as an ApiProblem with status 0, so a commit can be retried with its key.
 */
export async function submitImport(file: File, options: SubmitImport, fetchImpl?: typeof fetch): Promise<ImportJobView> {
  const format = formatOf(file.name)
  if (!format) throw new ApiProblem({ status: 400, title: 'Unsupported file', detail: file.name })
  const url = apiUrl('/api/v1/imports', {
    kind: options.kind,
    planId: options.planId,
    dryRun: options.dryRun,
    charset: format === 'csv' ? options.charset : undefined,
  })
  const headers = new Headers({ 'Content-Type': CONTENT_TYPES[format], 'X-File-Name': encodeURIComponent(file.name) })
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey)
  const base = typeof location === 'undefined' ? 'http://localhost' : location.origin
  let response: Response
  try {
    response = await authFetch(fetchImpl)(new Request(new URL(url, base), { method: 'POST', headers, body: file }))
  } catch (e) {
    throw new ApiProblem({ status: 0, title: 'Network error', detail: e instanceof Error ? e.message : String(e) })
  }
  if (!response.ok) throw await problemFromResponse(response)
  return (await response.json()) as ImportJobView
}
