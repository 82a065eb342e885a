import { describe, expect, it } from 'vitest'
import type { AttainmentMatrixView, PeriodReports, ScorecardRow, SectionCounts } from '@/api/types'
import { inLocale, translator } from '@/locales/translator'
import {
  TREND_SERIES,
  buildAttainmentHeatmapOption,
  buildRankingOption,
  buildSectionCompletionOption,
  buildTrendOption,
  heatmapHeight,
  rankRows,
  rowsHeight,
  sectionName,
  type HeatCell,
  type RankingBar,
  type SectionSegment,
  type TrendPoint,
} from './chartOptions'
import { COLOUR_HEX } from './stats'

const tZh = translator('zh-CN')
const tEn = translator('en')

/** ECharts options are loosely typed: tests look into them as plain objects. */
type Opt = Record<string, any>

const sections: SectionCounts[] = [
  { sectionId: 11, number: 1, title: '进一步加强党的领导', total: 13, red: 5, yellow: 0, green: 8, completed: 8 },
  { sectionId: 13, number: 3, title: '健全依法行政工作制度体系', total: 5, red: 1, yellow: 2, green: 2, completed: 2 },
]

describe('buildSectionCompletionOption', () => {
  it('stacks each section by light, with 红灯 / 黄灯 / 绿灯 in the legend', () => {
    const o = buildSectionCompletionOption(sections, tZh) as Opt
    expect(o.legend.data).toEqual(['红灯', '黄灯', '绿灯'])
    expect(o.series.map((s: Opt) => s.name)).toEqual(['红灯', '黄灯', '绿灯'])
    expect(o.series.every((s: Opt) => s.type === 'bar' && s.stack === 'assignments')).toBe(true)
    expect(o.series.map((s: Opt) => s.itemStyle.color)).toEqual([COLOUR_HEX.RED, COLOUR_HEX.YELLOW, COLOUR_HEX.GREEN])
    expect(o.yAxis.data).toEqual(['1. 进一步加强党的领导', '3. 健全依法行政工作制度体系'])
    expect(o.yAxis.inverse).toBe(true)
  })

  it('puts the section and the colour on every segment, for the click-through', () => {
    const o = buildSectionCompletionOption(sections, tZh) as Opt
    const red = o.series[0].data as SectionSegment[]
    expect(red).toEqual([
      { value: 5, sectionId: 11, colour: 'RED' },
      { value: 1, sectionId: 13, colour: 'RED' },
    ])
    expect((o.series[1].data as SectionSegment[])[1]).toEqual({ value: 2, sectionId: 13, colour: 'YELLOW' })
  })

  it('labels segments with their counts (none for empty ones) and tells a section in words', () => {
    const o = buildSectionCompletionOption(sections, tZh) as Opt
    expect(o.series[0].label.formatter({ value: 5 })).toBe('5')
    expect(o.series[1].label.formatter({ value: 0 })).toBe('')
    const tip = o.tooltip.formatter([{ dataIndex: 1 }]) as string
    expect(tip).toContain('3. 健全依法行政工作制度体系')
    expect(tip).toContain('红灯: 1')
    expect(tip).toContain('黄灯: 2')
    expect(tip).toContain('已完成 2 / 5（40 %）')
  })

  it('speaks English too, and escapes titles in the tooltip', () => {
    const o = buildSectionCompletionOption([{ ...sections[0], title: 'A <b> & B' }], tEn) as Opt
    expect(o.legend.data).toEqual(['Red', 'Yellow', 'Green'])
    expect(o.tooltip.formatter([{ dataIndex: 0 }])).toContain('1. A &#60;b&#62; &#38; B')
    expect(o.tooltip.formatter([{ dataIndex: 9 }])).toBe('')
  })

  it('names sections by number and title', () => {
    expect(sectionName({ number: 9, title: '提升保障支撑能力' })).toBe('9. 提升保障支撑能力')
  })
})

