import { describe, expect, it } from 'vitest'
import type { AttainmentMatrixView, SectionCounts } from '@/api/types'
import { translator } from '@/locales/translator'
import { buildAttainmentHeatmapOption, buildSectionCompletionOption } from '@/features/stats/chartOptions'
import { forWallScreen } from './wallScreen'

/** ECharts options are loosely typed: tests look into them as plain objects. */
type Opt = Record<string, any>

const t = translator('zh-CN')
const sections: SectionCounts[] = [{ sectionId: 1, number: 1, title: '进一步加强党的领导', total: 13, red: 5, yellow: 0, green: 8, completed: 8 }]
const matrix: AttainmentMatrixView = {
  planId: 1,
  period: '2024',
  type: 'PREFECTURE',
  parentId: null,
  units: [{ id: 2, name: '西宁市' }],
  rows: [{ metricId: 3, code: 'Q03', name: '集中培训', kind: 'COUNT', displayUnit: '次', cells: [{ unitId: 2, value: 1, status: 'MET' }] }],
}

describe('forWallScreen', () => {
  it('scales the builders’ 12 px sizes to the given text size', () => {
    const o = forWallScreen(buildSectionCompletionOption(sections, t), 24) as Opt
    expect(o.textStyle.fontSize).toBe(24)
    expect(o.yAxis.axisLabel).toMatchObject({ fontSize: 24, width: 460, overflow: 'truncate', margin: 16 })
    expect(o.xAxis.axisLabel.fontSize).toBe(24)
    expect(o.legend).toMatchObject({ itemWidth: 50, itemHeight: 28, top: 0, textStyle: { fontSize: 24 } })
    expect(o.grid).toMatchObject({ left: 16, right: 48, top: 72, bottom: 16, containLabel: true })
    expect(o.tooltip.textStyle.fontSize).toBe(28)
    for (const s of o.series) {
      expect(s.barMaxWidth).toBe(44)
      expect(s.label.fontSize).toBe(24)
    }
  })

  it('scales sizes the builder set itself from their own value', () => {
    const o = forWallScreen(buildAttainmentHeatmapOption(matrix, t), 18) as Opt
    expect(o.series[0].label).toMatchObject({ fontSize: 17, lineHeight: 21, color: '#303133' })
    expect(o.yAxis.axisLabel.width).toBe(315)
    expect(o.visualMap).toMatchObject({ itemWidth: 30, itemHeight: 21, textStyle: { fontSize: 18 } })
  })

  it('writes text in the light colour on no background, but keeps colours a builder chose for contrast', () => {
    const o = forWallScreen(buildSectionCompletionOption(sections, t), 16, '#eeeeee') as Opt
    expect(o.backgroundColor).toBe('transparent')
    expect(o.textStyle.color).toBe('#eeeeee')
    expect(o.legend.textStyle.color).toBe('#eeeeee')
    expect(o.yAxis.axisLabel.color).toBe('#eeeeee')
    expect(o.series.map((s: Opt) => s.label.color)).toEqual(['#ffffff', '#303133', '#ffffff'])
  })

  it('leaves the builder’s option, its data and its formatters as they were', () => {
    const original = buildSectionCompletionOption(sections, t) as Opt
    const before = JSON.stringify(original)
    const o = forWallScreen(original, 30) as Opt
    expect(JSON.stringify(original)).toBe(before)
    expect(o.series[0].data).toBe(original.series[0].data)
    expect(o.tooltip.formatter).toBe(original.tooltip.formatter)
    expect(o.series[0].label.formatter({ value: 5 })).toBe('5')
  })

  it('adds no component the option did not have', () => {
    const o = forWallScreen({ series: [{ type: 'line', data: [1, 2] }] }, 24) as Opt
    expect(Object.keys(o).sort()).toEqual(['backgroundColor', 'series', 'textStyle'])
    expect(o.series[0]).toEqual({ type: 'line', data: [1, 2] })
  })
})
