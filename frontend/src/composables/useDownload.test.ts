import { afterEach, describe, expect, it, vi } from 'vitest'
import { setAuthHandler } from '@/api/auth'
import { ApiProblem } from '@/api/problem'
import { apiUrl, dispositionFileName, fetchFile, readBody, type DownloadProgress } from './useDownload'

describe('dispositionFileName', () => {
  it('prefers the RFC 5987 UTF-8 name, decoded, over the ASCII fallback', () => {
    expect(dispositionFileName(`attachment; filename="x.pdf"; filename*=UTF-8''%E8%BF%9B%E5%B1%95.pdf`)).toBe('进展.pdf')
    // the backend's export header: an underscored ASCII name, then the real one
    expect(
      dispositionFileName(`attachment; filename="2024_________.xlsx"; filename*=UTF-8''2024%E5%B9%B4%E5%B8%82%E5%B7%9E%E7%BB%BC%E5%90%88%E8%AF%84%E5%88%86%E6%8E%92%E5%90%8D.xlsx`),
    ).toBe('2024年市州综合评分排名.xlsx')
  })

  it('reads filename* in any case and position, with a language tag or quotes', () => {
    expect(dispositionFileName(`attachment; FILENAME*=utf-8'zh-CN'%E6%B8%85%E5%8D%95.csv`)).toBe('清单.csv')
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E6%B8%85%E5%8D%95.csv; filename="a.csv"`)).toBe('清单.csv')
    expect(dispositionFileName(`attachment; filename*="UTF-8''%E6%8A%A5%E5%91%8A.pdf"`)).toBe('报告.pdf')
    expect(dispositionFileName(`attachment;filename*=UTF-8''a%20b.pdf`)).toBe('a b.pdf')
  })

  it('falls back to the plain name, quoted or not, and to nothing', () => {
    expect(dispositionFileName('attachment; filename="plain.pdf"')).toBe('plain.pdf')
    expect(dispositionFileName('attachment; filename=bare.xlsx')).toBe('bare.xlsx')
    expect(dispositionFileName(`attachment; filename="ok.pdf"; filename*=UTF-8''%E8%BF`)).toBe('ok.pdf') // broken escape
    expect(dispositionFileName('attachment')).toBeUndefined()
    expect(dispositionFileName('')).toBeUndefined()
    expect(dispositionFileName(null)).toBeUndefined()
    expect(dispositionFileName(undefined)).toBeUndefined()
  })
})

describe('apiUrl', () => {
  it('leaves empty values out of the query', () => {
    expect(apiUrl('/api/v1/reports/tasks/export', { planId: 1, sectionId: undefined, colour: 'RED', unitId: null, status: '', format: 'xlsx' })).toBe(
      '/api/v1/reports/tasks/export?planId=1&colour=RED&format=xlsx',
    )
    expect(apiUrl('/api/v1/x')).toBe('/api/v1/x')
  })
})

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder()
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(enc.encode(p))
      c.close()
    },
  })
}

describe('readBody', () => {
  it('counts the bytes of every chunk, without a total when the length is unknown', async () => {
    const seen: DownloadProgress[] = []
    const res = new Response(streamOf(['abc', 'defgh']), { headers: { 'Content-Type': 'text/csv' } })
    const blob = await readBody(res, (p) => seen.push(p))
    expect(blob.size).toBe(8)
    expect(blob.type).toBe('text/csv')
    expect(seen.map((p) => p.received)).toEqual([0, 3, 8])
    expect(seen.every((p) => p.total === null)).toBe(true)
  })

  it('passes on Content-Length as the total', async () => {
    const seen: DownloadProgress[] = []
    await readBody(new Response(streamOf(['12345']), { headers: { 'Content-Length': '5' } }), (p) => seen.push(p))
    expect(seen.at(-1)).toEqual({ received: 5, total: 5 })
  })
})

describe('fetchFile', () => {
  afterEach(() => setAuthHandler(null))

  it('sends the bearer token and names the file from Content-Disposition', async () => {
    setAuthHandler({ accessToken: () => 'tok', refresh: async () => false, onExpired: () => undefined })
    const fetchImpl = vi.fn(async (r: Request) => {
      expect(r.headers.get('Authorization')).toBe('Bearer tok')
      expect(new URL(r.url).pathname).toBe('/api/v1/reports/scorecard/export')
      return new Response(streamOf(['PK']), {
        headers: { 'Content-Disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''%E6%8E%92%E5%90%8D.xlsx` },
      })
    })
    const file = await fetchFile('/api/v1/reports/scorecard/export?planId=1&type=PREFECTURE&format=xlsx', 'fallback.xlsx', undefined, fetchImpl as unknown as typeof fetch)
    expect(file.name).toBe('排名.xlsx')
    expect(file.blob.size).toBe(2)
    expect(fetchImpl).toHaveBeenCalledOnce()
  })

  it('uses the fallback name when the server gives none, and throws refusals as problems', async () => {
    const ok = async () => new Response('x')
    expect((await fetchFile('/api/v1/x', 'fallback.pdf', undefined, ok as unknown as typeof fetch)).name).toBe('fallback.pdf')
    const refused = async () =>
      new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'you may only read your own unit' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      })
    const err = await fetchFile('/api/v1/x', 'f', undefined, refused as unknown as typeof fetch).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiProblem)
    expect((err as ApiProblem).status).toBe(403)
    expect((err as ApiProblem).detail).toBe('you may only read your own unit')
    const down = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(((await fetchFile('/api/v1/x', 'f', undefined, down as unknown as typeof fetch).catch((e: unknown) => e)) as ApiProblem).status).toBe(0)
  })
})
