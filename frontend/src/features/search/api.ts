import { api, unwrap } from '@/api/client'
import type { SearchGroup, SearchView } from '@/api/types'

export interface SearchQuery {
  q: string
  /** only this group; the others come back null */
  type?: SearchGroup
  /** hits per group (1–50, server default 8) */
  limit?: number
  offset?: number
}

export async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchView> {
  return unwrap(await api.GET('/api/v1/search', { params: { query }, signal }))
}
