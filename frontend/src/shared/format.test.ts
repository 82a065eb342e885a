import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { currentLocale, dateCell, formatBytes, formatCount, formatDate, formatDateTime, formatNumber, formatPercent } from './format'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('dates', () => {
  it('writes calendar days numerically in Chinese and with the month name in English', () => {
    expect(formatDate('2024-03-05', 'zh-CN')).toBe('2024-03-05')
    expect(formatDate('2024-03-05', 'en')).toBe('Mar 5, 2024')
    expect(formatDate('2099-12-31', 'en')).toBe('Dec 31, 2099')
  })

  it('takes a calendar day as that day wherever the browser is, and an instant as its local day', () => {
    expect(formatDate('2024-01-01', 'zh-CN')).toBe('2024-01-01')
    expect(formatDate('2024-03-05T23:30:00', 'en')).toBe('Mar 5, 2024')
  })

  it('writes instants to the minute in local time', () => {
    expect(formatDateTime('2024-03-05T06:07:00', 'zh-CN')).toBe('2024-03-05 06:07')
    expect(formatDateTime('2024-03-05T14:30:00', 'zh-CN')).toBe('2024-03-05 14:30')
    expect(formatDateTime('2024-03-05T14:30:00', 'en')).toBe('Mar 5, 2024, 2:30 PM')
    expect(formatDateTime('2024-03-05T00:05:00', 'en')).toBe('Mar 5, 2024, 12:05 AM')
  })

  it('shows a dash for nothing and the value itself when it is no date', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(formatDate(null, locale)).toBe('—')
      expect(formatDate('', locale)).toBe('—')
      expect(formatDateTime(undefined, locale)).toBe('—')
      expect(formatDate('someday', locale)).toBe('someday')
      expect(formatDateTime('not a date', locale)).toBe('not a date')
    }
  })

  it('follows the UI language when none is given, in table cells too', () => {
    expect(currentLocale()).toBe('zh-CN')
    expect(formatDate('2024-06-30')).toBe('2024-06-30')
    expect(dateCell({}, {}, '2024-06-30')).toBe('2024-06-30')
    i18n.global.locale.value = 'en'
    expect(formatDate('2024-06-30')).toBe('Jun 30, 2024')
    expect(dateCell({}, {}, '2024-06-30')).toBe('Jun 30, 2024')
    expect(formatDateTime('2024-06-30T09:00:00')).toBe('Jun 30, 2024, 9:00 AM')
  })
})

describe('numbers', () => {
  it('rounds to at most the digits asked for, without trailing zeros', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(formatNumber(87.944, 1, locale)).toBe('87.9')
      expect(formatNumber(89.96, 1, locale)).toBe('90')
      expect(formatNumber(2.5, 0, locale)).toBe('3')
      expect(formatNumber(0.12345, 4, locale)).toBe('0.1235')
      expect(formatNumber(-0.01, 1, locale)).toBe('0')
      expect(formatNumber(-0.5, 1, locale)).toBe('-0.5')
      expect(formatNumber(null, 1, locale)).toBe('—')
      expect(formatNumber(Number.NaN, 1, locale)).toBe('—')
    }
  })

  it('groups thousands', () => {
    expect(formatNumber(12345.67, 1, 'zh-CN')).toBe('12,345.7')
    expect(formatNumber(12345.67, 1, 'en')).toBe('12,345.7')
    expect(formatCount(78000, 'en')).toBe('78,000')
    expect(formatCount(3, 'zh-CN')).toBe('3')
    expect(formatCount(undefined, 'en')).toBe('—')
  })

  it('writes percentages as each language does', () => {
    expect(formatPercent(65.83, 1, 'zh-CN')).toBe('65.8 %')
    expect(formatPercent(65.83, 1, 'en')).toBe('65.8%')
    expect(formatPercent(100, 1, 'en')).toBe('100%')
    expect(formatPercent(null, 1, 'en')).toBe('—')
    i18n.global.locale.value = 'en'
    expect(formatPercent(40)).toBe('40%')
  })

  it('writes file sizes with one decimal above a kilobyte', () => {
    expect(formatBytes(12, 'en')).toBe('12 B')
    expect(formatBytes(3 * 1024, 'zh-CN')).toBe('3.0 KB')
    expect(formatBytes(3.46 * 1024, 'en')).toBe('3.5 KB')
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25.0 MB')
  })
})
