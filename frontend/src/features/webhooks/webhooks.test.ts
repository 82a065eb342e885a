import { describe, expect, it } from 'vitest'
import type { DeliveryView, WebhookView } from '@/api/types'
import { translator } from '@/locales/translator'
import { decideAccess } from '@/router/access'
import { routes } from '@/router'
import { labelOr } from '@/shared/labels'
import { emptyWebhookForm, validateWebhookForm, webhookBody, webhookFormOf } from './webhookForm'
import { EVENT_TYPES, canRedeliver, deliveryPhase, deliveryPhaseTagType, eventTypeKey, webhookState, webhookStateTagType, withItem } from './webhooks'

const hook = (over: Partial<WebhookView> = {}): WebhookView => ({
  id: 7,
  url: 'https://hooks.example.gov.cn/duban',
  eventTypes: ['urge.issued', 'plan.published'],
  unitId: null,
  active: true,
  disabledReason: null,
  consecutiveFailures: 0,
  createdBy: 'admin',
  createdAt: '2024-05-01T08:00:00Z',
  version: 3,
  ...over,
})

const delivery = (over: Partial<DeliveryView> = {}): DeliveryView => ({
  id: 'd-1',
  eventId: 1,
  eventPosition: 10,
  eventType: 'urge.issued',
  state: 'PENDING',
  attempts: 0,
  nextAttemptAt: null,
  lastStatus: null,
  lastError: null,
  lastDurationMs: null,
  deliveredAt: null,
  createdAt: '2024-05-01T08:00:00Z',
  ...over,
})

describe('webhook form', () => {
  it('creates with only what is set: no unit means all units, no secret means the server makes one, no active flag', () => {
    const form = { ...emptyWebhookForm(), url: ' https://hooks.example.gov.cn/duban ', eventTypes: ['urge.issued'] }
    expect(validateWebhookForm(form)).toEqual({})
    expect(webhookBody(form, true)).toEqual({ url: 'https://hooks.example.gov.cn/duban', eventTypes: ['urge.issued'] })
    expect(webhookBody({ ...form, unitId: 12, secret: 'sixteen-chars-ok' }, true)).toEqual({
      url: 'https://hooks.example.gov.cn/duban',
      eventTypes: ['urge.issued'],
      unitId: 12,
      secret: 'sixteen-chars-ok',
    })
  })

  it('replaces with the active flag, keeping the secret when it is left empty and dropping a cleared unit', () => {
    const form = webhookFormOf(hook({ unitId: 5, active: false }))
    expect(form).toEqual({ url: 'https://hooks.example.gov.cn/duban', eventTypes: ['urge.issued', 'plan.published'], unitId: 5, secret: '', active: false })
    expect(webhookBody(form, false)).toEqual({ url: 'https://hooks.example.gov.cn/duban', eventTypes: ['urge.issued', 'plan.published'], unitId: 5, active: false })
    const changed = webhookBody({ ...form, unitId: undefined, active: true, secret: 'a-new-secret-of-20ch' }, false)
    expect(changed).toEqual({ url: 'https://hooks.example.gov.cn/duban', eventTypes: ['urge.issued', 'plan.published'], secret: 'a-new-secret-of-20ch', active: true })
    // the form is a copy: editing it does not touch the row it came from
    const row = hook()
    webhookFormOf(row).eventTypes.push('import.completed')
    expect(row.eventTypes).toHaveLength(2)
  })

  it('checks URL, events and the secret length before asking the server', () => {
    expect(validateWebhookForm(emptyWebhookForm())).toEqual({ url: 'webhooks.urlRequired', eventTypes: 'webhooks.eventsRequired' })
    const ok = { ...emptyWebhookForm(), url: 'HTTP://10.0.0.1/hook', eventTypes: ['plan.published'] }
    // a private host is for the server to refuse (it knows its allow-list)
    expect(validateWebhookForm(ok)).toEqual({})
    expect(validateWebhookForm({ ...ok, url: 'ftp://hooks.example.gov.cn' })).toEqual({ url: 'webhooks.urlScheme' })
    expect(validateWebhookForm({ ...ok, url: '   ' })).toEqual({ url: 'webhooks.urlRequired' })
    expect(validateWebhookForm({ ...ok, secret: 'x'.repeat(15) })).toEqual({ secret: 'webhooks.secretLength' })
    expect(validateWebhookForm({ ...ok, secret: 'x'.repeat(16) })).toEqual({})
    expect(validateWebhookForm({ ...ok, secret: 'x'.repeat(200) })).toEqual({})
    expect(validateWebhookForm({ ...ok, secret: 'x'.repeat(201) })).toEqual({ secret: 'webhooks.secretLength' })
  })
})

