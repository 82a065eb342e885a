import { api, ApiProblem, etagOf, unwrap } from '@/api/client'
import { currentAccessToken, renewAccessToken } from '@/api/auth'
import { problemFromResponse } from '@/api/problem'
import type {
  AssignmentView,
  AttachmentView,
  CreateReport,
  IssueUrges,
  Page,
  ReportState,
  ReportView,
  StatusRun,
  StatusSummary,
  UpdateReport,
  UrgeView,
} from '@/api/types'
import { fetchFile, saveBlob } from '@/composables/useDownload'

export interface ReportQuery {
  planId?: number
  taskId?: number
  unitId?: number
  assignmentId?: number
  period?: string
  state?: ReportState
  page: number
  size: number
  sort?: string
}

export async function listReports(query: ReportQuery): Promise<Page<ReportView>> {
  return unwrap(await api.GET('/api/v1/progress-reports', { params: { query } }))
}

/** Every report matching a filter (a task's or an assignment's: a few dozen at most), page by page. */
export async function listAllReports(query: Omit<ReportQuery, 'page' | 'size'>): Promise<ReportView[]> {
  const out: ReportView[] = []
  for (let page = 1; ; page++) {
    const res = await listReports({ ...query, page, size: 200 })
    out.push(...res.items)
    if (res.items.length === 0 || out.length >= res.total) return out
  }
}

export interface Tagged<T> {
  value: T
  etag: string
}

export async function getReport(id: number): Promise<Tagged<ReportView>> {
  const res = await api.GET('/api/v1/progress-reports/{id}', { params: { path: { id } } })
  return { value: unwrap(res), etag: etagOf(res) }
}

export async function createReport(body: CreateReport): Promise<Tagged<ReportView>> {
  const res = await api.POST('/api/v1/progress-reports', { body })
  return { value: unwrap(res), etag: etagOf(res) }
}

export async function updateReport(id: number, etag: string, body: UpdateReport): Promise<Tagged<ReportView>> {
  const res = await api.PUT('/api/v1/progress-reports/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })
  return { value: unwrap(res), etag: etagOf(res) }
}

export async function deleteReport(id: number, etag: string): Promise<void> {
  await api.DELETE('/api/v1/progress-reports/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })
}

export async function submitReport(id: number, etag: string): Promise<Tagged<ReportView>> {
  const res = await api.POST('/api/v1/progress-reports/{id}/submit', { params: { path: { id }, header: { 'If-Match': etag } } })
  return { value: unwrap(res), etag: etagOf(res) }
}

export async function approveReport(id: number, etag: string, comment?: string): Promise<ReportView> {
  const body = comment?.trim() ? { comment: comment.trim() } : {}
  return unwrap(await api.POST('/api/v1/progress-reports/{id}/approve', { params: { path: { id }, header: { 'If-Match': etag } }, body }))
}

export async function returnReport(id: number, etag: string, comment: string): Promise<ReportView> {
  return unwrap(
    await api.POST('/api/v1/progress-reports/{id}/return', { params: { path: { id }, header: { 'If-Match': etag } }, body: { comment: comment.trim() } }),
  )
}

export async function removeEvidence(reportId: number, attachmentId: number): Promise<void> {
  await api.DELETE('/api/v1/progress-reports/{id}/attachments/{attachmentId}', { params: { path: { id: reportId, attachmentId } } })
}

export function attachmentUrl(reportId: number, attachmentId: number): string {
  return `/api/v1/progress-reports/${reportId}/attachments/${attachmentId}`
}

/**
 * Uploads one evidence file (multipart field `file`). XMLHttpRequest, not fetch, so the upload can
 * report its progress; the bearer token is added and renewed once on a 401 like every other call.
 * A refusal is thrown as an ApiProblem (400 with errors[0].field = "file" for a wrong type or size).
 */
export async function uploadEvidence(reportId: number, file: File, onProgress?: (percent: number) => void): Promise<AttachmentView> {
  const send = (token: string | null) =>
    new Promise<{ status: number; body: string; contentType: string }>((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', `/api/v1/progress-reports/${reportId}/attachments`)
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100))
      }
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText, contentType: xhr.getResponseHeader('Content-Type') ?? '' })
      xhr.onerror = () => reject(new ApiProblem({ status: 0, title: 'Network error', detail: 'upload failed' }))
      const form = new FormData()
      form.append('file', file, file.name)
      xhr.send(form)
    })
  let token = currentAccessToken()
  let res = await send(token)
  if (res.status === 401 && (await renewAccessToken(token))) {
    token = currentAccessToken()
    res = await send(token)
  }
  if (res.status < 200 || res.status >= 300) {
    throw await problemFromResponse(new Response(res.body || null, { status: res.status, headers: { 'Content-Type': res.contentType } }))
  }
  return JSON.parse(res.body) as AttachmentView
}

/** Downloads an attachment (the request needs the bearer token, so no plain link) and saves it under its name. */
export async function downloadAttachment(reportId: number, attachmentId: number, fallbackName: string): Promise<void> {
  const file = await fetchFile(attachmentUrl(reportId, attachmentId), fallbackName)
  saveBlob(file.blob, file.name)
}

// ——— urges ———

export interface UrgeQuery {
  assignmentId?: number
  unitId?: number
  open?: boolean
  page: number
  size: number
  sort?: string
}

export async function listUrges(query: UrgeQuery): Promise<Page<UrgeView>> {
  return unwrap(await api.GET('/api/v1/urges', { params: { query } }))
}

export async function issueUrges(body: IssueUrges): Promise<UrgeView[]> {
  return unwrap(await api.POST('/api/v1/urges', { body }))
}

export async function acknowledgeUrge(id: number): Promise<UrgeView> {
  return unwrap(await api.POST('/api/v1/urges/{id}/acknowledge', { params: { path: { id } } }))
}

export async function respondToUrge(id: number, response: string): Promise<UrgeView> {
  return unwrap(await api.POST('/api/v1/urges/{id}/respond', { params: { path: { id } }, body: { response: response.trim() } }))
}

// ——— traffic lights ———

export async function recomputeStatus(): Promise<StatusRun> {
  return unwrap(await api.POST('/api/v1/assignment-status/recompute'))
}

export async function getStatusSummary(planId: number): Promise<StatusSummary> {
  return unwrap(await api.GET('/api/v1/assignment-status/summary', { params: { query: { planId } } }))
}

export async function getAssignment(id: number): Promise<AssignmentView> {
  return unwrap(await api.GET('/api/v1/assignments/{id}', { params: { path: { id } } }))
}

/** Every assignment of a plan (a few hundred at most), page by page. */
export async function listPlanAssignments(planId: number): Promise<AssignmentView[]> {
  const out: AssignmentView[] = []
  for (let page = 1; ; page++) {
    const res = unwrap(await api.GET('/api/v1/assignments', { params: { query: { planId, page, size: 200, sort: 'taskNumber' } } }))
    out.push(...res.items)
    if (res.items.length === 0 || out.length >= res.total) return out
  }
}
