import { isApiProblem } from '@/api/problem'

/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts (HTTPS, localhost); on a
 * plain-HTTP intranet address a version-4 UUID is made from crypto.getRandomValues instead.
 */
export function newIdempotencyKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID()
  const b = c.getRandomValues(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** No answer, or one the server did not keep under the key (still running, failed): the create may have happened. */
const mayHaveHappened = (e: unknown) => !isApiProblem(e) || e.status === 0 || e.status === 409 || e.status >= 500

/**
 * Sends one thing to be created under an Idempotency-Key: a retry after no answer reuses the key,
 * so the server creates it at most once; once the server has answered (created, or refused with a
 * 4xx) the next send gets a fresh key, since a corrected body under the old key would be a 422.
 */
export function idempotentSender(makeKey: () => string = newIdempotencyKey) {
  let key: string | null = null
  return async function send<T>(request: (key: string) => Promise<T>): Promise<T> {
    key ??= makeKey()
    try {
      const result = await request(key)
      key = null
      return result
    } catch (e) {
      if (!mayHaveHappened(e)) key = null
      throw e
    }
  }
}
