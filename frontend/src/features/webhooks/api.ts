import { ApiProblem, api, etagOf, isApiProblem, unwrap } from '@/api/client'
import type { DeliveryState, DeliveryView, Page, WebhookCreatedView, WebhookInput, WebhookView } from '@/api/types'

export async function listWebhooks(page: number, size: number): Promise<Page<WebhookView>> {
  return unwrap(await api.GET('/api/v1/webhooks', { params: { query: { page, size } } }))
}

/** A webhook read together with the ETag to send as If-Match when changing or deleting it. */
export interface ReadWebhook {
  webhook: WebhookView
  etag: string
}

export async function getWebhook(id: number): Promise<ReadWebhook> {
  const got = await api.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })
  return { webhook: unwrap(got), etag: etagOf(got) }
}

/**
 * Whether two readings have the same settings (what an administrator sets). The dispatcher also
 * counts failed deliveries in the row, which changes the version, hence the ETag, while nobody has
 * changed anything a person sees.
 */
export function sameSettings(a: WebhookView, b: WebhookView): boolean {
  const types = (w: WebhookView) => [...w.eventTypes].sort().join(',')
  return a.url === b.url && a.active === b.active && (a.unitId ?? null) === (b.unitId ?? null) && types(a) === types(b)
}

/** The subscription and its ETag, provided its settings are still those the person saw; else a 412, as the server refuses a stale If-Match. */
export async function getWebhookAsSeen(seen: WebhookView): Promise<ReadWebhook> {
  const current = await getWebhook(seen.id)
  if (!sameSettings(seen, current.webhook)) {
    throw new ApiProblem({ status: 412, title: 'Precondition Failed', detail: `webhook ${seen.id} has been changed since it was read` })
  }
  return current
}

/**
 * Writes with the ETag of what was read. A 412 caused only by the server's bookkeeping (the settings
 * are still those read) is sent once more with the fresh ETag; a change by someone else stays a 412.
 */
export async function writeAsRead<T>(read: ReadWebhook, write: (etag: string) => Promise<T>): Promise<T> {
  try {
    return await write(read.etag)
  } catch (e) {
    if (!isApiProblem(e) || e.status !== 412) throw e
    return write((await getWebhookAsSeen(read.webhook)).etag)
  }
}

/** The answer carries the secret, the only time it is shown. */
export async function createWebhook(body: WebhookInput, idempotencyKey: string): Promise<WebhookCreatedView> {
  return unwrap(await api.POST('/api/v1/webhooks', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))
}

/** Replaces the subscription read with `etag`; 412 when someone changed it meanwhile. */
export async function updateWebhook(id: number, etag: string, body: WebhookInput): Promise<WebhookView> {
  return unwrap(await api.PUT('/api/v1/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))
}

export async function deleteWebhook(id: number, etag: string): Promise<void> {
  await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })
}

export interface DeliveryQuery {
  state?: DeliveryState
  page: number
  size: number
}

export async function listDeliveries(webhookId: number, query: DeliveryQuery): Promise<Page<DeliveryView>> {
  return unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query } }))
}

/** Sends a delivery again now (a dead one gets a fresh set of attempts); answers the delivery as it is then. */
export async function redeliver(webhookId: number, deliveryId: string): Promise<DeliveryView> {
  return unwrap(
    await api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhookId, deliveryId } } }),
  )
}
