import { describe, expect, it } from 'vitest'
import { buildBulkAssignBody, syncPickedUnits } from './assignForm'

describe('syncPickedUnits', () => {
  it('makes the first picked unit the lead and the rest co-operating', () => {
    const picked = syncPickedUnits([], [
      { id: 2, name: '西宁市' },
      { id: 3, name: '海东市' },
    ])
    expect(picked).toEqual([
      { unitId: 2, name: '西宁市', role: 'LEAD' },
      { unitId: 3, name: '海东市', role: 'CO' },
    ])
  })

  it('keeps chosen roles, drops unticked units and promotes a lead when the lead is gone', () => {
    const start = [
      { unitId: 2, name: '西宁市', role: 'LEAD' as const },
      { unitId: 3, name: '海东市', role: 'CO' as const },
      { unitId: 4, name: '海北州', role: 'LEAD' as const },
    ]
    expect(syncPickedUnits(start, [{ id: 3, name: '海东市' }, { id: 4, name: '海北州' }]).map((p) => p.role)).toEqual(['CO', 'LEAD'])
    expect(syncPickedUnits(start.slice(1, 2), [{ id: 3, name: '海东市' }])[0].role).toBe('LEAD')
    expect(syncPickedUnits(start, [])).toEqual([])
  })
})

describe('buildBulkAssignBody', () => {
  it('sends ids, roles and a trimmed note only when given', () => {
    const units = [{ unitId: 2, name: '西宁市', role: 'LEAD' as const }]
    expect(buildBulkAssignBody(units, '2024-12-31', '  ')).toEqual({ dueDate: '2024-12-31', units: [{ unitId: 2, role: 'LEAD' }] })
    expect(buildBulkAssignBody(units, '2024-12-31', ' 年底前 ').note).toBe('年底前')
  })
})
