import type { AttainmentStatus, Comparator, Granularity, MetricKind, MetricView, ValueInput } from '@/api/types'
import { formatDate, formatNumber, formatPercent } from '@/shared/format'
import type { TagType } from '@/shared/labels'

export { formatNumber }

type Translate = (key: string, named?: Record<string, unknown>) => string

export const METRIC_KINDS: readonly MetricKind[] = ['COUNT', 'RATIO', 'PERCENT', 'DEADLINE', 'COMPARISON']
export const ATTAINMENT_STATUSES: readonly AttainmentStatus[] = ['MET', 'NOT_MET', 'NO_DATA']

export const kindKey = (kind: string) => ((METRIC_KINDS as readonly string[]).includes(kind) ? `enum.metricKind.${kind}` : 'enum.unknown')
export const attainmentKey = (status: string | undefined) =>
  (ATTAINMENT_STATUSES as readonly string[]).includes(status ?? '') ? `enum.attainment.${status}` : 'enum.unknown'

export function attainmentTagType(status: string | undefined): TagType {
  return status === 'MET' ? 'success' : status === 'NOT_MET' ? 'danger' : 'info'
}

/** Bar colours by attainment (the chart's labels carry the status as text as well). */
export const STATUS_COLORS: Record<AttainmentStatus, string> = { MET: '#67c23a', NOT_MET: '#f56c6c', NO_DATA: '#c0c4cc' }

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }
/** A comparator as people write it (≥, ≤ …). */
export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = SYMBOLS
const WORDS: Record<Comparator, string> = { '>=': 'ge', '>': 'gt', '<=': 'le', '<': 'lt', '=': 'eq' }

/**
 * Metrics rolled up as "share of units meeting the target" (counts per unit, deadlines) show a
 * percentage above a single unit; their attainment asks for every unit, i.e. 100 %.
 */
export function isShareMetric(m: Pick<MetricView, 'unitAggregation'>): boolean {
  return m.unitAggregation === 'SHARE_MEETING_TARGET' || m.unitAggregation === 'ALL_DONE'
}

/** The unit of the figures the attainment and series endpoints answer. */
export function figureUnit(m: Pick<MetricView, 'unitAggregation' | 'unit'>): string {
  return isShareMetric(m) ? '%' : m.unit
}

/** The line to draw on charts of attainment figures; null for comparisons and reference metrics. */
export function chartTarget(m: Pick<MetricView, 'unitAggregation' | 'kind' | 'comparator' | 'targetValue'>): number | null {
  if (isShareMetric(m)) return 100
  if (m.kind === 'COMPARISON' || !m.comparator) return null
  return m.targetValue ?? null
}

/** A figure with its unit ("12 次"), a percentage as the language writes it; '—' when there is none. */
export function formatFigure(v: number | null | undefined, unit: string, digits = 1): string {
  if (unit === '%') return formatPercent(v, digits)
  const n = formatNumber(v, digits)
  return n === '—' ? n : `${n} ${unit}`.trim()
}

/**
 * The target as a sentence: "≥ 90 %", "2024-06-30 前完成", "高于 同期行政诉讼一审纠错率", or
 * "参照指标" for a metric that only serves as another's reference.
 */
export function targetText(m: Pick<MetricView, 'kind' | 'comparator' | 'targetValue' | 'targetDate' | 'unit'>, t: Translate, referenceName?: string): string {
  if (m.kind === 'DEADLINE') return m.targetDate ? t('metrics.target.deadline', { date: formatDate(m.targetDate) }) : t('metrics.target.none')
  if (m.kind === 'COMPARISON' && m.comparator) {
    return t('metrics.target.compare', { op: t(`metrics.compare.${WORDS[m.comparator]}`), name: referenceName ?? '—' })
  }
  if (!m.comparator) return t('metrics.target.reference')
  if (m.targetValue === null || m.targetValue === undefined) return t('metrics.target.none')
  return `${SYMBOLS[m.comparator]} ${formatFigure(m.targetValue, m.unit, 2)}`
}

/** The periods of a year in a metric's granularity: 2024; 2024-Q1…Q4; 2024-01…12. */
export function periodsOf(granularity: Granularity, year: number): string[] {
  if (granularity === 'QUARTER') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
  if (granularity === 'MONTH') return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
  return [String(year)]
}

/** What the attainment view may show: the year, then each period of the granularity. */
export function attainmentPeriods(granularity: Granularity, year: number): string[] {
  return granularity === 'YEAR' ? [String(year)] : [String(year), ...periodsOf(granularity, year)]
}

