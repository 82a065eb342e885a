import type { AssignmentRole, AssignmentStatus, ProgressStatus, Role, UnitType } from '@/api/types'

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

// ——— accounts, tokens, audit, public progress ———

export const USER_ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER']
export const TOKEN_SCOPES = ['read', 'write:metric-values', 'write:progress-reports', 'import'] as const
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['NOT_ASSIGNED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED']
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'PUBLISH',
  'UNPUBLISH',
  'REVOKE',
  'LOGIN_SUCCESS',
  'LOGIN_FAILURE',
  'LOGIN_LOCKED',
  'LOGOUT',
  'PASSWORD_CHANGE',
  'PASSWORD_RESET',
  'SUBMIT', 'APPROVE', 'RETURN', 'REJECT', 'ATTACH', 'DETACH', 'ACKNOWLEDGE', 'RESPOND', 'REDELIVER', 'IMPORT', 'BATCH', 'RECOMPUTE',
] as const
export const AUDIT_ENTITY_TYPES = [
  'plan', 'section', 'task', 'assignment', 'responsibility-unit', 'user', 'api-token', 'metric', 'metric-value', 'progress-report', 'urge', 'webhook', 'annual-report', 'calendar-feed', 'extension-request', 'instruction', 'contribution', 'import-job', 'assignment-status',
] as const

function keyIn(list: readonly string[], value: string, prefix: string): string {
  return list.includes(value) ? `${prefix}.${value}` : 'enum.unknown'
}

/** i18n key of an account role (ADMIN …), not to be confused with an assignment's LEAD/CO role. */
export const userRoleKey = (role: string) => keyIn(USER_ROLES, role, 'enum.userRole')
/** Scope names contain ':' and '-', which message keys avoid: they are looked up with those replaced. */
export const scopeKey = (scope: string) =>
  (TOKEN_SCOPES as readonly string[]).includes(scope) ? `enum.scope.${scope.replace(/[:-]/g, '_')}` : 'enum.unknown'
export const progressStatusKey = (status: string | undefined) => keyIn(PROGRESS_STATUSES, status ?? '', 'enum.progress')
export const auditActionKey = (action: string) => keyIn(AUDIT_ACTIONS, action, 'enum.action')
export const entityTypeKey = (type: string) => (AUDIT_ENTITY_TYPES as readonly string[]).includes(type) ? `enum.entity.${type.replace(/-/g, '_')}` : 'enum.unknown'

/** A label that shows the raw value when this version of the SPA does not know it. */
export function labelOr(t: (key: string) => string, key: string, raw: string): string {
  return key === 'enum.unknown' ? raw : t(key)
}

export function progressTagType(status: string | undefined): TagType {
  return status === 'NOT_ASSIGNED' ? 'info' : status === 'NOT_STARTED' ? 'warning' : statusTagType(status ?? '')
}

export function userRoleTagType(role: string): TagType {
  switch (role) {
    case 'ADMIN':
      return 'danger'
    case 'SUPERVISOR':
      return 'warning'
    case 'REPORTER':
      return 'success'
    default:
      return 'info'
  }
}

/** Element Plus progress bar status: green when complete, default blue otherwise. */
export function progressBarStatus(status: string | undefined): 'success' | undefined {
  return status === 'COMPLETED' ? 'success' : undefined
}

/** State of an API token at `now`: revoked wins over expired. */
export function tokenState(token: { revokedAt: string | null; expiresAt: string | null }, now: Date): 'REVOKED' | 'EXPIRED' | 'ACTIVE' {
  if (token.revokedAt) return 'REVOKED'
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED'
  return 'ACTIVE'
}

export function tokenStateTagType(state: 'REVOKED' | 'EXPIRED' | 'ACTIVE'): TagType {
  return state === 'ACTIVE' ? 'success' : state === 'EXPIRED' ? 'warning' : 'info'
}
