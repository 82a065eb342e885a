import type { AssignmentRole } from '@/api/types'
import type { BulkAssignInput } from './api'

export interface PickedUnit {
  unitId: number
  name: string
  role: AssignmentRole
}

/**
 * Reconciles the picked-unit list with the ids now checked in the tree: kept units keep their
 * role, new ones are added in the order given; the first unit becomes LEAD when nobody leads yet.
 */
export function syncPickedUnits(
  current: readonly PickedUnit[],
  checked: readonly { id: number; name: string }[],
): PickedUnit[] {
  const ids = new Set(checked.map((u) => u.id))
  const kept = current.filter((p) => ids.has(p.unitId))
  const known = new Set(kept.map((p) => p.unitId))
  const added = checked.filter((u) => !known.has(u.id)).map((u) => ({ unitId: u.id, name: u.name, role: 'CO' as AssignmentRole }))
  const all = [...kept, ...added]
  if (all.length > 0 && !all.some((p) => p.role === 'LEAD')) all[0] = { ...all[0], role: 'LEAD' }
  return all
}

export function buildBulkAssignBody(units: readonly PickedUnit[], dueDate: string, note: string): BulkAssignInput {
  const body: BulkAssignInput = { dueDate, units: units.map((u) => ({ unitId: u.unitId, role: u.role })) }
  if (note.trim()) body.note = note.trim()
  return body
}