export function periodLabel(period: string, t: Translate): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) return t('metrics.period.quarter', { year: m[1], q: m[2] })
  m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) return t('metrics.period.month', { year: m[1], m: Number(m[2]) })
  if (/^\d{4}$/.test(period)) return t('metrics.period.year', { year: period })
  return period
}

/** The year of a period string (2024, 2024-Q2, 2024-05), or undefined. */
export function yearOf(period: string | undefined): number | undefined {
  const m = /^(\d{4})(?:-|$)/.exec(period ?? '')
  return m ? Number(m[1]) : undefined
}

// ——— the entry form ———

export type EntryShape = 'value' | 'ratio' | 'done'

/** Which fields a figure of this kind has. */
export function entryShape(kind: MetricKind): EntryShape {
  if (kind === 'RATIO' || kind === 'COMPARISON') return 'ratio'
  if (kind === 'DEADLINE') return 'done'
  return 'value'
}

export interface EntryModel {
  value: number | null
  numerator: number | null
  denominator: number | null
  done: boolean
  doneDate: string | null
  note: string
}

export const emptyEntry = (): EntryModel => ({ value: null, numerator: null, denominator: null, done: false, doneDate: null, note: '' })

/** numerator / denominator as a percentage, or null while it cannot be computed. */
export function ratioPercent(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || !denominator) return null
  return (numerator / denominator) * 100
}

/** Checks the form can show before sending (the server checks again): field → i18n key. */
export function entryProblems(kind: MetricKind, e: EntryModel): Record<string, string> {
  const out: Record<string, string> = {}
  const shape = entryShape(kind)
  if (shape === 'value') {
    if (e.value === null) out.value = 'metrics.entry.required'
    else if (e.value < 0) out.value = 'metrics.entry.notNegative'
    else if (kind === 'COUNT' && !Number.isInteger(e.value)) out.value = 'metrics.entry.whole'
    else if (kind === 'PERCENT' && e.value > 100) out.value = 'metrics.entry.atMost100'
  } else if (shape === 'ratio') {
    if (e.numerator === null) out.numerator = 'metrics.entry.required'
    else if (e.numerator < 0) out.numerator = 'metrics.entry.notNegative'
    if (e.denominator === null) out.denominator = 'metrics.entry.required'
    else if (e.denominator < 0) out.denominator = 'metrics.entry.notNegative'
    if (!out.numerator && !out.denominator && e.numerator! > e.denominator!) out.numerator = 'metrics.entry.numeratorTooBig'
  } else if (e.done && !e.doneDate) {
    out.doneDate = 'metrics.entry.required'
  }
  return out
}

/** The request body for a figure of this kind (only its own fields). */
export function toValueInput(kind: MetricKind, e: EntryModel): ValueInput {
  const note = e.note.trim() ? { note: e.note.trim() } : {}
  const shape = entryShape(kind)
  if (shape === 'ratio') return { numerator: e.numerator ?? undefined, denominator: e.denominator ?? undefined, ...note }
  if (shape === 'done') return { done: e.done, ...(e.done && e.doneDate ? { doneDate: e.doneDate } : {}), ...note }
  return { value: e.value ?? undefined, ...note }
}

/** The form's fields from a stored figure. */
export function fromValue(v: { value: number | null; numerator: number | null; denominator: number | null; done: boolean | null; doneDate?: string | null; note: string | null }): EntryModel {
  return {
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    done: v.done ?? false,
    doneDate: v.doneDate ?? null,
    note: v.note ?? '',
  }
}

/** A stored figure (a history entry's before/after) in one short line: "5 / 5 (100 %)", "12", "已完成 2024-05-01". */
export function describeFigure(raw: unknown, kind: MetricKind, t: Translate): string {
  if (!raw || typeof raw !== 'object') return '—'
  const v = raw as Record<string, unknown>
  const num = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : null)
  const shape = entryShape(kind)
  if (shape === 'ratio') {
    const p = ratioPercent(num('numerator'), num('denominator'))
    return `${formatNumber(num('numerator'), 4)} / ${formatNumber(num('denominator'), 4)}${p === null ? '' : ` (${formatPercent(p)})`}`
  }
  if (shape === 'done') return v.done ? t('metrics.entry.doneOn', { date: formatDate(typeof v.doneDate === 'string' ? v.doneDate : null) }) : t('metrics.entry.notDone')
  return formatNumber(num('value'), 4)
}
