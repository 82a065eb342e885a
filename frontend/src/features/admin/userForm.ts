import type { CreateUser, Role, UpdateUser, UserView } from '@/api/types'
import { MIN_PASSWORD_LENGTH } from '@/features/auth/password'

export interface UserForm {
  username: string
  displayName: string
  password: string
  roles: Role[]
  unitId: number | undefined
  enabled: boolean
}

export function emptyUserForm(): UserForm {
  return { username: '', displayName: '', password: '', roles: [], unitId: undefined, enabled: true }
}

export function userFormOf(user: UserView): UserForm {
  return { username: user.username, displayName: user.displayName, password: '', roles: [...user.roles], unitId: user.unitId ?? undefined, enabled: user.enabled }
}

/** Only a reporter belongs to a unit (the server refuses a unit on other accounts). */
export const needsUnit = (roles: readonly string[]) => roles.includes('REPORTER')

/** Client-side checks, as message keys per field; the server checks again and says more. */
export function validateUserForm(form: UserForm, creating: boolean): Record<string, string> {
  const errs: Record<string, string> = {}
  if (creating && !form.username.trim()) errs.username = 'users.required'
  if (!form.displayName.trim()) errs.displayName = 'users.required'
  if (creating && form.password.length < MIN_PASSWORD_LENGTH) errs.password = 'auth.passwordTooShort'
  if (form.roles.length === 0) errs.roles = 'users.rolesRequired'
  if (needsUnit(form.roles) && form.unitId === undefined) errs.unitId = 'users.unitRequired'
  return errs
}

export function createUserBody(form: UserForm): CreateUser {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    password: form.password,
    roles: form.roles,
    ...(needsUnit(form.roles) && form.unitId !== undefined ? { unitId: form.unitId } : {}),
  }
}

export function updateUserBody(form: UserForm): UpdateUser {
  return {
    displayName: form.displayName.trim(),
    roles: form.roles,
    enabled: form.enabled,
    ...(needsUnit(form.roles) && form.unitId !== undefined ? { unitId: form.unitId } : {}),
  }
}
