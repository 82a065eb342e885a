import { describe, expect, it } from 'vitest'
import type { MetricView } from '@/api/types'
import { inLocale, translator } from '@/locales/translator'
import {
  attainmentKey,
  attainmentPeriods,
  attainmentTagType,
  chartTarget,
  describeFigure,
  emptyEntry,
  entryProblems,
  entryShape,
  figureUnit,
  formatFigure,
  formatNumber,
  periodLabel,
  periodsOf,
  ratioPercent,
  targetText,
  toValueInput,
  yearOf,
} from './metricFormat'

const tZh = translator('zh-CN')
const tEn = translator('en')

const base: MetricView = {
  id: 13,
  planId: 1,
  taskId: 21,
  code: 'Q21-COURT-APPEARANCE',
  name: '行政机关负责人出庭应诉率',
  nameEn: 'Principals appearing in court',
  description: null,
  kind: 'RATIO',
  comparator: '>=',
  targetValue: 90,
  targetDate: null,
  unit: '%',
  granularity: 'QUARTER',
  appliesTo: ['PREFECTURE', 'COUNTY'],
  unitAggregation: 'RATIO_OF_SUMS',
  compareMetricId: null,
  version: 0,
}

describe('targetText', () => {
  it('writes comparator, value and unit', () => {
    expect(targetText(base, tZh)).toBe('≥ 90 %')
    expect(targetText({ ...base, comparator: '<', targetValue: 30 }, tZh)).toBe('< 30 %')
    expect(targetText({ ...base, kind: 'COUNT', targetValue: 2, unit: '次' }, tZh)).toBe('≥ 2 次')
    expect(inLocale('en', () => targetText({ ...base, comparator: '=', targetValue: 100 }, tEn))).toBe('= 100%')
  })

  it('writes deadlines, comparisons and reference metrics as sentences', () => {
    const deadline = { ...base, kind: 'DEADLINE' as const, comparator: null, targetValue: null, targetDate: '2024-06-30', unit: '项' }
    expect(targetText(deadline, tZh)).toBe('2024-06-30 前完成')
    expect(inLocale('en', () => targetText(deadline, tEn))).toBe('Done by Jun 30, 2024')
    const comparison = { ...base, kind: 'COMPARISON' as const, comparator: '>' as const, targetValue: null }
    expect(targetText(comparison, tZh, '同期行政诉讼一审纠错率')).toBe('高于 同期行政诉讼一审纠错率')
    expect(targetText(comparison, tEn, 'Litigation correction rate')).toBe('Higher than Litigation correction rate')
    expect(targetText({ ...base, comparator: null, targetValue: null }, tZh)).toBe('参照指标（无目标）')
  })
})

describe('figures and targets of the charts', () => {
  it('shows shares for metrics rolled up as the share of units meeting the target', () => {
    const count = { ...base, kind: 'COUNT' as const, unit: '次', targetValue: 2, unitAggregation: 'SHARE_MEETING_TARGET' as const }
    expect(figureUnit(count)).toBe('%')
    expect(chartTarget(count)).toBe(100)
    expect(figureUnit(base)).toBe('%')
    expect(chartTarget(base)).toBe(90)
    expect(chartTarget({ ...base, kind: 'COMPARISON', comparator: '>', targetValue: null })).toBeNull()
    expect(chartTarget({ ...base, comparator: null, targetValue: null })).toBeNull()
  })

  it('formats numbers with at most one decimal', () => {
    expect(formatNumber(87.944)).toBe('87.9')
    expect(formatNumber(90)).toBe('90')
    expect(formatNumber(89.96)).toBe('90')
    expect(formatNumber(null)).toBe('—')
    expect(formatFigure(66.6667, '%')).toBe('66.7 %')
    expect(formatFigure(undefined, '%')).toBe('—')
  })

  it('names statuses in words and colours', () => {
    expect(attainmentKey('MET')).toBe('enum.attainment.MET')
    expect(attainmentKey('LATER')).toBe('enum.unknown')
    expect(tZh(attainmentKey('NO_DATA'))).toBe('无数据')
    expect(attainmentTagType('MET')).toBe('success')
    expect(attainmentTagType('NOT_MET')).toBe('danger')
    expect(attainmentTagType('NO_DATA')).toBe('info')
  })
})

