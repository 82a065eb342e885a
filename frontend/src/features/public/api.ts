import { api, unwrap } from '@/api/client'
import type { Page, PublicPlanSummary, PublicPlanView } from '@/api/types'

/** Published plans, newest first; no sign-in needed. */
export async function listPublicPlans(page: number, size: number): Promise<Page<PublicPlanSummary>> {
  const res = unwrap(await api.GET('/api/v1/public/plans', { params: { query: { page, size } } }))
  return { items: res.items ?? [], page: res.page ?? page, size: res.size ?? size, total: res.total ?? 0 }
}

export async function getPublicPlan(code: string): Promise<PublicPlanView> {
  return unwrap(await api.GET('/api/v1/public/plans/{code}', { params: { path: { code } } }))
}
