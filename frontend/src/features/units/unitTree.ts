import type { UnitNode } from '@/api/types'

/** Finds a unit in the tree and returns the names from the root down to it (for a breadcrumb). */
export function findUnitPath(roots: readonly UnitNode[], id: number): UnitNode[] | null {
  for (const node of roots) {
    if (node.id === id) return [node]
    const below = findUnitPath(node.children ?? [], id)
    if (below) return [node, ...below]
  }
  return null
}

/** Flattens the tree depth-first. */
export function flattenUnits(roots: readonly UnitNode[]): UnitNode[] {
  return roots.flatMap((n) => [n, ...flattenUnits(n.children ?? [])])
}

/** Element Plus tree filter: a unit matches when its name or division code contains the text. */
export function unitMatches(value: string, data: Record<string, unknown>): boolean {
  if (!value) return true
  const name = typeof data.name === 'string' ? data.name : ''
  const code = typeof data.code === 'string' ? data.code : ''
  return name.includes(value) || code.includes(value)
}
