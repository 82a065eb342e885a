import type { WebhookInput, WebhookView } from '@/api/types'

export const SECRET_MIN_LENGTH = 16
export const SECRET_MAX_LENGTH = 200

export interface WebhookForm {
  url: string
  eventTypes: string[]
  unitId: number | undefined
  /** write-only: empty keeps the current secret (on creation: the server makes one) */
  secret: string
  active: boolean
}

export const emptyWebhookForm = (): WebhookForm => ({ url: '', eventTypes: [], unitId: undefined, secret: '', active: true })

export function webhookFormOf(w: WebhookView): WebhookForm {
  return { url: w.url, eventTypes: [...w.eventTypes], unitId: w.unitId ?? undefined, secret: '', active: w.active }
}

/** Client-side checks, as message keys per field; the server checks again (host, event types, unit) and says more. */
export function validateWebhookForm(form: WebhookForm): Record<string, string> {
  const errs: Record<string, string> = {}
  const url = form.url.trim()
  if (!url) errs.url = 'webhooks.urlRequired'
  else if (!/^https?:\/\//i.test(url)) errs.url = 'webhooks.urlScheme'
  if (form.eventTypes.length === 0) errs.eventTypes = 'webhooks.eventsRequired'
  if (form.secret && (form.secret.length < SECRET_MIN_LENGTH || form.secret.length > SECRET_MAX_LENGTH)) errs.secret = 'webhooks.secretLength'
  return errs
}

/**
 * The request body. No unit means all units (on a replace too); no secret means "make one" at
 * creation and "keep it" on a replace; `active` exists on a replace only.
 */
export function webhookBody(form: WebhookForm, creating: boolean): WebhookInput {
  return {
    url: form.url.trim(),
    eventTypes: [...form.eventTypes],
    ...(form.unitId !== undefined ? { unitId: form.unitId } : {}),
    ...(form.secret ? { secret: form.secret } : {}),
    ...(creating ? {} : { active: form.active }),
  }
}