describe('webhook labels', () => {
  it('names every event type the backend knows in both languages, and shows an unknown one as it is', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale)
      const labels = EVENT_TYPES.map((e) => t(eventTypeKey(e)))
      expect(labels.every((l, i) => l !== eventTypeKey(EVENT_TYPES[i])), labels.join()).toBe(true)
      expect(new Set(labels).size).toBe(EVENT_TYPES.length)
    }
    expect(translator('zh-CN')(eventTypeKey('urge.issued'))).toBe('已发出催办')
    expect(translator('en')(eventTypeKey('progress-report.returned'))).toBe('Progress report returned')
    expect(labelOr(translator('zh-CN'), eventTypeKey('task.archived'), 'task.archived')).toBe('task.archived')
  })

  it('says whether a subscription is on, switched off by a person, or by the server', () => {
    expect(webhookState(hook())).toBe('ACTIVE')
    expect(webhookState(hook({ active: false }))).toBe('DISABLED')
    expect(webhookState(hook({ active: false, disabledReason: '5 deliveries in a row failed every attempt' }))).toBe('AUTO_DISABLED')
    expect(['ACTIVE', 'DISABLED', 'AUTO_DISABLED'].map((s) => webhookStateTagType(s as 'ACTIVE'))).toEqual(['success', 'info', 'danger'])
    expect(translator('zh-CN')('webhooks.state.AUTO_DISABLED')).toBe('已自动停用')
  })

  it('tells a delivery waiting for its first attempt from one that failed, and offers "deliver again" for failures only', () => {
    expect(deliveryPhase(delivery())).toBe('QUEUED')
    expect(deliveryPhase(delivery({ attempts: 2, lastError: 'ConnectException' }))).toBe('RETRYING')
    expect(deliveryPhase(delivery({ state: 'SUCCEEDED', attempts: 1 }))).toBe('SUCCEEDED')
    expect(deliveryPhase(delivery({ state: 'DEAD', attempts: 8 }))).toBe('DEAD')
    expect([delivery(), delivery({ attempts: 1 }), delivery({ state: 'SUCCEEDED', attempts: 3 }), delivery({ state: 'DEAD', attempts: 8 })].map(canRedeliver)).toEqual([
      false,
      true,
      false,
      true,
    ])
    expect(deliveryPhaseTagType('RETRYING')).toBe('warning')
    expect(deliveryPhaseTagType('DEAD')).toBe('danger')
  })

  it('puts a fresh row in place of the old one and keeps the rest of the page', () => {
    const page = { items: [delivery({ id: 'a' }), delivery({ id: 'b', attempts: 3 })], page: 2, size: 10, total: 12 }
    const fresh = delivery({ id: 'b', attempts: 0 })
    const next = withItem(page, fresh)
    expect(next).toEqual({ items: [page.items[0], fresh], page: 2, size: 10, total: 12 })
    expect(page.items[1].attempts).toBe(3)
    expect(withItem(page, delivery({ id: 'zzz' })).items).toEqual(page.items)
  })
})

describe('webhooks page access', () => {
  it('is for administrators only, as WebhookResource is', () => {
    const meta = routes.find((r) => r.name === 'admin-webhooks')!.meta ?? {}
    expect(meta.titleKey).toBe('title.webhooks')
    expect(decideAccess(meta, { roles: ['ADMIN'] })).toBe('allow')
    for (const role of ['SUPERVISOR', 'VIEWER', 'REPORTER']) expect(decideAccess(meta, { roles: [role] })).toBe('forbidden')
  })
})
