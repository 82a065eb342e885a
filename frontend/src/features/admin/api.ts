import { api, etagOf, unwrap } from '@/api/client'
import type { ApiTokenView, AuditEventView, CreateApiToken, CreateUser, CreatedApiToken, Page, Role, UpdateUser, UserView } from '@/api/types'

export interface UserQuery {
  q?: string
  role?: Role
  enabled?: boolean
  page: number
  size: number
}

export async function listUsers(query: UserQuery): Promise<Page<UserView>> {
  return unwrap(await api.GET('/api/v1/users', { params: { query: { ...query, sort: 'username' } } }))
}

export async function createUser(body: CreateUser): Promise<UserView> {
  return unwrap(await api.POST('/api/v1/users', { body }))
}

/** Reads the account and replaces it with If-Match, so a concurrent change is refused (412), not lost. */
export async function updateUser(id: number, change: (current: UserView) => UpdateUser): Promise<UserView> {
  const got = await api.GET('/api/v1/users/{id}', { params: { path: { id } } })
  const current = unwrap(got)
  return unwrap(
    await api.PUT('/api/v1/users/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(got) } }, body: change(current) }),
  )
}

export async function resetPassword(id: number, newPassword: string): Promise<void> {
  await api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { newPassword } })
}

export async function listTokens(page: number, size: number): Promise<Page<ApiTokenView>> {
  return unwrap(await api.GET('/api/v1/api-tokens', { params: { query: { page, size } } }))
}

export async function createToken(body: CreateApiToken): Promise<CreatedApiToken> {
  return unwrap(await api.POST('/api/v1/api-tokens', { body }))
}

export async function revokeToken(id: number): Promise<void> {
  await api.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id } } })
}

export interface AuditQuery {
  actor?: string
  action?: string
  entityType?: string
  entityId?: number
  from?: string
  to?: string
  page: number
  size: number
}

export async function listAuditEvents(query: AuditQuery): Promise<Page<AuditEventView>> {
  return unwrap(await api.GET('/api/v1/audit-events', { params: { query } })) as Page<AuditEventView>
}
