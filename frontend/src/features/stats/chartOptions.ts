import type { EChartsCoreOption } from 'echarts/core'
import type { AttainmentMatrixView, AttainmentStatus, Colour, PeriodReports, ScorecardRow, SectionCounts } from '@/api/types'
import { STATUS_COLORS, attainmentKey, formatNumber, periodLabel } from '@/features/metrics/metricFormat'
import { COLOURS, colourKey } from '@/features/reporting/reporting'
import { COLOUR_HEX, formatPercent, matrixFigure, percentOf, shortPrefectureName } from './stats'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** What a click on a chart item carries (the series data item), read back by the page to navigate. */
export interface SectionSegment {
  value: number
  sectionId: number
  colour: Colour
}
export interface RankingBar {
  value: number
  unitId: number
  rank: number
}
export interface HeatCell {
  value: [number, number, number]
  metricId: number
  unitId: number
  status: AttainmentStatus
}
export interface TrendPoint {
  value: number
  period: string
}

const ROW = 30

/** Pixel height that gives each category of a horizontal bar chart a row. */
export function rowsHeight(rows: number, extra = 72, min = 180): number {
  return Math.max(min, rows * ROW + extra)
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

// ——— (a) completion by section ———

export const sectionName = (s: Pick<SectionCounts, 'number' | 'title'>) => `${s.number ?? ''}. ${s.title ?? ''}`.trim()

/**
 * Each section of the plan as a horizontal bar of its assignments, stacked by traffic light (红灯,
 * 黄灯, 绿灯 — the words in the legend and the counts on the segments, so colour is never alone).
 * A segment's data item carries the section and the colour for the click-through.
 */
export function buildSectionCompletionOption(sections: readonly SectionCounts[], t: Translate): EChartsCoreOption {
  const names = sections.map(sectionName)
  const countOf = (s: SectionCounts, c: Colour) => (c === 'RED' ? s.red : c === 'YELLOW' ? s.yellow : s.green) ?? 0
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: { dataIndex: number }[]) => {
        const s = sections[ps[0]?.dataIndex ?? -1]
        if (!s) return ''
        return [
          `<b>${escapeHtml(sectionName(s))}</b>`,
          ...COLOURS.map((c) => `${t(colourKey(c))}: ${countOf(s, c)}`),
          t('stats.chart.completedOf', { done: s.completed ?? 0, total: s.total ?? 0, percent: formatPercent(percentOf(s.completed, s.total)) }),
        ].join('<br/>')
      },
    },
    legend: { data: COLOURS.map((c) => t(colourKey(c))), top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { width: 230, overflow: 'truncate' } },
    series: COLOURS.map((c) => ({
      name: t(colourKey(c)),
      type: 'bar',
      stack: 'assignments',
      barMaxWidth: 22,
      itemStyle: { color: COLOUR_HEX[c] },
      emphasis: { focus: 'series' },
      label: { show: true, formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ''), color: c === 'YELLOW' ? '#303133' : '#ffffff' },
      cursor: 'pointer',
      data: sections.map((s): SectionSegment => ({ value: countOf(s, c), sectionId: s.sectionId ?? 0, colour: c })),
    })),
  }
}

// ——— (b) unit ranking ———

/** Rows by rank (ties keep the server's order). */
export function rankRows(rows: readonly ScorecardRow[]): ScorecardRow[] {
  return [...rows].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
}

/**
 * The scorecard as sorted horizontal bars, first place on top, each labelled with its score and
 * rank; the tooltip gives the three rates the score is made of.
 */
export function buildRankingOption(rows: readonly ScorecardRow[], t: Translate, opts: { short?: boolean } = {}): EChartsCoreOption {
  const ranked = rankRows(rows)
  const nameOf = (r: ScorecardRow) => (opts.short ? shortPrefectureName(r.name ?? '') : (r.name ?? '—'))
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = ranked[p.dataIndex]
        if (!r) return ''
        return [
          `<b>${escapeHtml(r.name ?? '')}</b>`,
          t('stats.ranking.rankOf', { rank: r.rank ?? '—' }),
          `${t('stats.score.score')}: ${formatNumber(r.score)}`,
          `${t('stats.score.completionRate')}: ${formatPercent(r.completionRate)}`,
          `${t('stats.score.reportingRate')}: ${formatPercent(r.reportingRate)}`,
          `${t('stats.score.attainmentRate')}: ${formatPercent(r.attainmentRate)}`,
        ].join('<br/>')
      },
    },
    grid: { left: 8, right: 96, top: 16, bottom: 16, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: ranked.map(nameOf), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [
      {
        name: t('stats.score.score'),
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: '#409eff' },
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const r = ranked[p.dataIndex]
            return r ? t('stats.ranking.label', { score: formatNumber(r.score), rank: r.rank ?? '—' }) : ''
          },
        },
        data: ranked.map((r): RankingBar => ({ value: r.score ?? 0, unitId: r.unitId ?? 0, rank: r.rank ?? 0 })),
      },
    ],
  }
}

