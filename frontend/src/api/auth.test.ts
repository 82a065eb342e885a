import { afterEach, describe, expect, it, vi } from 'vitest'
import { authFetch, isAnonymousPath, setAuthHandler, singleFlight } from './auth'

const BASE = 'http://duban.test'

afterEach(() => setAuthHandler(null))

/** A server that accepts only `valid` as the bearer token. */
function server(valid: () => string) {
  const seen: { url: string; auth: string | null; body: string }[] = []
  const fetchImpl = (async (req: Request) => {
    seen.push({ url: new URL(req.url).pathname, auth: req.headers.get('authorization'), body: await req.text() })
    return req.headers.get('authorization') === `Bearer ${valid()}` || new URL(req.url).pathname.includes('/public/')
      ? Response.json({ ok: true })
      : new Response(null, { status: 401 })
  }) as unknown as typeof fetch
  return { fetchImpl, seen }
}

describe('singleFlight', () => {
  it('shares one run among concurrent callers and starts a new one afterwards', async () => {
    let runs = 0
    let release!: () => void
    const fn = singleFlight(() => {
      runs++
      return new Promise<number>((resolve) => (release = () => resolve(runs)))
    })
    const a = fn()
    const b = fn()
    release()
    expect(await Promise.all([a, b])).toEqual([1, 1])
    const c = fn()
    release()
    expect(await c).toBe(2)
  })

  it('lets the next call retry after a failure', async () => {
    let n = 0
    const fn = singleFlight(async () => {
      if (++n === 1) throw new Error('boom')
      return n
    })
    await expect(fn()).rejects.toThrow('boom')
    expect(await fn()).toBe(2)
  })
})

describe('authFetch', () => {
  it('signs requests with the current token and leaves sign-in and public calls unsigned', async () => {
    const { fetchImpl, seen } = server(() => 'A')
    setAuthHandler({ accessToken: () => 'A', refresh: async () => false, onExpired: vi.fn() })
    const f = authFetch(fetchImpl)
    await f(new Request(`${BASE}/api/v1/plans`))
    await f(new Request(`${BASE}/api/v1/auth/login`, { method: 'POST', body: '{}' }))
    await f(new Request(`${BASE}/api/v1/public/plans`))
    expect(seen.map((s) => s.auth)).toEqual(['Bearer A', null, null])
  })

  it('refreshes once for many concurrent 401s and replays each request, body included', async () => {
    let token = 'old'
    let valid = 'new'
    const { fetchImpl, seen } = server(() => valid)
    let refreshCalls = 0
    const refresh = singleFlight(async () => {
      refreshCalls++
      await new Promise((r) => setTimeout(r, 5))
      token = 'new'
      return true
    })
    const onExpired = vi.fn()
    setAuthHandler({ accessToken: () => token, refresh, onExpired })
    const f = authFetch(fetchImpl)
    const results = await Promise.all([
      f(new Request(`${BASE}/api/v1/plans`)),
      f(new Request(`${BASE}/api/v1/tasks`)),
      f(new Request(`${BASE}/api/v1/plans`, { method: 'POST', body: '{"title":"x"}' })),
    ])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    expect(refreshCalls).toBe(1)
    expect(onExpired).not.toHaveBeenCalled()
    const retriedPost = seen.filter((s) => s.body === '{"title":"x"}')
    expect(retriedPost.map((s) => s.auth)).toEqual(['Bearer old', 'Bearer new'])
    valid = 'x'
  })

  it('retries without refreshing when another request already renewed the token', async () => {
    let token = 'old'
    const { fetchImpl } = server(() => 'new')
    const refresh = vi.fn(async () => true)
    setAuthHandler({ accessToken: () => token, refresh, onExpired: vi.fn() })
    const f = authFetch(async (req) => {
      const res = await fetchImpl(req)
      token = 'new' // renewed while this request was on its way
      return res
    })
    expect((await f(new Request(`${BASE}/api/v1/plans`))).status).toBe(200)
    expect(refresh).not.toHaveBeenCalled()
  })

  it('ends the session when the refresh fails, returning the 401', async () => {
    const { fetchImpl, seen } = server(() => 'never')
    const onExpired = vi.fn()
    setAuthHandler({ accessToken: () => 'old', refresh: async () => false, onExpired })
    const res = await authFetch(fetchImpl)(new Request(`${BASE}/api/v1/plans`))
    expect(res.status).toBe(401)
    expect(onExpired).toHaveBeenCalledTimes(1)
    expect(seen).toHaveLength(1)
  })

  it('ends the session when the retry is refused too (no refresh loop)', async () => {
    const { fetchImpl, seen } = server(() => 'never')
    const onExpired = vi.fn()
    const refresh = vi.fn(async () => true)
    setAuthHandler({ accessToken: () => 'old', refresh, onExpired })
    expect((await authFetch(fetchImpl)(new Request(`${BASE}/api/v1/plans`))).status).toBe(401)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(onExpired).toHaveBeenCalledTimes(1)
    expect(seen).toHaveLength(2)
  })

  it('knows which paths are anonymous', () => {
    expect(isAnonymousPath('/api/v1/auth/login')).toBe(true)
    expect(isAnonymousPath('/api/v1/auth/refresh')).toBe(true)
    expect(isAnonymousPath('/api/v1/public/plans/QH')).toBe(true)
    expect(isAnonymousPath('/api/v1/auth/change-password')).toBe(false)
    expect(isAnonymousPath('/api/v1/me')).toBe(false)
  })
})
