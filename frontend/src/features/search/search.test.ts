import { describe, expect, it } from 'vitest'
import type { SearchView } from '@/api/types'
import { groupOf, groupsOf, highlight, hitLink, isSearchable, moveActive, normalizeQuery, optionId, totalLabel, type Hit } from './search'

const task: Hit = {
  group: 'tasks',
  hit: { id: 7, planId: 1, planTitle: '青海省2024年法治政府建设工作要点', sectionId: 2, sectionNumber: 1, sectionTitle: '加强党的领导', parentId: null, number: '1', title: '深入开展法治政府建设示范创建活动', excerpt: '…' },
}
const unit: Hit = { group: 'units', hit: { id: 12, code: '630100', name: '西宁市', type: 'PREFECTURE', parentId: 1, parentName: '青海省' } }
const report: Hit = {
  group: 'reports',
  hit: { id: 90, assignmentId: 33, taskId: 7, taskNumber: '1', taskTitle: '示范创建', unitId: 12, unitName: '西宁市', period: '2024-Q1', state: 'SUBMITTED', excerpt: '…', updatedAt: '2024-04-02T08:00:00Z' },
}
const as = (...roles: string[]) => ({ roles })

describe('the query', () => {
  it('is trimmed with white space runs (ideographic space too) made one space, as the server does', () => {
    expect(normalizeQuery('\u3000 法治\n\t 政府 ')).toBe('法治 政府')
  })

  it('is searchable from 2 to 100 characters, counted as the server counts them', () => {
    expect(isSearchable('法')).toBe(false)
    expect(isSearchable('  法 ')).toBe(false)
    expect(isSearchable('法治')).toBe(true)
    expect(isSearchable('𠀀𠀁')).toBe(true) // two supplementary ideographs, four UTF-16 units
    expect(isSearchable('𠀀')).toBe(false)
    expect(isSearchable('法'.repeat(100))).toBe(true)
    expect(isSearchable('法'.repeat(101))).toBe(false)
  })
})

describe('highlight', () => {
  it('marks every occurrence, whatever its case', () => {
    expect(highlight('Rule of law and the RULE', 'rule')).toEqual([
      { text: 'Rule', match: true },
      { text: ' of law and the ', match: false },
      { text: 'RULE', match: true },
    ])
  })

  it('marks Chinese matches inside a sentence and at its ends', () => {
    expect(highlight('法治西宁建设法治', '法治')).toEqual([
      { text: '法治', match: true },
      { text: '西宁建设', match: false },
      { text: '法治', match: true },
    ])
  })

  it('marks the normalized query and treats its wildcards as text', () => {
    expect(highlight('100% 完成', ' 100%  ')).toEqual([
      { text: '100%', match: true },
      { text: ' 完成', match: false },
    ])
    expect(highlight('a_b axb', 'a_b')).toEqual([
      { text: 'a_b', match: true },
      { text: ' axb', match: false },
    ])
  })

  it('leaves a text without a match, an empty query or an empty text alone', () => {
    expect(highlight('西宁市', '海东')).toEqual([{ text: '西宁市', match: false }])
    expect(highlight('西宁市', '  ')).toEqual([{ text: '西宁市', match: false }])
    expect(highlight('', '西宁')).toEqual([])
  })

  it('never cuts a text whose lower case has another length', () => {
    expect(highlight('İstanbul law', 'law')).toEqual([{ text: 'İstanbul law', match: false }])
  })
})

describe('hitLink', () => {
  it('opens a task on its page for everyone', () => {
    expect(hitLink(task, as('REPORTER'))).toEqual({ name: 'task', params: { taskId: 7 } })
    expect(hitLink(task, as('VIEWER'))).toEqual({ name: 'task', params: { taskId: 7 } })
  })

  it("opens a unit's page for those who may see units, a reporter's own tasks otherwise", () => {
    expect(hitLink(unit, as('SUPERVISOR'))).toEqual({ name: 'unit', params: { unitId: 12 } })
    expect(hitLink(unit, as('VIEWER'))).toEqual({ name: 'unit', params: { unitId: 12 } })
    expect(hitLink(unit, as('REPORTER'))).toEqual({ name: 'my-tasks' })
  })

  it("opens a report on the reporter's report page, on its task's page for the others", () => {
    expect(hitLink(report, as('REPORTER'))).toEqual({ name: 'assignment-report', params: { assignmentId: 33 } })
    expect(hitLink(report, as('SUPERVISOR'))).toEqual({ name: 'task', params: { taskId: 7 } })
    expect(hitLink(report, as('ADMIN'))).toEqual({ name: 'task', params: { taskId: 7 } })
  })
})

describe('groups', () => {
  const view: SearchView = {
    query: '西宁',
    limit: 8,
    offset: 0,
    tasks: { items: [task.hit as never], total: 31, capped: false },
    units: { items: [unit.hit as never], total: 1000, capped: true },
    reports: null,
  }

  it('are the non-null groups in display order, each hit tagged with its group', () => {
    const groups = groupsOf(view)
    expect(groups.map((g) => [g.key, g.total, g.capped])).toEqual([
      ['tasks', 31, false],
      ['units', 1000, true],
    ])
    expect(groups[1].items).toEqual([unit])
    expect(groupsOf(undefined)).toEqual([])
  })

  it('read the type of the URL', () => {
    expect(groupOf('reports')?.api).toBe('REPORTS')
    expect(groupOf('everything')).toBeUndefined()
    expect(groupOf(undefined)).toBeUndefined()
  })

  it('say a capped total as a lower bound', () => {
    expect(totalLabel(31, false)).toBe('31')
    expect(totalLabel(1000, true)).toBe('1000+')
  })

  it('give each option an id of its own', () => {
    expect(optionId('list', unit)).toBe('list-units-12')
    expect(optionId('list', report)).toBe('list-reports-90')
  })
})

describe('moveActive', () => {
  it('enters at either end, wraps around, and stays out of an empty list', () => {
    expect(moveActive(-1, 1, 3)).toBe(0)
    expect(moveActive(-1, -1, 3)).toBe(2)
    expect(moveActive(2, 1, 3)).toBe(0)
    expect(moveActive(0, -1, 3)).toBe(2)
    expect(moveActive(1, 1, 3)).toBe(2)
    expect(moveActive(-1, 1, 0)).toBe(-1)
  })
})
