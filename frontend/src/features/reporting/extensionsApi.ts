import { api, unwrap } from '@/api/client'
import type { ExtensionState, ExtensionView, NotificationView, Page, RequestExtension } from '@/api/types'

// ——— extension requests (延期申请) ———

export interface ExtensionQuery {
  assignmentId?: number
  unitId?: number
  state?: ExtensionState
  page: number
  size: number
  sort?: string
}

export async function listExtensions(query: ExtensionQuery): Promise<Page<ExtensionView>> {
  return unwrap(await api.GET('/api/v1/extension-requests', { params: { query } }))
}

/** A unit asks for a later due date (before its current one). */
export async function requestExtension(body: RequestExtension): Promise<ExtensionView> {
  return unwrap(await api.POST('/api/v1/extension-requests', { body: { ...body, reason: body.reason.trim() } }))
}

export async function approveExtension(id: number, comment?: string): Promise<ExtensionView> {
  return unwrap(await api.POST('/api/v1/extension-requests/{id}/approve', { params: { path: { id } }, body: comment?.trim() ? { comment: comment.trim() } : {} }))
}

export async function rejectExtension(id: number, comment: string): Promise<ExtensionView> {
  return unwrap(await api.POST('/api/v1/extension-requests/{id}/reject', { params: { path: { id } }, body: { comment: comment.trim() } }))
}

// ——— notifications ———

export async function listNotifications(query: { unread?: boolean; page: number; size: number }): Promise<Page<NotificationView>> {
  return unwrap(await api.GET('/api/v1/notifications', { params: { query } }))
}

export async function unreadCount(): Promise<number> {
  return unwrap(await api.GET('/api/v1/notifications/unread-count')).count ?? 0
}

export async function markRead(id: number): Promise<void> {
  await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })
}

export async function markAllRead(): Promise<void> {
  await api.POST('/api/v1/notifications/read-all')
}
