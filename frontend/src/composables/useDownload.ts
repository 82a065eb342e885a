import { ref, shallowRef } from 'vue'
import { authFetch } from '@/api/auth'
import { ApiProblem, problemFromResponse } from '@/api/problem'

/**
 * Files from the API (exports, evidence) need the bearer token, so no plain link: they are fetched
 * with the API client's auth (token, one renewal on 401), read chunk by chunk so a progress
 * indicator can count the bytes, and saved through a Blob under the name the server gives in
 * Content-Disposition (RFC 5987 `filename*=UTF-8''…` for Chinese names).
 */

/** The file name of a Content-Disposition header; RFC 5987 filename* (UTF-8, for Chinese names) wins. */
export function dispositionFileName(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name || undefined
}

export interface DownloadProgress {
  /** bytes read so far */
  received: number
  /** Content-Length, when the server sent one (exports are streamed: usually not) */
  total: number | null
}

/** Reads a response body to a Blob, reporting the bytes received after every chunk. */
export async function readBody(response: Response, onProgress?: (p: DownloadProgress) => void): Promise<Blob> {
  const length = Number(response.headers.get('Content-Length'))
  const total = Number.isFinite(length) && length > 0 ? length : null
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
  onProgress?.({ received: 0, total })
  if (!response.body) {
    const blob = await response.blob()
    onProgress?.({ received: blob.size, total })
    return blob.type ? blob : new Blob([blob], { type })
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value as Uint8Array<ArrayBuffer>)
    received += value.byteLength
    onProgress?.({ received, total })
  }
  return new Blob(chunks, { type })
}

/** Hands a Blob to the browser as a download under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export type QueryValues = Record<string, string | number | boolean | null | undefined>

/** An API path with its query (empty values left out), relative to this site. */
export function apiUrl(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

export interface FetchedFile {
  blob: Blob
  name: string
}

/**
 * Fetches a file with the signed-in person's token; a refusal is thrown as an ApiProblem (the
 * server's problem+json), a network failure as one with status 0.
 */
export async function fetchFile(url: string, fallbackName: string, onProgress?: (p: DownloadProgress) => void, fetchImpl?: typeof fetch): Promise<FetchedFile> {
  const base = typeof location === 'undefined' ? 'http://localhost' : location.origin
  let response: Response
  try {
    response = await authFetch(fetchImpl)(new Request(new URL(url, base)))
  } catch (e) {
    throw new ApiProblem({ status: 0, title: 'Network error', detail: e instanceof Error ? e.message : String(e) })
  }
  if (!response.ok) throw await problemFromResponse(response)
  const blob = await readBody(response, onProgress)
  return { blob, name: dispositionFileName(response.headers.get('Content-Disposition')) ?? fallbackName }
}

/**
 * One download at a time with its progress, for a button or a progress bar: `busy` names what is
 * being fetched (e.g. the format), `progress` counts the bytes; the error is thrown to the caller.
 */
export function useDownload() {
  const busy = ref<string | null>(null)
  const progress = shallowRef<DownloadProgress>({ received: 0, total: null })

  async function download(key: string, url: string, fallbackName: string): Promise<string> {
    busy.value = key
    progress.value = { received: 0, total: null }
    try {
      const file = await fetchFile(url, fallbackName, (p) => (progress.value = p))
      saveBlob(file.blob, file.name)
      return file.name
    } finally {
      busy.value = null
    }
  }

  return { busy, progress, download }
}
