import { i18n, type AppLocale } from '@/i18n'
import zhCN from './zh-CN.json'
import en from './en.json'

type Tree = { [k: string]: string | Tree }

/**
 * A plain t() over the message files, for unit tests of pure functions that take a translator:
 * labels are checked in both languages without mounting vue-i18n.
 */
export function translator(locale: 'zh-CN' | 'en') {
  const messages = (locale === 'en' ? en : zhCN) as Tree
  return (key: string, named: Record<string, unknown> = {}): string => {
    const msg = key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), messages)
    return typeof msg === 'string' ? msg.replace(/\{(\w+)\}/g, (_, k: string) => String(named[k] ?? '')) : key
  }
}

/**
 * Runs `fn` with the UI language set to `locale`, then sets it back: numbers and dates follow the
 * UI language (see shared/format.ts), so a test of English output switches it as the app does.
 */
export function inLocale<T>(locale: AppLocale, fn: () => T): T {
  const before = i18n.global.locale.value
  i18n.global.locale.value = locale
  try {
    return fn()
  } finally {
    i18n.global.locale.value = before
  }
}
