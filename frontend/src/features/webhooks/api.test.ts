import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '@/api/problem'
import { createWebhook, deleteWebhook, getWebhookAsSeen, updateWebhook, writeAsRead } from './api'

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

const view = { id: 7, url: 'https://hooks.example.gov.cn/duban', eventTypes: ['urge.issued'], unitId: null, active: true, disabledReason: null, consecutiveFailures: 0, createdBy: 'admin', createdAt: '2024-05-01T08:00:00Z', version: 3 }

/** Records the requests the typed client sends and answers each with `answer`. */
function stubFetch(answer: (r: Request) => Response) {
  const seen: Request[] = []
  vi.stubGlobal('fetch', async (r: Request) => {
    seen.push(r.clone())
    return answer(r)
  })
  return seen
}

describe('webhooks api', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('creates with the Idempotency-Key it is given', async () => {
    const seen = stubFetch(() => json({ webhook: view, secret: 'whsec_x' }, 201, { ETag: '"3"' }))
    const created = await createWebhook({ url: view.url, eventTypes: ['urge.issued'] }, 'key-1')
    expect(created.secret).toBe('whsec_x')
    expect(seen[0].method).toBe('POST')
    expect(new URL(seen[0].url).pathname).toBe('/api/v1/webhooks')
    expect(seen[0].headers.get('Idempotency-Key')).toBe('key-1')
    expect(await seen[0].json()).toEqual({ url: view.url, eventTypes: ['urge.issued'] })
  })

  it('replaces and deletes with If-Match, and passes a 412 on as an ApiProblem', async () => {
    const seen = stubFetch((r) =>
      r.method === 'DELETE'
        ? json({ status: 412, title: 'Precondition Failed', detail: 'changed' }, 412)
        : json({ ...view, version: 4 }, 200, { ETag: '"4"' }),
    )
    expect((await updateWebhook(7, '"3"', { url: view.url, eventTypes: ['plan.published'], active: false })).version).toBe(4)
    expect(seen[0].method).toBe('PUT')
    expect(seen[0].headers.get('If-Match')).toBe('"3"')
    const refused = await deleteWebhook(7, '"3"').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiProblem)
    expect((refused as ApiProblem).status).toBe(412)
    expect(seen[1].method).toBe('DELETE')
    expect(seen[1].headers.get('If-Match')).toBe('"3"')
  })

  it('gives the ETag of a row while its settings are what the person saw, whatever the server\'s own bookkeeping did to the version', async () => {
    stubFetch(() => json({ ...view, version: 9, consecutiveFailures: 2 }, 200, { ETag: '"9"' }))
    await expect(getWebhookAsSeen(view)).resolves.toEqual({ webhook: { ...view, version: 9, consecutiveFailures: 2 }, etag: '"9"' })
    await expect(getWebhookAsSeen({ ...view, eventTypes: ['urge.issued'], version: 1 })).resolves.toMatchObject({ etag: '"9"' })
    for (const changed of [{ url: 'https://elsewhere.example.gov.cn' }, { eventTypes: ['plan.published'] }, { unitId: 5 }, { active: false }]) {
      const stale = await getWebhookAsSeen({ ...view, ...changed }).catch((e: unknown) => e)
      expect((stale as ApiProblem).status, JSON.stringify(changed)).toBe(412)
    }
  })

  it('sends a write refused only for the bookkeeping once more with the fresh ETag, but not one someone else changed', async () => {
    let settings = { ...view, version: 5 }
    const seen = stubFetch((r) => {
      if (r.method === 'GET') return json(settings, 200, { ETag: `"${settings.version}"` })
      return r.headers.get('If-Match') === `"${settings.version}"` ? json(settings) : json({ status: 412, title: 'Precondition Failed' }, 412)
    })
    const read = { webhook: view, etag: '"3"' }
    const write = (etag: string) => updateWebhook(7, etag, { url: view.url, eventTypes: ['urge.issued'], active: false })
    await expect(writeAsRead(read, write)).resolves.toMatchObject({ version: 5 })
    expect(seen.map((r) => `${r.method} ${r.headers.get('If-Match') ?? ''}`)).toEqual(['PUT "3"', 'GET ', 'PUT "5"'])

    seen.length = 0
    settings = { ...view, url: 'https://elsewhere.example.gov.cn', version: 6 }
    const refused = await writeAsRead(read, write).catch((e: unknown) => e)
    expect((refused as ApiProblem).status).toBe(412)
    expect(seen.map((r) => r.method)).toEqual(['PUT', 'GET'])
  })
})
