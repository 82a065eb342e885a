import { describe, expect, it } from 'vitest'
import type { DashboardView } from '@/api/types'
import { translator } from '@/locales/translator'
import { DEFAULT_REFRESH_SECONDS, clockTime, refreshSeconds, wallKpis } from './wallScreen'

const tZh = translator('zh-CN')
const tEn = translator('en')

const dashboard = {
  planId: 1,
  planTitle: '青海省2024年法治政府建设工作要点',
  year: 2024,
  today: '2024-11-05',
  period: '2024-Q4',
  tasks: { total: 26, red: 16, yellow: 0, green: 10 },
  assignments: { total: 76, red: 26, yellow: 0, green: 50, completed: 50, overdue: 26, completionPercent: 65.8, averageProgress: 91.7 },
  reports: { period: '2024-Q4', deadline: '2025-01-05', due: 74, filed: 66, submitted: 11, approved: 49, returned: 6, missing: 8 },
  metrics: { met: 441, notMet: 248, noData: 98 },
  sections: [],
  units: [],
  trend: [],
} as unknown as DashboardView

describe('refreshSeconds', () => {
  it('is 60 s without ?refresh= and keeps a reasonable value as it is', () => {
    expect(refreshSeconds(undefined)).toBe(DEFAULT_REFRESH_SECONDS)
    expect(DEFAULT_REFRESH_SECONDS).toBe(60)
    expect(refreshSeconds(2)).toBe(2)
    expect(refreshSeconds(300)).toBe(300)
  })

  it('never polls faster than every 2 s nor slower than hourly', () => {
    expect(refreshSeconds(1)).toBe(2)
    expect(refreshSeconds(0)).toBe(2)
    expect(refreshSeconds(-5)).toBe(2)
    expect(refreshSeconds(3600)).toBe(3600)
    expect(refreshSeconds(86_400)).toBe(3600)
  })
})

describe('clockTime', () => {
  it('pads hours, minutes and seconds', () => {
    expect(clockTime(new Date(2024, 0, 1, 9, 5, 3))).toBe('09:05:03')
    expect(clockTime(new Date(2024, 0, 1, 23, 59, 59))).toBe('23:59:59')
  })
})

describe('wallKpis', () => {
  it('gives the dashboard’s five figures in order, with what each counts', () => {
    const k = wallKpis(dashboard, tZh)
    expect(k.map((x) => [x.id, x.title, x.value])).toEqual([
      ['tasks', '任务', '26'],
      ['assignments', '分解任务完成率', '65.8 %'],
      ['overdue', '逾期未完成', '26'],
      ['reports', '2024年第4季度进展报告', '66 / 74'],
      ['metrics', '指标达标率（全年）', '56 %'],
    ])
    expect(k[1].hint).toBe('已完成 50 / 共 76 项')
    expect(k[3].hint).toBe('已报 / 应报 · 报送截止 2025-01-05')
    expect(k[4].hint).toBe('共 787 项（指标 × 单位）')
  })

  it('says every light and status in words, each with its tone', () => {
    const [tasks, , overdue, reports, metrics] = wallKpis(dashboard, tZh)
    expect(tasks.parts).toEqual([
      { text: '红灯 16', tone: 'danger' },
      { text: '黄灯 0', tone: 'warning' },
      { text: '绿灯 10', tone: 'success' },
    ])
    expect(overdue.parts).toEqual([])
    expect(reports.parts.map((p) => p.text)).toEqual(['已通过 49', '待审核 11', '被退回 6', '未报 8'])
    expect(metrics.parts).toEqual([
      { text: '达标 441', tone: 'success' },
      { text: '未达标 248', tone: 'danger' },
      { text: '无数据 98', tone: 'info' },
    ])
  })

  it('shows — for a rate with nothing to divide by, and 0 for missing counts', () => {
    const empty = { ...dashboard, assignments: { total: 0 }, metrics: {}, reports: {}, tasks: {} } as unknown as DashboardView
    const k = wallKpis(empty, tEn)
    expect(k.find((x) => x.id === 'assignments')!.value).toBe('—')
    expect(k.find((x) => x.id === 'metrics')!.value).toBe('—')
    expect(k.find((x) => x.id === 'tasks')!.value).toBe('0')
    expect(k.find((x) => x.id === 'reports')!.value).toBe('0 / 0')
  })
})
