import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN.json'
import en from '@/locales/en.json'
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  PROGRESS_STATUSES,
  TOKEN_SCOPES,
  USER_ROLES,
  auditActionKey,
  entityTypeKey,
  labelOr,
  progressBarStatus,
  progressStatusKey,
  progressTagType,
  scopeKey,
  tokenState,
  userRoleKey,
} from './labels'
import { changedKeys, formatDateTime, prettyJson } from './format'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
const t = (k: string) => i18n.global.t(k)

describe('account, token, audit and progress labels', () => {
  it('names account roles and progress states in Chinese', () => {
    expect(USER_ROLES.map((r) => t(userRoleKey(r)))).toEqual(['系统管理员', '督办人员', '只读用户', '填报单位'])
    expect(PROGRESS_STATUSES.map((s) => t(progressStatusKey(s)))).toEqual(['未分解', '未开始', '进行中', '已完成'])
  })

  it('has a label in both languages for every known value', () => {
    const keys = [
      ...USER_ROLES.map(userRoleKey),
      ...TOKEN_SCOPES.map(scopeKey),
      ...PROGRESS_STATUSES.map(progressStatusKey),
      ...AUDIT_ACTIONS.map(auditActionKey),
      ...AUDIT_ENTITY_TYPES.map(entityTypeKey),
    ]
    for (const k of keys) {
      expect(k).not.toBe('enum.unknown')
      expect(i18n.global.te(k, 'zh-CN'), k).toBe(true)
      expect(i18n.global.te(k, 'en'), k).toBe(true)
    }
    expect(t(scopeKey('write:progress-reports'))).toBe('填报进展')
    expect(t(entityTypeKey('api-token'))).toBe('API 令牌')
  })

  it('shows values a newer server sends as they are', () => {
    expect(userRoleKey('AUDITOR')).toBe('enum.unknown')
    expect(scopeKey('write:everything')).toBe('enum.unknown')
    expect(progressStatusKey(undefined)).toBe('enum.unknown')
    expect(labelOr(t, auditActionKey('EXPORT'), 'EXPORT')).toBe('EXPORT')
    expect(labelOr(t, auditActionKey('LOGIN_FAILURE'), 'LOGIN_FAILURE')).toBe('登录失败')
  })

  it('colours progress and marks completion', () => {
    expect(PROGRESS_STATUSES.map(progressTagType)).toEqual(['info', 'warning', 'primary', 'success'])
    expect(progressBarStatus('COMPLETED')).toBe('success')
    expect(progressBarStatus('IN_PROGRESS')).toBeUndefined()
  })

  it('tells revoked, expired and active tokens apart', () => {
    const now = new Date('2025-06-01T00:00:00Z')
    expect(tokenState({ revokedAt: '2025-01-01T00:00:00Z', expiresAt: '2024-01-01T00:00:00Z' }, now)).toBe('REVOKED')
    expect(tokenState({ revokedAt: null, expiresAt: '2025-06-01T00:00:00Z' }, now)).toBe('EXPIRED')
    expect(tokenState({ revokedAt: null, expiresAt: '2025-06-01T00:00:01Z' }, now)).toBe('ACTIVE')
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('ACTIVE')
  })
})

describe('format helpers', () => {
  it('lists the fields a change touched', () => {
    expect(changedKeys({ a: 1, b: [1], c: 'x' }, { a: 1, b: [1, 2], d: true })).toEqual(['b', 'c', 'd'])
    expect(changedKeys(null, { a: 1 })).toEqual(['a'])
    expect(changedKeys([1], 'x')).toEqual([])
  })

  it('pretty-prints JSON and formats instants', () => {
    expect(prettyJson(null)).toBeNull()
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}')
    expect(formatDateTime(null)).toBe('—')
    expect(formatDateTime('not a date')).toBe('not a date')
    expect(formatDateTime('2024-03-05T06:07:00')).toBe('2024-03-05 06:07')
  })
})
