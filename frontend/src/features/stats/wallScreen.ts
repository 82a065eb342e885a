import type { DashboardView } from '@/api/types'
import { periodLabel } from '@/features/metrics/metricFormat'
import { COLOURS, colourKey } from '@/features/reporting/reporting'
import { formatPercent, percentOf } from './stats'

type Translate = (key: string, named?: Record<string, unknown>) => string

// ——— the wall screen (the big screen of the dashboard, for the meeting room) ———

export const DEFAULT_REFRESH_SECONDS = 60
/** The red assignments the wall lists (the two-line rows its panel has room for at any size). */
export const OVERDUE_ROWS = 6
/** The ranking's bars the wall shows (the best; the panel says how many there are). */
export const RANKING_ROWS = 10

/** `?refresh=` in seconds: 60 when absent, at least 2, at most an hour. */
export function refreshSeconds(value: number | undefined): number {
  if (value === undefined) return DEFAULT_REFRESH_SECONDS
  return Math.min(3600, Math.max(2, value))
}

/** 09:05:03 */
export function clockTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

export type Tone = 'danger' | 'warning' | 'success' | 'info' | 'primary'
const COLOUR_TONE = { RED: 'danger', YELLOW: 'warning', GREEN: 'success' } as const

/** A headline figure of the wall: the figure, what it counts, and its parts in words, each with a tone. */
export interface WallKpi {
  id: 'tasks' | 'assignments' | 'overdue' | 'reports' | 'metrics'
  title: string
  value: string
  hint: string
  parts: { text: string; tone: Tone }[]
}

/** The dashboard's five headline figures as the wall shows them (the same counts as the dashboard's cards). */
export function wallKpis(d: DashboardView, t: Translate): WallKpi[] {
  const colours = (c: { red?: number; yellow?: number; green?: number }) =>
    COLOURS.map((colour) => ({ text: `${t(colourKey(colour))} ${(colour === 'RED' ? c.red : colour === 'YELLOW' ? c.yellow : c.green) ?? 0}`, tone: COLOUR_TONE[colour] as Tone }))
  const r = d.reports
  const m = d.metrics
  const metricTotal = (m.met ?? 0) + (m.notMet ?? 0) + (m.noData ?? 0)
  return [
    { id: 'tasks', title: t('stats.kpi.tasks'), value: String(d.tasks.total ?? 0), hint: t('stats.kpi.tasksHint'), parts: colours(d.tasks) },
    {
      id: 'assignments',
      title: t('stats.kpi.assignments'),
      value: formatPercent(d.assignments.completionPercent),
      hint: t('stats.kpi.completedOf', { done: d.assignments.completed ?? 0, total: d.assignments.total ?? 0 }),
      parts: colours(d.assignments),
    },
    { id: 'overdue', title: t('stats.kpi.overdue'), value: String(d.assignments.overdue ?? 0), hint: t('stats.kpi.overdueHint'), parts: [] },
    {
      id: 'reports',
      title: t('stats.kpi.reports', { period: periodLabel(r.period ?? '', t) }),
      value: `${r.filed ?? 0} / ${r.due ?? 0}`,
      hint: `${t('stats.kpi.filedOfDue')} · ${t('stats.kpi.deadline', { date: r.deadline ?? '—' })}`,
      parts: [
        { text: `${t('stats.reports.approved')} ${r.approved ?? 0}`, tone: 'success' },
        { text: `${t('stats.reports.submitted')} ${r.submitted ?? 0}`, tone: 'primary' },
        { text: `${t('stats.reports.returned')} ${r.returned ?? 0}`, tone: 'warning' },
        { text: `${t('stats.reports.missing')} ${r.missing ?? 0}`, tone: 'danger' },
      ],
    },
    {
      id: 'metrics',
      title: t('stats.kpi.metrics'),
      value: formatPercent(percentOf(m.met, metricTotal)),
      hint: t('stats.kpi.metricsHint', { n: metricTotal }),
      parts: [
        { text: `${t('enum.attainment.MET')} ${m.met ?? 0}`, tone: 'success' },
        { text: `${t('enum.attainment.NOT_MET')} ${m.notMet ?? 0}`, tone: 'danger' },
        { text: `${t('enum.attainment.NO_DATA')} ${m.noData ?? 0}`, tone: 'info' },
      ],
    },
  ]
}
