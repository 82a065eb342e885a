// @vitest-environment node
// (jsdom's File is not a Blob to Node's fetch Request, as a browser's File is to the browser's: Node's own are used here)
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setAuthHandler } from '@/api/auth'
import { ApiProblem } from '@/api/problem'
import { submitImport } from './api'
import { job } from './testJob'

describe('submitImport', () => {
  const fileOf = (text: string, name: string) => new File([text], name)
  afterEach(() => setAuthHandler(null))

  it('sends the file as the body with its type, URL-encoded name, options and the bearer token', async () => {
    setAuthHandler({ accessToken: () => 'tok', refresh: async () => false, onExpired: () => undefined })
    const fetchImpl = vi.fn(async (r: Request) => {
      const url = new URL(r.url)
      expect(r.method).toBe('POST')
      expect(url.pathname).toBe('/api/v1/imports')
      expect(Object.fromEntries(url.searchParams)).toEqual({ kind: 'metric-values', planId: '1', dryRun: 'false', charset: 'GB18030' })
      expect(r.headers.get('Authorization')).toBe('Bearer tok')
      expect(r.headers.get('Content-Type')).toBe('text/csv')
      expect(r.headers.get('X-File-Name')).toBe('%E6%8C%87%E6%A0%87%201.csv')
      expect(r.headers.get('Idempotency-Key')).toBe('key-1')
      expect(await r.text()).toBe('指标代码\n')
      return new Response(JSON.stringify(job({ id: 9 })), { status: 202, headers: { 'Content-Type': 'application/json' } })
    })
    const file = fileOf('指标代码\n', '指标 1.csv')
    const created = await submitImport(file, { kind: 'metric-values', planId: 1, dryRun: false, charset: 'GB18030', idempotencyKey: 'key-1' }, fetchImpl as typeof fetch)
    expect(created.id).toBe(9)
  })

  it('sends no charset for a workbook and no key for a dry run', async () => {
    const fetchImpl = vi.fn(async (r: Request) => {
      const url = new URL(r.url)
      expect(Object.fromEntries(url.searchParams)).toEqual({ kind: 'responsibility-units', dryRun: 'true' })
      expect(r.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      expect(r.headers.has('Idempotency-Key')).toBe(false)
      return new Response(JSON.stringify(job()), { status: 202, headers: { 'Content-Type': 'application/json' } })
    })
    await submitImport(fileOf('PK', 'units.xlsx'), { kind: 'responsibility-units', dryRun: true, charset: 'UTF-8' }, fetchImpl as typeof fetch)
    expect(fetchImpl).toHaveBeenCalledOnce()
  })

  it('throws the problem the server answered, and a network failure as status 0', async () => {
    const refused = vi.fn(
      async () =>
        new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'you may not import assignments' }), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    )
    await expect(submitImport(fileOf('x', 'a.csv'), { kind: 'assignments', planId: 1, dryRun: true }, refused as typeof fetch)).rejects.toMatchObject({
      status: 403,
      detail: 'you may not import assignments',
    })
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await submitImport(fileOf('x', 'a.csv'), { kind: 'metric-values', planId: 1, dryRun: false }, offline as typeof fetch).catch((e) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    expect(error.status).toBe(0)
  })
})
