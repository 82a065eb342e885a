// @vitest-environment node
// (jsdom's Blob is not a Blob to Node's fetch Request, as a browser's is to the browser's: Node's own are used here)
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setAuthHandler } from '@/api/auth'
import { createApiClient } from '@/api/client'
import { commitPlanDocument, previewDocument } from './api'
import { DOCX_TYPE } from './planDocument'
import { preview } from './testPreview'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('the plan document API', () => {
  afterEach(() => setAuthHandler(null))

  it('sends pasted text as UTF-8 text/plain with the bearer token', async () => {
    setAuthHandler({ accessToken: () => 'tok', refresh: async () => false, onExpired: () => undefined })
    const fetchImpl = vi.fn(async (r: Request) => {
      expect(r.method).toBe('POST')
      expect(new URL(r.url).pathname).toBe('/api/v1/plan-documents/preview')
      expect(r.headers.get('Content-Type')).toBe('text/plain; charset=UTF-8')
      expect(r.headers.get('Authorization')).toBe('Bearer tok')
      expect(await r.text()).toBe('一、加强组织领导')
      return json(preview())
    })
    const answer = await previewDocument('一、加强组织领导', createApiClient('http://duban.test', fetchImpl as typeof fetch))
    expect(answer.sections).toHaveLength(2)
  })

  it('sends a DOCX file as it is, with its type', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff])
    const fetchImpl = vi.fn(async (r: Request) => {
      expect(r.headers.get('Content-Type')).toBe(DOCX_TYPE)
      expect(new Uint8Array(await r.arrayBuffer())).toEqual(bytes)
      return json(preview())
    })
    await previewDocument(new Blob([bytes]), createApiClient('http://duban.test', fetchImpl as typeof fetch))
    expect(fetchImpl).toHaveBeenCalledOnce()
  })

  it('commits the draft as JSON and throws the field errors of a refusal', async () => {
    const body = { plan: { code: 'X-1', title: 't', year: 2099 }, sections: [], createMetrics: true, createAssignments: true }
    const created = vi.fn(async (r: Request) => {
      expect(new URL(r.url).pathname).toBe('/api/v1/plan-documents')
      expect(r.headers.get('Content-Type')).toBe('application/json')
      expect(await r.json()).toEqual(body)
      return json({ planId: 7, planCode: 'X-1', sections: 0, tasks: 0, measures: 0, metrics: 0, assignments: 0 }, 201)
    })
    expect(await commitPlanDocument(body, createApiClient('http://duban.test', created as typeof fetch))).toMatchObject({ planId: 7 })

    const refused = vi.fn(
      async () =>
        new Response(JSON.stringify({ status: 400, title: 'Invalid input', errors: [{ field: 'sections[0].tasks[0].title', message: 'must not be blank' }] }), {
          status: 400,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    )
    await expect(commitPlanDocument(body, createApiClient('http://duban.test', refused as typeof fetch))).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'sections[0].tasks[0].title', message: 'must not be blank' }],
    })
  })
})
