import { api, etagOf, isApiProblem, unwrap } from '@/api/client'
import type {
  AttainmentSummary,
  AttainmentView,
  MetricKind,
  MetricValueView,
  MetricView,
  Page,
  SeriesView,
  ValueChange,
  ValueInput,
} from '@/api/types'

export interface MetricListQuery {
  planId?: number
  taskId?: number
  kind?: MetricKind
  q?: string
  page: number
  size: number
  sort?: string
}

export async function listMetrics(query: MetricListQuery): Promise<Page<MetricView>> {
  return unwrap(await api.GET('/api/v1/metrics', { params: { query } }))
}

/** Every metric of a plan (a plan has a few dozen at most), fetched page by page. */
export async function listAllMetrics(planId: number): Promise<MetricView[]> {
  const out: MetricView[] = []
  for (let page = 1; ; page++) {
    const res = await listMetrics({ planId, page, size: 200, sort: 'code' })
    out.push(...res.items)
    if (res.items.length === 0 || out.length >= res.total) return out
  }
}

export async function getMetric(id: number): Promise<MetricView> {
  return unwrap(await api.GET('/api/v1/metrics/{id}', { params: { path: { id } } }))
}

export async function getAttainmentSummary(planId: number, year: number): Promise<AttainmentSummary[]> {
  return unwrap(await api.GET('/api/v1/metrics/attainment-summary', { params: { query: { planId, year } } }))
}

export async function getAttainment(id: number, period: string, parentId?: number): Promise<AttainmentView> {
  return unwrap(await api.GET('/api/v1/metrics/{id}/attainment', { params: { path: { id }, query: { period, parentId } } }))
}

export async function getSeries(id: number, year: number, unitId?: number): Promise<SeriesView> {
  return unwrap(await api.GET('/api/v1/metrics/{id}/series', { params: { path: { id }, query: { year, unitId } } }))
}

export interface ValueKey {
  metricId: number
  unitId: number
  period: string
}

/** A unit's figure for a period with its ETag, or null when none has been entered yet. */
export async function findValue(key: ValueKey): Promise<{ value: MetricValueView; etag: string } | null> {
  try {
    const res = await api.GET('/api/v1/metric-values/{metricId}/{unitId}/{period}', { params: { path: key } })
    return { value: unwrap(res), etag: etagOf(res) }
  } catch (e) {
    if (isApiProblem(e) && e.status === 404) return null
    throw e
  }
}

/** Enters a figure (no ETag) or corrects it (If-Match: the ETag it was read with). */
export async function putValue(key: ValueKey, body: ValueInput, etag?: string): Promise<{ value: MetricValueView; etag: string; created: boolean }> {
  const res = await api.PUT('/api/v1/metric-values/{metricId}/{unitId}/{period}', {
    params: { path: key, header: etag ? { 'If-Match': etag } : undefined },
    body,
  })
  return { value: unwrap(res), etag: etagOf(res), created: res.response.status === 201 }
}

export async function getValueHistory(key: ValueKey): Promise<ValueChange[]> {
  return unwrap(await api.GET('/api/v1/metric-values/{metricId}/{unitId}/{period}/history', { params: { path: key } })) as ValueChange[]
}
