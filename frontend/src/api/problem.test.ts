import { describe, expect, it } from 'vitest'
import { createApiClient, setAuthHandler, unwrap } from './client'
import { ApiProblem, problemFromResponse } from './problem'

const BASE = 'http://duban.test'

function fakeFetch(respond: (req: Request) => Response | Promise<Response>) {
  const seen: Request[] = []
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init)
    seen.push(req)
    return respond(req)
  }) as typeof fetch
  return { fn, seen }
}

const problemJson = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } })

describe('problem+json middleware', () => {
  it('passes successful answers through', async () => {
    const { fn } = fakeFetch(() => Response.json({ items: [], page: 1, size: 20, total: 0 }))
    const client = createApiClient(BASE, fn)
    const page = unwrap(await client.GET('/api/v1/plans', { params: { query: { page: 1 } } }))
    expect(page.total).toBe(0)
  })

  it('throws a typed ApiProblem with field errors for a 400', async () => {
    const { fn } = fakeFetch(() =>
      problemJson(400, {
        type: 'https://duban.example/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has 2 invalid fields',
        instance: '/api/v1/tasks/1/assignments',
        errors: [
          { field: 'dueDate', message: 'must not be null' },
          { field: 'units', message: 'must not be empty' },
        ],
      }),
    )
    const client = createApiClient(BASE, fn)
    const err = await client
      .POST('/api/v1/tasks/{taskId}/assignments', { params: { path: { taskId: 1 } }, body: { dueDate: '', units: [] } })
      .then(() => null, (e: unknown) => e)

    expect(err).toBeInstanceOf(ApiProblem)
    const p = err as ApiProblem
    expect(p.status).toBe(400)
    expect(p.title).toBe('Bad Request')
    expect(p.detail).toBe('The request has 2 invalid fields')
    expect(p.instance).toBe('/api/v1/tasks/1/assignments')
    expect(p.errors).toHaveLength(2)
    expect(p.fieldErrors()).toEqual({ dueDate: 'must not be null', units: 'must not be empty' })
    expect(p.message).toBe('The request has 2 invalid fields')
  })

  it('keeps the status of a 409 conflict', async () => {
    const { fn } = fakeFetch(() => problemJson(409, { title: 'Conflict', status: 409, detail: '西宁市 already has this task' }))
    const client = createApiClient(BASE, fn)
    await expect(client.GET('/api/v1/plans/{id}', { params: { path: { id: 1 } } })).rejects.toMatchObject({
      status: 409,
      detail: '西宁市 already has this task',
      errors: [],
    })
  })

  it('turns a non-JSON error body into a problem with the HTTP status', async () => {
    const { fn } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    const client = createApiClient(BASE, fn)
    await expect(client.GET('/api/v1/plans/{id}', { params: { path: { id: 1 } } })).rejects.toMatchObject({
      name: 'ApiProblem',
      status: 502,
      title: 'Bad Gateway',
    })
  })

  it('turns a network failure into a problem with status 0', async () => {
    const { fn } = fakeFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    const client = createApiClient(BASE, fn)
    await expect(client.GET('/api/v1/responsibility-units/tree')).rejects.toMatchObject({ status: 0, detail: 'Failed to fetch' })
  })

  it('ignores malformed error entries instead of failing', async () => {
    const p = await problemFromResponse(problemJson(400, { status: 400, errors: [null, 'x', { field: 'title' }] }))
    expect(p.errors).toEqual([{ field: 'title', message: '' }])
    expect(p.title).toBe('HTTP 400')
  })

  it('sends the bearer token from the auth hook', async () => {
    const { fn, seen } = fakeFetch(() => Response.json([]))
    const client = createApiClient(BASE, fn)
    setAuthHandler({ accessToken: () => 'abc', refresh: async () => false, onExpired: () => undefined })
    await client.GET('/api/v1/responsibility-units/tree')
    setAuthHandler(null)
    await client.GET('/api/v1/responsibility-units/tree')
    expect(seen[0].headers.get('authorization')).toBe('Bearer abc')
    expect(seen[1].headers.get('authorization')).toBeNull()
  })
})
