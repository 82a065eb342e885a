import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN.json'
import en from '@/locales/en.json'
import { mapFieldErrors } from './fieldErrors'
import { ROLES, STATUSES, UNIT_TYPES, roleKey, roleTagType, statusKey, statusTagType, unitTypeKey } from './labels'
import { mergeQuery, pageFromQuery } from './query'

describe('labels', () => {
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
  const t = (k: string) => i18n.global.t(k)

  it('maps roles and statuses to Chinese and English labels', () => {
    expect(ROLES.map((r) => t(roleKey(r)))).toEqual(['牵头', '配合'])
    expect(STATUSES.map((s) => t(statusKey(s)))).toEqual(['未开始', '进行中', '已完成'])
    i18n.global.locale.value = 'en'
    expect(ROLES.map((r) => t(roleKey(r)))).toEqual(['Lead', 'Co-operating'])
    expect(t(statusKey('COMPLETED'))).toBe('Completed')
    i18n.global.locale.value = 'zh-CN'
  })

  it('has a label for every unit type', () => {
    for (const type of UNIT_TYPES) expect(i18n.global.te(unitTypeKey(type), 'zh-CN'), type).toBe(true)
  })

  it('falls back for values a newer server may send', () => {
    expect(roleKey('OBSERVER')).toBe('enum.unknown')
    expect(statusKey('CANCELLED')).toBe('enum.unknown')
    expect(unitTypeKey('CITY')).toBe('enum.unknown')
    expect(statusTagType('CANCELLED')).toBe('warning')
  })

  it('colours statuses and roles', () => {
    expect(STATUSES.map(statusTagType)).toEqual(['info', 'primary', 'success'])
    expect(ROLES.map(roleTagType)).toEqual(['danger', 'info'])
  })
})

describe('query helpers', () => {
  it('reads page and size with defaults and limits', () => {
    expect(pageFromQuery({})).toEqual({ page: 1, size: 20 })
    expect(pageFromQuery({ page: '3', size: '50' })).toEqual({ page: 3, size: 50 })
    expect(pageFromQuery({ page: '0', size: '9999' })).toEqual({ page: 1, size: 200 })
    expect(pageFromQuery({ page: 'x', size: ['10', '20'] })).toEqual({ page: 1, size: 10 })
  })

  it('resets the page when a filter changes and drops defaults', () => {
    expect(mergeQuery({ page: '4', q: 'a' }, { q: 'b' })).toEqual({ q: 'b' })
    expect(mergeQuery({ q: 'a' }, { page: 2 })).toEqual({ q: 'a', page: '2' })
    expect(mergeQuery({ q: 'a', page: '2' }, { q: '' })).toEqual({})
    expect(mergeQuery({}, { size: 20, page: 1 })).toEqual({})
  })
})

describe('mapFieldErrors', () => {
  const fields = ['units', 'dueDate', 'note']

  it('maps bare, nested and method-prefixed paths onto form fields', () => {
    const m = mapFieldErrors(
      [
        { field: 'dueDate', message: 'must not be null' },
        { field: 'assign.body.units[1].role', message: 'must not be null' },
        { field: 'units', message: 'must not be empty' },
        { field: 'taskId', message: 'unknown task' },
      ],
      fields,
    )
    expect(m.byField).toEqual({ dueDate: 'must not be null', units: 'must not be null; must not be empty' })
    expect(m.other).toEqual(['taskId: unknown task'])
  })
})
