import { describe, expect, it } from 'vitest'
import type { AttainmentRow, SeriesView } from '@/api/types'
import { inLocale, translator } from '@/locales/translator'
import { breakdownHeight, buildBreakdownOption, buildSeriesOption, sortRows, type BreakdownDatum } from './chartOptions'

const tZh = translator('zh-CN')
const tEn = translator('en')

/** ECharts options are loosely typed: tests look into them as plain objects. */
type Opt = Record<string, any>

const series: SeriesView = {
  metricId: 13,
  unitId: 1,
  unitName: '青海省人民政府',
  year: 2024,
  targetValue: 90,
  points: [
    { period: '2024-Q1', figure: 88.7039, cumulative: 88.7039, status: 'NOT_MET', reporting: 72 },
    { period: '2024-Q2', figure: 86.8862, cumulative: 87.7663, status: 'NOT_MET', reporting: 72 },
    { period: '2024-Q3', figure: null, cumulative: 87.7663, status: 'NOT_MET', reporting: 0 },
  ],
}

const row = (unitName: string, figure: number | null, status: AttainmentRow['status'], extra: Partial<AttainmentRow> = {}): AttainmentRow => ({
  unitId: unitName.length,
  unitName,
  unitType: 'PREFECTURE',
  figure,
  status,
  reporting: figure === null ? 0 : 1,
  expected: 1,
  hasChildren: false,
  ...extra,
})

describe('buildSeriesOption', () => {
  it('draws the figure as bars, the year so far as a line and the target as a mark line', () => {
    const o = buildSeriesOption(series, tZh, { unit: '%' }) as Opt
    expect(o.xAxis.data).toEqual(['2024年第1季度', '2024年第2季度', '2024年第3季度'])
    const [bars, line] = o.series
    expect(bars.type).toBe('bar')
    expect(bars.name).toBe('本期')
    expect(bars.data).toEqual([88.7039, 86.8862, null])
    expect(line.type).toBe('line')
    expect(line.name).toBe('累计')
    expect(line.data).toEqual([88.7039, 87.7663, 87.7663])
    expect(line.markLine.data).toEqual([{ yAxis: 90, name: 'target' }])
    expect(line.markLine.label.formatter).toBe('目标 90 %')
    expect(o.legend.data).toEqual(['本期', '累计'])
    expect(o.yAxis.max).toBe(100)
  })

  it('labels in English and takes an explicit target over the series one', () => {
    const o = inLocale('en', () => buildSeriesOption(series, tEn, { unit: '%', target: 100 })) as Opt
    expect(o.xAxis.data[1]).toBe('Q2 2024')
    expect(o.series[1].name).toBe('Year to date')
    expect(o.series[1].markLine.data[0].yAxis).toBe(100)
    expect(o.series[1].markLine.label.formatter).toBe('Target 100%')
  })

  it('has no target line for comparisons and reference metrics', () => {
    const o = buildSeriesOption({ ...series, targetValue: null }, tZh, { unit: '%' }) as Opt
    expect(o.series[1].markLine).toBeUndefined()
    expect((buildSeriesOption(series, tZh, { target: null }) as Opt).series[1].markLine).toBeUndefined()
  })
})

describe('buildBreakdownOption', () => {
  const rows = [row('海东市', 84.2, 'NOT_MET'), row('省商务厅', null, 'NO_DATA'), row('西宁市', 90.4, 'MET', { hasChildren: true }), row('果洛州', 85.9, 'NOT_MET')]

  it('sorts units by figure, highest first on top, and keeps units without data last', () => {
    const o = buildBreakdownOption(rows, 90, tZh, { unit: '%' }) as Opt
    expect(o.yAxis.data).toEqual(['西宁市', '果洛州', '海东市', '省商务厅'])
    expect(o.yAxis.inverse).toBe(true)
    expect(sortRows(rows).map((r) => r.unitName)).toEqual(['西宁市', '果洛州', '海东市', '省商务厅'])
  })

  it('colours by status and says the status in the label, marking units without data', () => {
    const data = (buildBreakdownOption(rows, 90, tZh, { unit: '%' }) as Opt).series[0].data as BreakdownDatum[]
    expect(data.map((d) => d.status)).toEqual(['MET', 'NOT_MET', 'NOT_MET', 'NO_DATA'])
    expect(data[0].itemStyle.color).not.toBe(data[1].itemStyle.color)
    expect(data[0].label.formatter).toBe('90.4 % · 达标')
    expect(data[1].label.formatter).toBe('85.9 % · 未达标')
    expect(data[3]).toMatchObject({ value: 0, status: 'NO_DATA' })
    expect(data[3].label.formatter).toBe('无数据')
    expect(data[0]).toMatchObject({ unitId: 3, hasChildren: true })
  })

  it('draws the target as a vertical line, in English too', () => {
    const o = inLocale('en', () => buildBreakdownOption(rows, 90, tEn, { unit: '%' })) as Opt
    expect(o.series[0].markLine.data).toEqual([{ xAxis: 90, name: 'target' }])
    expect(o.series[0].markLine.label.formatter).toBe('Target 90%')
    expect(o.series[0].data[3].label.formatter).toBe('No data')
    expect(o.series[0].data[0].label.formatter).toBe('90.4% · Met')
  })

  it('omits the target line when there is none and tells its tooltip in words', () => {
    const o = buildBreakdownOption(rows, null, tZh, { unit: '%' }) as Opt
    expect(o.series[0].markLine).toBeUndefined()
    const tip = o.tooltip.formatter({ name: '西宁市', dataIndex: 0 }) as string
    expect(tip).toContain('西宁市')
    expect(tip).toContain('达标')
    expect(tip).toContain('1 / 1')
  })

  it('gives every bar room', () => {
    expect(breakdownHeight(0)).toBe(160)
    expect(breakdownHeight(30)).toBeGreaterThan(breakdownHeight(9))
  })
})
