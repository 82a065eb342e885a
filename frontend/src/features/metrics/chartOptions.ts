import type { EChartsCoreOption } from 'echarts/core'
import type { AttainmentRow, AttainmentStatus, SeriesView } from '@/api/types'
import { STATUS_COLORS, attainmentKey, formatFigure, formatNumber, periodLabel } from './metricFormat'

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ChartOptions {
  /** unit of the figures ("%", "次") */
  unit?: string
  /** the target line; undefined = the series' own targetValue, null = none */
  target?: number | null
}

function targetLine(target: number | null, unit: string, t: Translate, axis: 'xAxis' | 'yAxis') {
  if (target === null) return undefined
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed', color: '#e6a23c', width: 2 },
    label: { formatter: t('metrics.chart.target', { value: formatFigure(target, unit) }), position: axis === 'yAxis' ? 'insideEndTop' : 'end' },
    data: [{ [axis]: target, name: 'target' }],
  }
}

/**
 * A metric over the periods of a year: this period's figure as bars, the year so far as a line,
 * and the target as a dashed mark line.
 */
export function buildSeriesOption(series: SeriesView, t: Translate, opts: ChartOptions = {}): EChartsCoreOption {
  const unit = opts.unit ?? ''
  const target = opts.target === undefined ? series.targetValue : opts.target
  const periods = series.points.map((p) => periodLabel(p.period ?? '', t))
  const figureName = t('metrics.chart.figure')
  const cumulativeName = t('metrics.chart.cumulative')
  const values = series.points.flatMap((p) => [p.figure, p.cumulative]).filter((v): v is number => typeof v === 'number')
  const max = Math.max(target ?? 0, ...values, 0)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatFigure(typeof v === 'number' ? v : null, unit) },
    legend: { data: [figureName, cumulativeName], top: 0 },
    grid: { left: 48, right: 96, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', name: unit, max: unit === '%' && max <= 100 ? 100 : undefined },
    series: [
      {
        name: figureName,
        type: 'bar',
        barMaxWidth: 48,
        data: series.points.map((p) => p.figure ?? null),
        itemStyle: { color: '#409eff' },
        label: { show: true, position: 'top', formatter: (p: { value: unknown }) => formatNumber(p.value as number | null) },
      },
      {
        name: cumulativeName,
        type: 'line',
        data: series.points.map((p) => p.cumulative ?? null),
        itemStyle: { color: '#303133' },
        markLine: targetLine(target, unit, t, 'yAxis'),
      },
    ],
  }
}

export interface BreakdownDatum {
  value: number
  unitId: number | null
  hasChildren: boolean
  status: AttainmentStatus
  itemStyle: { color: string }
  label: { formatter: string }
}

/** Rows with a figure first, highest first; rows without data last, in their order. */
export function sortRows(rows: readonly AttainmentRow[]): AttainmentRow[] {
  const withData = rows.filter((r) => typeof r.figure === 'number')
  const without = rows.filter((r) => typeof r.figure !== 'number')
  return [...withData.sort((a, b) => (b.figure as number) - (a.figure as number)), ...without]
}

/**
 * The units under a scope as horizontal bars, highest figure on top, coloured by attainment and
 * labelled with the figure and the status as text; units without data are kept at the bottom as
 * empty bars labelled "无数据"; the target is a dashed vertical line.
 */
export function buildBreakdownOption(rows: readonly AttainmentRow[], target: number | null, t: Translate, opts: Omit<ChartOptions, 'target'> = {}): EChartsCoreOption {
  const unit = opts.unit ?? ''
  const sorted = sortRows(rows)
  const data: BreakdownDatum[] = sorted.map((r) => {
    const status = (r.status ?? 'NO_DATA') as AttainmentStatus
    const has = typeof r.figure === 'number'
    return {
      value: has ? (r.figure as number) : 0,
      unitId: r.unitId ?? null,
      hasChildren: !!r.hasChildren,
      status,
      itemStyle: { color: STATUS_COLORS[status] ?? STATUS_COLORS.NO_DATA },
      label: { formatter: has ? `${formatFigure(r.figure, unit)} · ${t(attainmentKey(status))}` : t(attainmentKey('NO_DATA')) },
    }
  })
  const max = Math.max(target ?? 0, ...data.map((d) => d.value), 0)
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; dataIndex: number }) => {
        const r = sorted[p.dataIndex]
        if (!r) return p.name
        return [
          p.name,
          `${t('metrics.col.figure')}: ${formatFigure(r.figure, unit)}`,
          `${t('metrics.col.status')}: ${t(attainmentKey(r.status))}`,
          `${t('metrics.col.reporting')}: ${r.reporting ?? 0} / ${r.expected ?? 0}`,
        ].join('<br/>')
      },
    },
    grid: { left: 8, right: 160, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: unit, max: unit === '%' && max <= 100 ? 100 : undefined },
    yAxis: { type: 'category', inverse: true, data: sorted.map((r) => r.unitName ?? '—'), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        name: t('metrics.chart.figure'),
        type: 'bar',
        barMaxWidth: 18,
        data,
        label: { show: true, position: 'right' },
        markLine: targetLine(target, unit, t, 'xAxis'),
      },
    ],
  }
}

/** Pixel height that gives each bar of the breakdown room. */
export function breakdownHeight(rowCount: number): number {
  return Math.max(160, rowCount * 26 + 64)
}
