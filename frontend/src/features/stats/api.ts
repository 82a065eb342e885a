import { api, etagOf, unwrap } from '@/api/client'
import type {
  AnnualReportInput,
  AnnualReportView,
  AssignmentRole,
  AssignmentStatus,
  AssignmentView,
  AttainmentMatrixView,
  ChecklistView,
  CreateAnnualReport,
  DashboardView,
  Page,
  ScorecardView,
  UnitType,
} from '@/api/types'
import { apiUrl, type QueryValues } from '@/composables/useDownload'
import type { ExportFormat } from './stats'

// ——— statistics ———

export interface DashboardQuery {
  planId: number
  sectionId?: number
  unitId?: number
  period?: string
}

export async function getDashboard(query: DashboardQuery): Promise<DashboardView> {
  return unwrap(await api.GET('/api/v1/reports/dashboard', { params: { query } }))
}

export async function getScorecard(planId: number, type: UnitType): Promise<ScorecardView> {
  return unwrap(await api.GET('/api/v1/reports/scorecard', { params: { query: { planId, type } } }))
}

/** One unit's 对照检查清单; without a unit, a reporter's own. */
export async function getChecklist(planId: number, unitId?: number): Promise<ChecklistView> {
  return unwrap(await api.GET('/api/v1/reports/checklist', { params: { query: { planId, unitId } } }))
}

export interface MatrixQuery {
  planId: number
  period?: string
  type?: UnitType
  parentId?: number
}

export async function getAttainmentMatrix(query: MatrixQuery): Promise<AttainmentMatrixView> {
  return unwrap(await api.GET('/api/v1/reports/metric-attainment', { params: { query } }))
}

// ——— the assignment list (filters of the dashboard's click-through) ———

export interface AssignmentListQuery {
  planId?: number
  sectionId?: number
  withinUnitId?: number
  colour?: string
  status?: AssignmentStatus
  role?: AssignmentRole
  page: number
  size: number
  sort?: string
}

export async function listAssignments(query: AssignmentListQuery): Promise<Page<AssignmentView>> {
  return unwrap(await api.GET('/api/v1/assignments', { params: { query } }))
}

// ——— exports (binary: downloaded with useDownload, not through the JSON client) ———

export type ExportKind = 'checklist' | 'scorecard' | 'metric-attainment' | 'tasks'

/** The address of an export of the statistics: `/api/v1/reports/{kind}/export?…&format=`. */
export function exportUrl(kind: ExportKind, query: QueryValues, format: ExportFormat): string {
  return apiUrl(`/api/v1/reports/${kind}/export`, { ...query, format })
}

export function annualExportUrl(id: number, format: ExportFormat): string {
  return apiUrl(`/api/v1/annual-reports/${id}/export`, { format })
}

// ——— annual reports ———

export interface AnnualReportQuery {
  planId?: number
  unitId?: number
  page: number
  size: number
  sort?: string
}

export async function listAnnualReports(query: AnnualReportQuery): Promise<Page<AnnualReportView>> {
  return unwrap(await api.GET('/api/v1/annual-reports', { params: { query } }))
}

export interface Tagged<T> {
  value: T
  etag: string
}

export async function createAnnualReport(body: CreateAnnualReport): Promise<Tagged<AnnualReportView>> {
  const res = await api.POST('/api/v1/annual-reports', { body })
  return { value: unwrap(res), etag: etagOf(res) }
}

export async function getAnnualReport(id: number): Promise<Tagged<AnnualReportView>> {
  const res = await api.GET('/api/v1/annual-reports/{id}', { params: { path: { id } } })
  return { value: unwrap(res), etag: etagOf(res) }
}

/** Saves a draft (If-Match: the ETag it was read with; 412 when someone changed it meanwhile). */
export async function updateAnnualReport(id: number, etag: string, body: AnnualReportInput): Promise<Tagged<AnnualReportView>> {
  const res = await api.PUT('/api/v1/annual-reports/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })
  return { value: unwrap(res), etag: etagOf(res) }
}

/** Replaces the five parts with a fresh draft from today's figures; the title stays. */
export async function regenerateAnnualReport(id: number, etag: string): Promise<Tagged<AnnualReportView>> {
  const res = await api.POST('/api/v1/annual-reports/{id}/regenerate', { params: { path: { id }, header: { 'If-Match': etag } } })
  return { value: unwrap(res), etag: etagOf(res) }
}

/** Finalises the report; it cannot be changed afterwards. */
export async function finaliseAnnualReport(id: number, etag: string): Promise<Tagged<AnnualReportView>> {
  const res = await api.POST('/api/v1/annual-reports/{id}/finalise', { params: { path: { id }, header: { 'If-Match': etag } } })
  return { value: unwrap(res), etag: etagOf(res) }
}
