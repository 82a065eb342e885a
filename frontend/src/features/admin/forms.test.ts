import { describe, expect, it } from 'vitest'
import { createUserBody, emptyUserForm, updateUserBody, validateUserForm } from './userForm'
import { createTokenBody, emptyTokenForm, validateTokenForm } from './tokenForm'

describe('user form', () => {
  it('requires a unit for reporters only and never sends one for other roles', () => {
    const form = { ...emptyUserForm(), username: 'u1', displayName: '张三', password: 'long-enough-pw', roles: ['REPORTER' as const] }
    expect(validateUserForm(form, true)).toEqual({ unitId: 'users.unitRequired' })
    expect(createUserBody({ ...form, unitId: 5 })).toEqual({ username: 'u1', displayName: '张三', password: 'long-enough-pw', roles: ['REPORTER'], unitId: 5 })
    const viewer = { ...form, roles: ['VIEWER' as const], unitId: 5 }
    expect(validateUserForm(viewer, true)).toEqual({})
    expect(createUserBody(viewer)).not.toHaveProperty('unitId')
    expect(updateUserBody({ ...viewer, enabled: false })).toEqual({ displayName: '张三', roles: ['VIEWER'], enabled: false })
  })

  it('checks the basics before asking the server', () => {
    expect(validateUserForm(emptyUserForm(), true)).toEqual({
      username: 'users.required',
      displayName: 'users.required',
      password: 'auth.passwordTooShort',
      roles: 'users.rolesRequired',
    })
    // editing: no username or password fields
    expect(validateUserForm({ ...emptyUserForm(), displayName: 'x', roles: ['ADMIN'] }, false)).toEqual({})
  })
})

describe('token form', () => {
  const now = new Date('2025-01-01T00:00:00Z')

  it('sends only what is set, the expiry as an ISO instant', () => {
    expect(createTokenBody({ ...emptyTokenForm(), name: ' 执法平台 ' })).toEqual({ name: '执法平台', scopes: ['read'] })
    expect(createTokenBody({ name: 'x', scopes: ['read', 'import'], unitId: 3, expiresAt: new Date('2026-01-01T00:00:00Z') })).toEqual({
      name: 'x',
      scopes: ['read', 'import'],
      unitId: 3,
      expiresAt: '2026-01-01T00:00:00.000Z',
    })
  })

  it('needs a name, a scope and a future expiry', () => {
    expect(validateTokenForm({ name: '', scopes: [], unitId: undefined, expiresAt: new Date('2024-01-01') }, now)).toEqual({
      name: 'tokens.nameRequired',
      scopes: 'tokens.scopesRequired',
      expiresAt: 'tokens.expiresPast',
    })
    expect(validateTokenForm({ ...emptyTokenForm(), name: 'x' }, now)).toEqual({})
  })
})
