/**
 * Bearer authentication for the API client, at the fetch level so a request can be replayed:
 * the access token is added to every request (except the public and sign-in endpoints); a 401
 * triggers one refresh — shared by all requests that fail at the same time — and one retry.
 * When the refresh fails the session has expired and the handler's `onExpired` runs.
 */

export interface AuthHandler {
  /** The current access token, if signed in. */
  accessToken(): string | null
  /** Renews the tokens; resolves to false when that is impossible (no or stale refresh token). */
  refresh(): Promise<boolean>
  /** The session cannot be renewed: forget it and ask the person to sign in. */
  onExpired(): void
}

const NO_AUTH: AuthHandler = { accessToken: () => null, refresh: async () => false, onExpired: () => undefined }
let handler: AuthHandler = NO_AUTH

export function setAuthHandler(h: AuthHandler | null): void {
  handler = h ?? NO_AUTH
}

/** Paths that never carry a bearer token and whose 401 means "wrong credentials", not "expired". */
const ANONYMOUS_PATHS = [/\/api\/v1\/auth\/(login|refresh|logout)$/, /\/api\/v1\/public(\/|$)/]

export function isAnonymousPath(pathname: string): boolean {
  return ANONYMOUS_PATHS.some((re) => re.test(pathname))
}

/**
 * Wraps a function so that calls made while one is running share its promise (one refresh for
 * many concurrent 401s); the next call after it settles starts a new run.
 */
export function singleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null
  return () => {
    if (!running) {
      running = fn().finally(() => {
        running = null
      })
    }
    return running
  }
}

function withToken(request: Request, token: string | null): Request {
  const r = new Request(request)
  if (token) r.headers.set('Authorization', `Bearer ${token}`)
  else r.headers.delete('Authorization')
  return r
}

/** A fetch that signs requests and refreshes once on 401. `base` is resolved per call (tests stub it). */
export function authFetch(base?: typeof fetch): (request: Request) => Promise<Response> {
  const doFetch = (r: Request) => (base ?? globalThis.fetch)(r)
  return async (request) => {
    if (isAnonymousPath(new URL(request.url).pathname)) return doFetch(request)

    const spare = request.clone() // the body of the first attempt is consumed by fetch
    const sent = handler.accessToken()
    const first = await doFetch(withToken(request, sent))
    if (first.status !== 401) return first

    // Another request may already have renewed the token since this one left.
    const current = handler.accessToken()
    const renewed = current && current !== sent ? true : await handler.refresh()
    if (!renewed) {
      handler.onExpired()
      return first
    }
    const second = await doFetch(withToken(spare, handler.accessToken()))
    if (second.status === 401) handler.onExpired()
    return second
  }
}

/**
 * For requests that cannot go through fetch (an upload with a progress bar needs XMLHttpRequest):
 * the current access token, and one renewal after a 401 (false: the session has expired).
 */
export function currentAccessToken(): string | null {
  return handler.accessToken()
}

export async function renewAccessToken(sent: string | null): Promise<boolean> {
  const current = handler.accessToken()
  if (current && current !== sent) return true
  const renewed = await handler.refresh()
  if (!renewed) handler.onExpired()
  return renewed
}
