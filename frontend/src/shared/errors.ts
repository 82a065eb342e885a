import { isApiProblem } from '@/api/client'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** A sentence for a person: the server's detail when there is one, else a message by status. */
export function errorMessage(e: unknown, t: Translate): string {
  if (isApiProblem(e)) {
    if (e.status === 0) return t('error.network')
    if (e.detail) return e.detail
    if (e.status === 404) return t('error.notFound')
    if (e.status >= 500) return t('error.server', { status: e.status })
    return e.title
  }
  if (e instanceof Error && e.message) return e.message
  return t('error.unknown')
}

/** A write refused because the resource changed since it was read (412), or sent without its ETag (428). */
export function isStaleWrite(e: unknown): boolean {
  return isApiProblem(e) && (e.status === 412 || e.status === 428)
}
