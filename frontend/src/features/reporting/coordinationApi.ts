import { api, unwrap } from '@/api/client'
import type { ContributionView, InstructionView, IssueInstruction, Page, WriteContribution } from '@/api/types'

// ——— leaders' instructions (领导批示) ———

export interface InstructionQuery {
  taskId?: number
  assignmentId?: number
  page: number
  size: number
}

export async function listInstructions(query: InstructionQuery): Promise<Page<InstructionView>> {
  return unwrap(await api.GET('/api/v1/instructions', { params: { query } }))
}

/** Every instruction matching a filter (a task's or a unit's: a handful), page by page. */
export async function listAllInstructions(query: Omit<InstructionQuery, 'page' | 'size'> = {}): Promise<InstructionView[]> {
  const out: InstructionView[] = []
  for (let page = 1; ; page++) {
    const res = await listInstructions({ ...query, page, size: 200 })
    out.push(...res.items)
    if (res.items.length === 0 || out.length >= res.total) return out
  }
}

export async function issueInstruction(body: IssueInstruction): Promise<InstructionView> {
  return unwrap(await api.POST('/api/v1/instructions', { body: { ...body, text: body.text.trim() } }))
}

export async function respondToInstruction(id: number, response: string): Promise<InstructionView> {
  return unwrap(await api.POST('/api/v1/instructions/{id}/respond', { params: { path: { id } }, body: { response: response.trim() } }))
}

// ——— co-units' contributions (配合单位报送) ———

export async function listContributions(taskId: number, period?: string): Promise<ContributionView[]> {
  return unwrap(await api.GET('/api/v1/contributions', { params: { query: { taskId, period } } }))
}

export async function writeContribution(body: WriteContribution): Promise<ContributionView> {
  return unwrap(await api.PUT('/api/v1/contributions', { body: { ...body, text: body.text.trim() } }))
}