describe('periods', () => {
  it('lists the periods of a granularity', () => {
    expect(periodsOf('YEAR', 2024)).toEqual(['2024'])
    expect(periodsOf('QUARTER', 2024)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])
    expect(periodsOf('MONTH', 2024)).toHaveLength(12)
    expect(periodsOf('MONTH', 2024)[4]).toBe('2024-05')
    expect(attainmentPeriods('QUARTER', 2024)).toEqual(['2024', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])
    expect(attainmentPeriods('YEAR', 2025)).toEqual(['2025'])
  })

  it('labels periods in both languages', () => {
    expect(periodLabel('2024', tZh)).toBe('2024年全年')
    expect(periodLabel('2024-Q2', tZh)).toBe('2024年第2季度')
    expect(periodLabel('2024-05', tZh)).toBe('2024年5月')
    expect(periodLabel('2024-Q2', tEn)).toBe('Q2 2024')
    expect(periodLabel('odd', tEn)).toBe('odd')
    expect(yearOf('2024-Q2')).toBe(2024)
    expect(yearOf('x')).toBeUndefined()
  })
})

describe('the entry form', () => {
  it('has fields by kind', () => {
    expect(entryShape('COUNT')).toBe('value')
    expect(entryShape('PERCENT')).toBe('value')
    expect(entryShape('RATIO')).toBe('ratio')
    expect(entryShape('COMPARISON')).toBe('ratio')
    expect(entryShape('DEADLINE')).toBe('done')
  })

  it('computes the percentage and checks numerator ≤ denominator', () => {
    expect(ratioPercent(9, 10)).toBe(90)
    expect(ratioPercent(1, 0)).toBeNull()
    expect(ratioPercent(null, 10)).toBeNull()
    const e = { ...emptyEntry(), numerator: 11, denominator: 10 }
    expect(entryProblems('RATIO', e)).toEqual({ numerator: 'metrics.entry.numeratorTooBig' })
    expect(entryProblems('RATIO', { ...e, numerator: 10 })).toEqual({})
    expect(entryProblems('RATIO', emptyEntry())).toEqual({ numerator: 'metrics.entry.required', denominator: 'metrics.entry.required' })
  })

  it('checks counts, shares and deadlines', () => {
    expect(entryProblems('COUNT', { ...emptyEntry(), value: 2.5 })).toEqual({ value: 'metrics.entry.whole' })
    expect(entryProblems('COUNT', { ...emptyEntry(), value: -1 })).toEqual({ value: 'metrics.entry.notNegative' })
    expect(entryProblems('PERCENT', { ...emptyEntry(), value: 101 })).toEqual({ value: 'metrics.entry.atMost100' })
    expect(entryProblems('DEADLINE', { ...emptyEntry(), done: true })).toEqual({ doneDate: 'metrics.entry.required' })
    expect(entryProblems('DEADLINE', emptyEntry())).toEqual({})
  })

  it('sends only the fields of the kind', () => {
    const e = { ...emptyEntry(), value: 3, numerator: 1, denominator: 2, done: true, doneDate: '2024-05-01', note: '  ok ' }
    expect(toValueInput('COUNT', e)).toEqual({ value: 3, note: 'ok' })
    expect(toValueInput('RATIO', e)).toEqual({ numerator: 1, denominator: 2, note: 'ok' })
    expect(toValueInput('DEADLINE', e)).toEqual({ done: true, doneDate: '2024-05-01', note: 'ok' })
    expect(toValueInput('DEADLINE', { ...e, done: false, note: '' })).toEqual({ done: false })
  })

  it('describes a stored figure in the history', () => {
    expect(describeFigure({ numerator: 5, denominator: 8 }, 'RATIO', tZh)).toBe('5 / 8 (62.5 %)')
    expect(describeFigure({ value: 3 }, 'COUNT', tZh)).toBe('3')
    expect(describeFigure({ done: true, doneDate: '2024-05-01' }, 'DEADLINE', tZh)).toBe('已完成（2024-05-01）')
    expect(describeFigure(null, 'COUNT', tZh)).toBe('—')
  })
})
