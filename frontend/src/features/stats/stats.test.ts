import { describe, expect, it } from 'vitest'
import type { AnnualReportView, UnitCounts } from '@/api/types'
import { translator } from '@/locales/translator'
import {
  ANNUAL_PARTS,
  COMPLETION_BANDS,
  NO_TASKS_BAND,
  QINGHAI_TILES,
  TILE_COLUMNS,
  TILE_ROWS,
  annualChanged,
  annualInput,
  asLevel,
  assignmentFilterFromQuery,
  assignmentsLink,
  canWriteAnnual,
  completionBand,
  isFiltered,
  matrixFigure,
  percentOf,
  prefectureTiles,
  shortPrefectureName,
} from './stats'
import { asReportsTab } from './useReports'

const tZh = translator('zh-CN')

/** The dashboard's units for the province: the eight prefectures and a department. */
const PREFECTURES: [string, string, number, number][] = [
  ['630100', '西宁市', 4, 4],
  ['630200', '海东市', 4, 2],
  ['632200', '海北藏族自治州', 3, 2],
  ['632300', '黄南藏族自治州', 3, 0],
  ['632500', '海南藏族自治州', 3, 1],
  ['632600', '果洛藏族自治州', 3, 2],
  ['632700', '玉树藏族自治州', 3, 3],
  ['632800', '海西蒙古族藏族自治州', 3, 3],
]
const units: UnitCounts[] = [
  ...PREFECTURES.map(([code, name, total, completed], i) => ({
    unitId: i + 1,
    code,
    name,
    type: 'PREFECTURE' as const,
    total,
    completed,
    red: total - completed,
    completionPercent: Number(((completed / total) * 100).toFixed(1)),
  })),
  { unitId: 63, code: null, name: '青海省司法厅', type: 'PROVINCIAL_DEPARTMENT', total: 19, completed: 12, red: 7, completionPercent: 63.2 },
]

