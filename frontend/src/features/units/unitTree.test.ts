import { describe, expect, it } from 'vitest'
import type { UnitNode } from '@/api/types'
import { findUnitPath, flattenUnits, unitMatches } from './unitTree'

const node = (id: number, name: string, code: string | null, children: UnitNode[] = []): UnitNode =>
  ({ id, name, code, type: 'OTHER', children }) as UnitNode

const tree = [node(1, '青海省人民政府', '630000', [node(2, '西宁市', '630100', [node(3, '城东区', '630102')]), node(4, '海东市', '630200')])]

describe('unit tree helpers', () => {
  it('finds the path from the root to a unit', () => {
    expect(findUnitPath(tree, 3)?.map((u) => u.name)).toEqual(['青海省人民政府', '西宁市', '城东区'])
    expect(findUnitPath(tree, 99)).toBeNull()
  })

  it('flattens depth-first', () => {
    expect(flattenUnits(tree).map((u) => u.id)).toEqual([1, 2, 3, 4])
  })

  it('matches by name or division code', () => {
    expect(unitMatches('', { name: '西宁市' })).toBe(true)
    expect(unitMatches('西宁', { name: '西宁市', code: '630100' })).toBe(true)
    expect(unitMatches('6302', { name: '海东市', code: '630200' })).toBe(true)
    expect(unitMatches('海东', { name: '西宁市', code: null })).toBe(false)
  })
})
