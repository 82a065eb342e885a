import type { AssignmentRole, AssignmentStatus, UnitType } from '@/api/types'

export const ROLES: readonly AssignmentRole[] = ['LEAD', 'CO']
export const STATUSES: readonly AssignmentStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED']
export const UNIT_TYPES: readonly UnitType[] = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'PROVINCIAL_DEPARTMENT', 'OTHER']

/** i18n key of an assignment role label; unknown values (a newer server) fall back to a generic key. */
export function roleKey(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? `enum.role.${role}` : 'enum.unknown'
}

export function statusKey(status: string): string {
  return (STATUSES as readonly string[]).includes(status) ? `enum.status.${status}` : 'enum.unknown'
}

export function unitTypeKey(type: string): string {
  return (UNIT_TYPES as readonly string[]).includes(type) ? `enum.unitType.${type}` : 'enum.unknown'
}

export type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/** Element Plus tag colour of an assignment status. */
export function statusTagType(status: string): TagType {
  switch (status) {
    case 'COMPLETED':
      return 'success'
    case 'IN_PROGRESS':
      return 'primary'
    case 'NOT_STARTED':
      return 'info'
    default:
      return 'warning'
  }
}

export function roleTagType(role: string): TagType {
  return role === 'LEAD' ? 'danger' : 'info'
}
