import type { LocationQuery, LocationQueryValue } from 'vue-router'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 200
export const PAGE_SIZES = [10, 20, 50, 100]

function first(v: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s == null || s === '' ? undefined : s
}

export function queryString(q: LocationQuery, key: string): string | undefined {
  return first(q[key])
}

export function queryInt(q: LocationQuery, key: string): number | undefined {
  const s = first(q[key])
  if (s === undefined || !/^-?\d+$/.test(s)) return undefined
  return Number(s)
}

/** Page and size from the URL, clamped to what the API accepts. */
export function pageFromQuery(q: LocationQuery): { page: number; size: number } {
  const page = Math.max(1, queryInt(q, 'page') ?? 1)
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, queryInt(q, 'size') ?? DEFAULT_PAGE_SIZE))
  return { page, size }
}

/**
 * Merges changes into a query: undefined/empty removes a key, page=1 and the default size are
 * dropped so URLs stay short; changing anything but the page resets the page.
 */
export function mergeQuery(q: LocationQuery, changes: Record<string, string | number | undefined | null>): LocationQuery {
  const out: LocationQuery = { ...q }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === null || v === '') delete out[k]
    else out[k] = String(v)
  }
  if (!('page' in changes)) delete out.page
  if (out.page === '1') delete out.page
  if (out.size === String(DEFAULT_PAGE_SIZE)) delete out.size
  return out
}