const scoreRow = (rank: number, name: string, score: number, unitId = rank * 10): ScorecardRow => ({
  rank,
  unitId,
  name,
  type: 'PREFECTURE',
  score,
  completionRate: 50,
  reportingRate: 93.8,
  attainmentRate: null,
})

describe('buildRankingOption', () => {
  const rows = [scoreRow(2, '果洛藏族自治州', 75.7), scoreRow(1, '玉树藏族自治州', 85.5), scoreRow(3, '海西蒙古族藏族自治州', 72.2)]

  it('sorts by rank, first place on top, and labels each bar with its score and rank', () => {
    const o = buildRankingOption(rows, tZh) as Opt
    expect(rankRows(rows).map((r) => r.rank)).toEqual([1, 2, 3])
    expect(o.yAxis.data).toEqual(['玉树藏族自治州', '果洛藏族自治州', '海西蒙古族藏族自治州'])
    expect(o.yAxis.inverse).toBe(true)
    expect(o.xAxis.max).toBe(100)
    const data = o.series[0].data as RankingBar[]
    expect(data[0]).toEqual({ value: 85.5, unitId: 10, rank: 1 })
    expect(o.series[0].label.formatter({ dataIndex: 0 })).toBe('85.5 分 · 第1名')
  })

  it('shortens prefecture names on request and explains the score in the tooltip', () => {
    const o = buildRankingOption(rows, tZh, { short: true }) as Opt
    expect(o.yAxis.data).toEqual(['玉树州', '果洛州', '海西州'])
    const tip = o.tooltip.formatter({ dataIndex: 1 }) as string
    expect(tip).toContain('果洛藏族自治州')
    expect(tip).toContain('第 2 名')
    expect(tip).toContain('按期完成率: 50 %')
    expect(tip).toContain('指标达标率: —')
    expect((buildRankingOption(rows, tEn) as Opt).series[0].label.formatter({ dataIndex: 2 })).toBe('72.2 · #3')
  })
})

const matrix: AttainmentMatrixView = {
  planId: 1,
  period: '2024',
  type: 'PREFECTURE',
  parentId: null,
  units: [
    { id: 2, code: '630100', name: '西宁市', type: 'PREFECTURE' },
    { id: 47, code: '632800', name: '海西蒙古族藏族自治州', type: 'PREFECTURE' },
  ],
  rows: [
    {
      metricId: 13,
      code: 'Q21-COURT-APPEARANCE',
      name: '行政机关负责人出庭应诉率',
      nameEn: 'Court appearance rate',
      kind: 'RATIO',
      displayUnit: '%',
      met: 1,
      notMet: 0,
      noData: 1,
      cells: [
        { unitId: 2, value: 93.2039, status: 'MET' },
        { unitId: 47, value: null, status: 'NO_DATA' },
      ],
    },
    {
      metricId: 5,
      code: 'Q14-HANDOVER-LIST',
      name: '行政执法与刑事司法衔接移送清单公布',
      nameEn: 'Handover list',
      kind: 'DEADLINE',
      displayUnit: '项',
      met: 0,
      notMet: 1,
      noData: 0,
      // 海西 is not one the metric applies to: no cell
      cells: [{ unitId: 2, value: 0, status: 'NOT_MET' }],
    },
  ],
}

