import createClient from 'openapi-fetch'
import type { paths } from './schema'
import { authFetch } from './auth'
import { ApiProblem, problemMiddleware } from './problem'

export { ApiProblem, isApiProblem } from './problem'
export type { FieldError } from './problem'
export { setAuthHandler, type AuthHandler } from './auth'

/** A typed client: bearer auth with refresh-on-401 (see auth.ts), every non-2xx thrown as an ApiProblem. */
export function createApiClient(baseUrl = '', fetchImpl?: typeof fetch) {
  const client = createClient<paths>({ baseUrl, fetch: authFetch(fetchImpl) })
  client.use(problemMiddleware)
  return client
}

// An absolute base, so requests resolve the same in the browser and in tests (jsdom).
export const api = createApiClient(typeof location === 'undefined' ? '' : location.origin)

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

/** The ETag of a response, for the If-Match of a following update. */
export function etagOf(result: { response: Response }): string {
  return result.response.headers.get('ETag') ?? ''
}
