import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { api } from '@/api/client'
import { useSessionStore } from './session'

const ME = { kind: 'USER', id: 7, username: 'reporter-630100', displayName: '西宁市填报员', roles: ['REPORTER'], unitId: 3, unitName: '西宁市' }

/** A fake backend: access tokens a1, a2, … are valid one after the other; refresh tokens r1, r2, … likewise. */
function backend() {
  const state = { n: 0, valid: '', validRefresh: '', refreshCalls: 0, logoutBody: null as unknown }
  const issue = () => {
    state.n++
    state.valid = `a${state.n}`
    state.validRefresh = `r${state.n}`
    return Response.json({ accessToken: state.valid, refreshToken: state.validRefresh, expiresIn: 900, tokenType: 'Bearer' })
  }
  const problem = (status: number, detail: string) =>
    new Response(JSON.stringify({ status, title: 'Unauthorized', detail }), { status, headers: { 'content-type': 'application/problem+json' } })
  const fetchImpl = vi.fn(async (req: Request) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/auth/login') {
      const body = (await req.json()) as { password: string }
      return body.password === 'right-password' ? issue() : problem(401, 'invalid username or password, or the account is locked')
    }
    if (path === '/api/v1/auth/refresh') {
      state.refreshCalls++
      await new Promise((r) => setTimeout(r, 5))
      const body = (await req.json()) as { refreshToken: string }
      return body.refreshToken === state.validRefresh ? issue() : problem(401, 'invalid refresh token')
    }
    if (path === '/api/v1/auth/logout') {
      state.logoutBody = await req.json()
      return new Response(null, { status: 204 })
    }
    if (req.headers.get('authorization') !== `Bearer ${state.valid}`) return problem(401, 'expired')
    if (path === '/api/v1/me') return Response.json(ME)
    return Response.json({ items: [], page: 1, size: 20, total: 0 })
  })
  return { state, fetchImpl }
}

describe('session store', () => {
  let server: ReturnType<typeof backend>

  beforeEach(() => {
    localStorage.clear()
    server = backend()
    vi.stubGlobal('fetch', server.fetchImpl)
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('signs in, keeps the tokens in localStorage and loads me', async () => {
    const session = useSessionStore()
    const me = await session.login('reporter-630100', 'right-password')
    expect(me.displayName).toBe('西宁市填报员')
    expect(session.signedIn).toBe(true)
    expect(session.hasAnyRole(['REPORTER'])).toBe(true)
    expect(session.hasAnyRole(['ADMIN', 'SUPERVISOR'])).toBe(false)
    expect(JSON.parse(localStorage.getItem('duban.session')!)).toEqual({ accessToken: 'a1', refreshToken: 'r1' })
  })

  it("throws the server's problem on wrong credentials and stays signed out", async () => {
    const session = useSessionStore()
    await expect(session.login('x', 'wrong')).rejects.toMatchObject({ status: 401, detail: expect.stringContaining('invalid') })
    expect(session.signedIn).toBe(false)
    expect(localStorage.getItem('duban.session')).toBeNull()
  })

  it('picks the stored session up after a reload', async () => {
    await useSessionStore().login('u', 'right-password')
    setActivePinia(createPinia()) // a new page
    const session = useSessionStore()
    expect(session.me).toBeNull()
    expect((await session.ensureMe())?.username).toBe('reporter-630100')
  })

  it('renews an expired access token once for concurrent requests, then retries them', async () => {
    const session = useSessionStore()
    await session.login('u', 'right-password')
    server.state.valid = ''
    const calls = [1, 2, 3, 4].map(() => api.GET('/api/v1/plans', { params: { query: { page: 1 } } }))
    const results = await Promise.all(calls)
    expect(results.every((r) => r.response.status === 200)).toBe(true)
    expect(server.state.refreshCalls).toBe(1)
    expect(session.tokens).toEqual({ accessToken: 'a2', refreshToken: 'r2' })
    expect(JSON.parse(localStorage.getItem('duban.session')!).refreshToken).toBe('r2')
  })

  it('clears the session and tells listeners when the refresh token is refused', async () => {
    const session = useSessionStore()
    await session.login('u', 'right-password')
    const expired = vi.fn()
    session.onExpired(expired)
    server.state.valid = ''
    server.state.validRefresh = '' // revoked, e.g. after a password change elsewhere
    await expect(api.GET('/api/v1/plans')).rejects.toMatchObject({ status: 401 })
    await expect(api.GET('/api/v1/tasks')).rejects.toMatchObject({ status: 401 })
    expect(expired).toHaveBeenCalledTimes(1)
    expect(session.signedIn).toBe(false)
    expect(session.me).toBeNull()
    expect(localStorage.getItem('duban.session')).toBeNull()
  })

  it('adopts a pair another tab renewed instead of refreshing with a revoked token', async () => {
    const session = useSessionStore()
    await session.login('u', 'right-password')
    // the other tab refreshed: a2/r2 are in storage, r1 is revoked
    server.state.valid = 'a2'
    server.state.validRefresh = 'r2'
    localStorage.setItem('duban.session', JSON.stringify({ accessToken: 'a2', refreshToken: 'r2' }))
    const res = await api.GET('/api/v1/plans')
    expect(res.response.status).toBe(200)
    expect(server.state.refreshCalls).toBe(0)
    expect(session.tokens?.accessToken).toBe('a2')
  })

  it('logs out: forgets the session and revokes the refresh token', async () => {
    const session = useSessionStore()
    await session.login('u', 'right-password')
    const expired = vi.fn()
    session.onExpired(expired)
    await session.logout()
    expect(session.signedIn).toBe(false)
    expect(session.me).toBeNull()
    expect(server.state.logoutBody).toEqual({ refreshToken: 'r1' })
    expect(expired).not.toHaveBeenCalled()
  })
})