describe('the prefecture tile grid', () => {
  it('places all eight prefectures on the grid without overlap', () => {
    const taken = new Set<string>()
    for (const [code, p] of Object.entries(QINGHAI_TILES)) {
      expect(p.col + p.colSpan, code).toBeLessThanOrEqual(TILE_COLUMNS)
      expect(p.row + p.rowSpan, code).toBeLessThanOrEqual(TILE_ROWS)
      for (let c = p.col; c < p.col + p.colSpan; c++)
        for (let r = p.row; r < p.row + p.rowSpan; r++) {
          expect(taken.has(`${c},${r}`), `${code} at ${c},${r}`).toBe(false)
          taken.add(`${c},${r}`)
        }
    }
    expect(Object.keys(QINGHAI_TILES).sort()).toEqual(PREFECTURES.map(([c]) => c).sort())
  })

  it('lays them out roughly as on the map', () => {
    const at = (code: string) => QINGHAI_TILES[code]
    const area = (code: string) => at(code).colSpan * at(code).rowSpan
    // 海西 is the large west, 玉树 the south-west
    expect(at('632800').col).toBe(0)
    expect(area('632800')).toBe(Math.max(...Object.keys(QINGHAI_TILES).map(area)))
    expect(at('632700').col).toBe(0)
    expect(at('632700').row).toBeGreaterThan(at('632800').row)
    // 果洛 south-east, 海南 in the centre, 海北 north
    expect(at('632600').row + at('632600').rowSpan).toBe(TILE_ROWS)
    expect(at('632600').col).toBeGreaterThan(at('632700').col)
    expect(at('632200').row).toBe(0)
    expect(at('632500').col).toBeGreaterThan(at('632800').col)
    // 西宁 and 海东 in the east, 海东 east of 西宁; 黄南 south of them
    expect(at('630200').col).toBeGreaterThan(at('630100').col)
    expect(at('630100').col).toBeGreaterThan(at('632500').col)
    expect(at('632300').row).toBeGreaterThan(at('630100').row)
  })

  it('makes tiles of the prefectures only, coloured by completion band', () => {
    const tiles = prefectureTiles(units)
    expect(tiles).toHaveLength(8)
    const xining = tiles.find((x) => x.code === '630100')!
    expect(xining).toMatchObject({ unitId: 1, name: '西宁市', shortName: '西宁市', percent: 100, completed: 4, total: 4, red: 0, col: 4, row: 1 })
    expect(xining.color).toBe(COMPLETION_BANDS[0].color)
    const huangnan = tiles.find((x) => x.code === '632300')!
    expect(huangnan).toMatchObject({ shortName: '黄南州', percent: 0, red: 3, bandKey: 'stats.tiles.band0' })
    expect(tiles.find((x) => x.code === '632800')!.shortName).toBe('海西州')
  })

  it('says when a prefecture has no assignments, and puts an unknown code below the map', () => {
    const tiles = prefectureTiles([
      { unitId: 9, code: '632900', name: '新设州', type: 'PREFECTURE', total: 0, completed: 0, red: 0, completionPercent: 0 },
      { unitId: 10, code: null, name: '无代码州', type: 'PREFECTURE', total: 2, completed: 1, red: 1 },
    ])
    expect(tiles[0]).toMatchObject({ percent: null, color: NO_TASKS_BAND.color, bandKey: 'stats.tiles.none', row: TILE_ROWS, col: 0 })
    expect(tiles[1]).toMatchObject({ percent: 50, row: TILE_ROWS, col: 1 })
  })

  it('bands completion at 90, 70 and 40 %', () => {
    expect(completionBand(100).key).toBe('stats.tiles.band90')
    expect(completionBand(90).key).toBe('stats.tiles.band90')
    expect(completionBand(89.9).key).toBe('stats.tiles.band70')
    expect(completionBand(40).key).toBe('stats.tiles.band40')
    expect(completionBand(0).key).toBe('stats.tiles.band0')
    expect(completionBand(null)).toBe(NO_TASKS_BAND)
    for (const b of [...COMPLETION_BANDS, NO_TASKS_BAND]) expect(tZh(b.key)).not.toBe(b.key)
  })

  it('shortens autonomous prefectures and keeps cities', () => {
    expect(shortPrefectureName('海西蒙古族藏族自治州')).toBe('海西州')
    expect(shortPrefectureName('果洛藏族自治州')).toBe('果洛州')
    expect(shortPrefectureName('海东市')).toBe('海东市')
    expect(shortPrefectureName('青海省司法厅')).toBe('青海省司法厅')
  })
})

describe('the assignment list filters', () => {
  it('links to the list with the filters given, dropping empty ones', () => {
    expect(assignmentsLink({ planId: 1, sectionId: 3, colour: 'RED' })).toEqual({ name: 'assignments', query: { planId: '1', sectionId: '3', colour: 'RED' } })
    expect(assignmentsLink({ planId: 1, sectionId: undefined, withinUnitId: 10 })).toEqual({ name: 'assignments', query: { planId: '1', withinUnitId: '10' } })
  })

  it('reads them back from the URL, ignoring values it does not know', () => {
    expect(assignmentFilterFromQuery({ sectionId: '3', colour: 'RED', status: 'IN_PROGRESS', role: 'LEAD', withinUnitId: '10' }, 1)).toEqual({
      planId: 1,
      sectionId: 3,
      withinUnitId: 10,
      colour: 'RED',
      status: 'IN_PROGRESS',
      role: 'LEAD',
    })
    const odd = assignmentFilterFromQuery({ sectionId: 'x', colour: 'BLUE', status: 'DONE', role: 'OBSERVER' }, undefined)
    expect(odd).toEqual({ planId: undefined, sectionId: undefined, withinUnitId: undefined, colour: undefined, status: undefined, role: undefined })
    expect(isFiltered(odd)).toBe(false)
    expect(isFiltered({ planId: 1, colour: 'RED' })).toBe(true)
  })

  it('round-trips a chart click: the link gives back the same filter', () => {
    const filter = { planId: 1, sectionId: 3, colour: 'RED' as const }
    expect(assignmentFilterFromQuery(assignmentsLink(filter).query as Record<string, string>, 1)).toMatchObject(filter)
  })
})