// ——— (c) metric attainment heatmap ———

const STATUS_LEVEL: Record<AttainmentStatus, number> = { MET: 2, NOT_MET: 1, NO_DATA: 0 }
const LEVEL_STATUS: AttainmentStatus[] = ['NO_DATA', 'NOT_MET', 'MET']

/** Pixel height of the heatmap: a two-line row per metric. */
export function heatmapHeight(metrics: number): number {
  return Math.max(200, metrics * 40 + 96)
}

/**
 * Metrics (rows) × units (columns), each cell coloured by attainment and labelled with the figure
 * and the status in words; a unit a metric does not apply to has no cell. The piecewise visual map
 * is the legend: 达标 / 未达标 / 无数据.
 */
export function buildAttainmentHeatmapOption(matrix: AttainmentMatrixView, t: Translate, opts: { english?: boolean } = {}): EChartsCoreOption {
  const units = matrix.units
  const rows = matrix.rows
  const metricName = (r: (typeof rows)[number]) => (opts.english ? r.nameEn || r.name : r.name) ?? r.code ?? ''
  const cells: (HeatCell & { label: { formatter: string } })[] = []
  rows.forEach((r, y) => {
    units.forEach((u, x) => {
      const cell = r.cells?.find((c) => c.unitId === u.id)
      if (!cell) return
      const status = (cell.status ?? 'NO_DATA') as AttainmentStatus
      const figure = matrixFigure(r, cell.value, t)
      const word = t(attainmentKey(status))
      cells.push({
        value: [x, y, STATUS_LEVEL[status] ?? 0],
        metricId: r.metricId ?? 0,
        unitId: u.id ?? 0,
        status,
        label: { formatter: figure === '—' ? word : `${figure}\n${word}` },
      })
    })
  })
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: HeatCell }) => {
        const [x, y] = p.data.value
        const r = rows[y]
        const u = units[x]
        const cell = r?.cells?.find((c) => c.unitId === u?.id)
        if (!r || !u) return ''
        return [
          `<b>${escapeHtml(metricName(r))}</b>`,
          escapeHtml(u.name ?? ''),
          `${t('metrics.col.figure')}: ${matrixFigure(r, cell?.value, t)}`,
          `${t('metrics.col.status')}: ${t(attainmentKey(p.data.status))}`,
        ].join('<br/>')
      },
    },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', position: 'top', data: units.map((u) => shortPrefectureName(u.name ?? '')), splitArea: { show: true }, axisLabel: { interval: 0 } },
    yAxis: { type: 'category', inverse: true, data: rows.map(metricName), splitArea: { show: true }, axisLabel: { width: 210, overflow: 'truncate' } },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      top: 0,
      // listed worst first: a horizontal piecewise legend draws its pieces from the last
      pieces: LEVEL_STATUS.map((s) => ({ value: STATUS_LEVEL[s], label: t(attainmentKey(s)), color: STATUS_COLORS[s] })),
    },
    series: [
      {
        name: t('stats.heatmap.title'),
        type: 'heatmap',
        cursor: 'pointer',
        label: { show: true, fontSize: 11, lineHeight: 14, color: '#303133' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#303133', borderWidth: 1 } },
        data: cells,
      },
    ],
  }
}

// ——— (d) trend over the reporting periods ———

export const TREND_SERIES = [
  { field: 'due', key: 'stats.reports.due', color: '#909399' },
  { field: 'filed', key: 'stats.reports.filed', color: '#409eff' },
  { field: 'onTime', key: 'stats.reports.onTime', color: '#13c2c2' },
  { field: 'approved', key: 'stats.reports.approved', color: '#67c23a' },
  { field: 'completed', key: 'stats.trend.completed', color: '#722ed1' },
] as const satisfies readonly { field: keyof PeriodReports; key: string; color: string }[]

/**
 * One line per count over the periods of the year: reports due, filed, on time, approved, and
 * assignments completed by the period's end. A point carries its period (a click selects it).
 */
export function buildTrendOption(trend: readonly PeriodReports[], t: Translate, selected?: string): EChartsCoreOption {
  const labels = trend.map((p) => periodLabel(p.period ?? '', t))
  const selectedIndex = selected ? trend.findIndex((p) => p.period === selected) : -1
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: TREND_SERIES.map((s) => t(s.key)), top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: TREND_SERIES.map((s, i) => ({
      name: t(s.key),
      type: 'line',
      symbolSize: 8,
      cursor: 'pointer',
      itemStyle: { color: s.color },
      lineStyle: { color: s.color, width: 2 },
      data: trend.map((p): TrendPoint => ({ value: (p[s.field] as number | undefined) ?? 0, period: p.period ?? '' })),
      markLine:
        i === 0 && selectedIndex >= 0
          ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#c0c4cc' }, label: { formatter: t('stats.trend.selected') }, data: [{ xAxis: selectedIndex }] }
          : undefined,
    })),
  }
}
