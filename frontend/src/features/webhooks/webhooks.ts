import type { DeliveryView, Page, WebhookView } from '@/api/types'
import type { TagType } from '@/shared/labels'

/** The backend's event types (DomainEvents.TYPES), in its order. */
export const EVENT_TYPES = [
  'assignment.created',
  'assignment.updated',
  'assignment.completed',
  'progress-report.submitted',
  'progress-report.approved',
  'progress-report.returned',
  'metric-value.upserted',
  'urge.issued',
  'extension.requested',
  'extension.decided',
  'plan.published',
  'import.completed',
] as const

/** Event type names contain '.' and '-', which message keys avoid: they are looked up with '_' instead. */
export const eventTypeKey = (type: string) =>
  (EVENT_TYPES as readonly string[]).includes(type) ? `webhooks.event.${type.replace(/[.-]/g, '_')}` : 'enum.unknown'

/** ACTIVE; DISABLED by an administrator; AUTO_DISABLED by the server after deliveries kept dying (it gives a reason). */
export type WebhookState = 'ACTIVE' | 'DISABLED' | 'AUTO_DISABLED'

export function webhookState(w: Pick<WebhookView, 'active' | 'disabledReason'>): WebhookState {
  if (w.active) return 'ACTIVE'
  return w.disabledReason ? 'AUTO_DISABLED' : 'DISABLED'
}

export function webhookStateTagType(state: WebhookState): TagType {
  return state === 'ACTIVE' ? 'success' : state === 'AUTO_DISABLED' ? 'danger' : 'info'
}

export const DELIVERY_STATES = ['PENDING', 'SUCCEEDED', 'DEAD'] as const

/**
 * A delivery in words: a PENDING one is either waiting for its first attempt (QUEUED) or has failed
 * and waits to be retried (RETRYING); DEAD has used up its attempts.
 */
export type DeliveryPhase = 'QUEUED' | 'RETRYING' | 'SUCCEEDED' | 'DEAD'

export function deliveryPhase(d: Pick<DeliveryView, 'state' | 'attempts'>): DeliveryPhase {
  if (d.state === 'PENDING') return d.attempts > 0 ? 'RETRYING' : 'QUEUED'
  return d.state
}

const PHASE_TAGS: Record<DeliveryPhase, TagType> = { QUEUED: 'info', RETRYING: 'warning', SUCCEEDED: 'success', DEAD: 'danger' }

export const deliveryPhaseTagType = (phase: DeliveryPhase): TagType => PHASE_TAGS[phase] ?? 'info'

/** "Deliver again" is offered for deliveries that failed: retrying or dead. */
export const canRedeliver = (d: Pick<DeliveryView, 'state' | 'attempts'>) => ['RETRYING', 'DEAD'].includes(deliveryPhase(d))

/** The page with one item replaced by its fresh copy (same id); other items and the counts stay. */
export function withItem<T extends { id: unknown }>(page: Page<T>, fresh: T): Page<T> {
  return { ...page, items: page.items.map((item) => (item.id === fresh.id ? fresh : item)) }
}