describe('numbers and levels', () => {
  it('computes percentages with one decimal, or none without a base', () => {
    expect(percentOf(50, 76)).toBe(65.8)
    expect(percentOf(0, 0)).toBeNull()
    expect(percentOf(undefined, 3)).toBeNull()
  })

  it('takes a known level or the prefectures', () => {
    expect(asLevel('COUNTY')).toBe('COUNTY')
    expect(asLevel('PROVINCE')).toBe('PREFECTURE')
    expect(asLevel(undefined)).toBe('PREFECTURE')
    expect(asReportsTab('checklist')).toBe('checklist')
    expect(asReportsTab('nope')).toBe('scorecard')
  })

  it('writes matrix figures for people', () => {
    expect(matrixFigure({ kind: 'RATIO', displayUnit: '%' }, 93.2039, tZh)).toBe('93.2 %')
    expect(matrixFigure({ kind: 'COUNT', displayUnit: '次' }, 3, tZh)).toBe('3 次')
    expect(matrixFigure({ kind: 'DEADLINE', displayUnit: '项' }, 100, tZh)).toBe('已完成')
    expect(matrixFigure({ kind: 'DEADLINE', displayUnit: '项' }, 0, tZh)).toBe('未完成')
    expect(matrixFigure({ kind: 'COUNT', displayUnit: '次' }, null, tZh)).toBe('—')
  })
})

const report: AnnualReportView = {
  id: 1,
  planId: 1,
  year: 2024,
  unitId: 2,
  unitName: '西宁市',
  title: '西宁市2024年法治政府建设情况报告',
  dueDate: '2025-04-01',
  measures: '一',
  shortcomings: '二',
  leadership: '三',
  nextYear: '四',
  otherMatters: '五',
  state: 'DRAFT',
  generatedAt: '2026-11-29T03:39:00Z',
  finalisedBy: null,
  finalisedAt: null,
  version: 1,
  updatedAt: '2026-11-29T03:39:00Z',
}

describe('annual reports', () => {
  it('has the five statutory parts in order, labelled in both languages', () => {
    expect(ANNUAL_PARTS.map((p) => p.field)).toEqual(['measures', 'shortcomings', 'leadership', 'nextYear', 'otherMatters'])
    expect(ANNUAL_PARTS.map((p) => tZh(p.key))).toEqual([
      '一、推进法治政府建设的主要举措和成效',
      '二、存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、下一年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ])
  })

  it('notices a change of any part or the title', () => {
    const form = annualInput(report)
    expect(Object.keys(form)).toEqual(['title', 'measures', 'shortcomings', 'leadership', 'nextYear', 'otherMatters'])
    expect(annualChanged(form, report)).toBe(false)
    expect(annualChanged({ ...form, nextYear: '四（改）' }, report)).toBe(true)
    expect(annualChanged({ ...form, title: 'x' }, report)).toBe(true)
  })

  it('lets supervisors and the unit’s reporters write drafts, nobody a final one', () => {
    const me = (roles: string[], unitId: number | null = null) => ({ roles, unitId })
    expect(canWriteAnnual(report, me(['SUPERVISOR']))).toBe(true)
    expect(canWriteAnnual(report, me(['REPORTER'], 2))).toBe(true)
    expect(canWriteAnnual(report, me(['REPORTER'], 10))).toBe(false)
    expect(canWriteAnnual(report, me(['VIEWER']))).toBe(false)
    expect(canWriteAnnual(report, me(['ADMIN']))).toBe(false)
    expect(canWriteAnnual(report, null)).toBe(false)
    expect(canWriteAnnual({ ...report, state: 'FINAL' }, me(['SUPERVISOR']))).toBe(false)
  })
})