describe('buildAttainmentHeatmapOption', () => {
  it('puts metrics on rows and units on columns, one cell per unit a metric applies to', () => {
    const o = buildAttainmentHeatmapOption(matrix, tZh) as Opt
    expect(o.xAxis.data).toEqual(['西宁市', '海西州'])
    expect(o.yAxis.data).toEqual(['行政机关负责人出庭应诉率', '行政执法与刑事司法衔接移送清单公布'])
    const cells = o.series[0].data as HeatCell[]
    expect(cells.map((c) => c.value)).toEqual([
      [0, 0, 2],
      [1, 0, 0],
      [0, 1, 1],
    ])
    expect(cells[0]).toMatchObject({ metricId: 13, unitId: 2, status: 'MET' })
  })

  it('labels each cell with the figure and the status in words', () => {
    const cells = (buildAttainmentHeatmapOption(matrix, tZh) as Opt).series[0].data as Opt[]
    expect(cells[0].label.formatter).toBe('93.2 %\n达标')
    expect(cells[1].label.formatter).toBe('无数据')
    expect(cells[2].label.formatter).toBe('未完成\n未达标')
  })

  it('has a legend of the three statuses in words and colours', () => {
    const o = buildAttainmentHeatmapOption(matrix, tZh) as Opt
    expect(o.visualMap.type).toBe('piecewise')
    expect(o.visualMap.dimension).toBe(2)
    expect(o.visualMap.pieces.map((p: Opt) => p.label).sort()).toEqual(['无数据', '未达标', '达标'].sort())
    const met = o.visualMap.pieces.find((p: Opt) => p.label === '达标')
    expect(met.value).toBe(2)
  })

  it('uses English metric names and words in English', () => {
    const o = buildAttainmentHeatmapOption(matrix, tEn, { english: true }) as Opt
    expect(o.yAxis.data).toEqual(['Court appearance rate', 'Handover list'])
    expect(o.series[0].data[2].label.formatter).toBe('Not done\nNot met')
    const tip = inLocale('en', () => o.tooltip.formatter({ data: o.series[0].data[0] })) as string
    expect(tip).toContain('Court appearance rate')
    expect(tip).toContain('西宁市')
    expect(tip).toContain('93.2%')
  })

  it('gives each metric a two-line row', () => {
    expect(heatmapHeight(15)).toBeGreaterThan(heatmapHeight(5))
    expect(heatmapHeight(0)).toBe(200)
  })
})

const trend: PeriodReports[] = [
  { period: '2024-Q1', due: 76, filed: 76, onTime: 72, approved: 76, completed: 0 },
  { period: '2024-Q2', due: 76, filed: 75, onTime: 70, approved: 75, completed: 1 },
  { period: '2024-Q3', due: 74, filed: 66, onTime: 57, approved: 66, completed: 1 },
]

describe('buildTrendOption', () => {
  it('draws one line per count over the periods', () => {
    const o = buildTrendOption(trend, tZh) as Opt
    expect(o.xAxis.data).toEqual(['2024年第1季度', '2024年第2季度', '2024年第3季度'])
    expect(o.legend.data).toEqual(['应报', '已报', '按时报送', '已通过', '累计完成任务'])
    expect(o.series).toHaveLength(TREND_SERIES.length)
    expect(o.series.every((s: Opt) => s.type === 'line')).toBe(true)
    expect((o.series[1].data as TrendPoint[]).map((p) => p.value)).toEqual([76, 75, 66])
    expect((o.series[2].data as TrendPoint[])[2]).toEqual({ value: 57, period: '2024-Q3' })
  })

  it('marks the selected period and nothing otherwise', () => {
    expect((buildTrendOption(trend, tZh, '2024-Q2') as Opt).series[0].markLine.data).toEqual([{ xAxis: 1 }])
    expect((buildTrendOption(trend, tZh) as Opt).series[0].markLine).toBeUndefined()
    expect((buildTrendOption(trend, tEn, '2030-Q1') as Opt).series[0].markLine).toBeUndefined()
    expect((buildTrendOption(trend, tEn) as Opt).xAxis.data[0]).toBe('Q1 2024')
  })
})

describe('rowsHeight', () => {
  it('gives every bar a row, with a floor', () => {
    expect(rowsHeight(0)).toBe(180)
    expect(rowsHeight(9)).toBe(9 * 30 + 72)
    expect(rowsHeight(40, 48, 160)).toBe(40 * 30 + 48)
  })
})
