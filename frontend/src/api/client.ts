import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiProblem, problemMiddleware } from './problem'

export { ApiProblem, isApiProblem } from './problem'
export type { FieldError } from './problem'

type TokenProvider = () => string | null | undefined

let tokenProvider: TokenProvider = () => null

/** Hook for the session store (login comes later): whatever it returns is sent as a bearer token. */
export function setAuthTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider
}

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = tokenProvider()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

export function createApiClient(baseUrl = '', fetchImpl?: typeof fetch) {
  const client = createClient<paths>({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
  client.use(authMiddleware, problemMiddleware)
  return client
}

export const api = createApiClient('')

/**
 * The middleware throws for every error response, so a result without data means the server
 * answered 2xx without a body where one was expected.
 */
export function unwrap<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiProblem({ status: result.response.status, title: 'Empty response' })
  }
  return result.data
}
