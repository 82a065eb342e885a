import type { Middleware } from 'openapi-fetch'

/** One field-level error of an RFC 9457 problem, as the backend reports it. */
export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details (application/problem+json), thrown by the API client for every non-2xx answer. */
export class ApiProblem extends Error {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  readonly instance?: string
  readonly errors: FieldError[]

  constructor(init: {
    type?: string
    title?: string
    status: number
    detail?: string
    instance?: string
    errors?: FieldError[]
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`)
    this.name = 'ApiProblem'
    this.type = init.type ?? 'about:blank'
    this.title = init.title ?? `HTTP ${init.status}`
    this.status = init.status
    this.detail = init.detail
    this.instance = init.instance
    this.errors = init.errors ?? []
  }

  /** Field errors keyed by field name (several messages for one field are joined). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.errors) {
      out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message
    }
    return out
  }
}

export function isApiProblem(e: unknown): e is ApiProblem {
  return e instanceof ApiProblem
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function asFieldErrors(v: unknown): FieldError[] {
  if (!Array.isArray(v)) return []
  return v
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ field: asString(e.field) ?? '', message: asString(e.message) ?? '' }))
}

/** Builds an ApiProblem from an error response; bodies that are not problem+json still give a usable error. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('content-type') ?? ''
  if (contentType.includes('json')) {
    try {
      const body = (await response.clone().json()) as Record<string, unknown>
      if (body && typeof body === 'object') {
        return new ApiProblem({
          type: asString(body.type),
          title: asString(body.title) ?? (response.statusText || undefined),
          status: typeof body.status === 'number' ? body.status : response.status,
          detail: asString(body.detail),
          instance: asString(body.instance),
          errors: asFieldErrors(body.errors),
        })
      }
    } catch {
      // fall through: unparsable body
    }
  }
  return new ApiProblem({ status: response.status, title: response.statusText || undefined })
}

/** openapi-fetch middleware: every non-2xx response becomes a thrown ApiProblem; network failures too (status 0). */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await problemFromResponse(response)
    return undefined
  },
  onError({ error }) {
    if (error instanceof ApiProblem) return error
    const message = error instanceof Error ? error.message : String(error)
    return new ApiProblem({ status: 0, title: 'Network error', detail: message })
  },
}
