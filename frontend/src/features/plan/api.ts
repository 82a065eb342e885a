import { api, unwrap } from '@/api/client'
import { type AssignmentRole, type AssignmentStatus, type AssignmentView, type BulkAssign, type Page, type PlanView, type SectionView, type TaskView } from '@/api/types'

export interface PlanListQuery {
  q?: string
  year?: number
  page: number
  size: number
}

export async function listPlans(query: PlanListQuery): Promise<Page<PlanView>> {
  return unwrap(await api.GET('/api/v1/plans', { params: { query } }))
}

export async function getPlan(id: number): Promise<PlanView> {
  return unwrap(await api.GET('/api/v1/plans/{id}', { params: { path: { id } } }))
}

/** All sections of a plan (a plan has a handful, one page of 200 holds them). */
export async function listSections(planId: number): Promise<SectionView[]> {
  const page = unwrap(
    await api.GET('/api/v1/plans/{planId}/sections', { params: { path: { planId }, query: { size: 200, sort: 'number' } } }),
  )
  return page.items
}

/** Every task of a plan, sub-tasks included, fetched page by page. */
export async function listAllTasks(planId: number): Promise<TaskView[]> {
  const out: TaskView[] = []
  for (let page = 1; ; page++) {
    const res = unwrap(await api.GET('/api/v1/tasks', { params: { query: { planId, page, size: 200 } } }))
    out.push(...res.items)
    if (res.items.length === 0 || out.length >= res.total) return out
  }
}

export async function getTask(id: number): Promise<TaskView> {
  return unwrap(await api.GET('/api/v1/tasks/{id}', { params: { path: { id } } }))
}

export interface AssignmentQuery {
  taskId?: number
  unitId?: number
  role?: AssignmentRole
  status?: AssignmentStatus
  q?: string
  page: number
  size: number
  sort?: string
}

export async function listAssignments(query: AssignmentQuery): Promise<Page<AssignmentView>> {
  return unwrap(await api.GET('/api/v1/assignments', { params: { query } }))
}

export type BulkAssignInput = BulkAssign

/** Assigns one task to several units at once; all or nothing (409 when a unit already has it). */
export async function assignTask(taskId: number, body: BulkAssignInput): Promise<AssignmentView[]> {
  return unwrap(await api.POST('/api/v1/tasks/{taskId}/assignments', { params: { path: { taskId } }, body }))
}

/** Shows the plan on the public progress page (idempotent); answers the updated plan. */
export async function publishPlan(id: number): Promise<PlanView> {
  return unwrap(await api.POST('/api/v1/plans/{id}/publish', { params: { path: { id } } }))
}

export async function unpublishPlan(id: number): Promise<PlanView> {
  return unwrap(await api.POST('/api/v1/plans/{id}/unpublish', { params: { path: { id } } }))
}
