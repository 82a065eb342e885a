import { i18n, type AppLocale } from '@/i18n'

/*
 * Dates and numbers for people, in the UI's language: every date, time, figure, percentage, count
 * and file size on screen goes through these helpers. They read vue-i18n's current locale (so a
 * template that calls them follows the language switch), or take one explicitly.
 * Chinese keeps the project's numeric dates (2024-03-05, 2024-03-05 14:30) and "65.8 %";
 * English reads "Mar 5, 2024", "Mar 5, 2024, 2:30 PM" and "65.8%". Both group thousands (12,345).
 */

const NONE = '—'

export const currentLocale = (): AppLocale => i18n.global.locale.value as AppLocale

const pad = (n: number) => String(n).padStart(2, '0')
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

const EN_DATE = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' })
const EN_DATE_TIME = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })

const DATES: Record<AppLocale, { date: (d: Date) => string; dateTime: (d: Date) => string }> = {
  'zh-CN': { date: isoDay, dateTime: (d) => `${isoDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}` },
  en: { date: (d) => EN_DATE.format(d), dateTime: (d) => EN_DATE_TIME.format(d) },
}

/** A calendar day (2024-03-05, as the API sends due dates) or the local day of an instant; the input as it is when it is no date. */
export function formatDate(value: string | null | undefined, locale: AppLocale = currentLocale()): string {
  if (!value) return NONE
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value)
  return Number.isNaN(d.getTime()) ? value : DATES[locale].date(d)
}

/** An instant in local time to the minute. */
export function formatDateTime(iso: string | null | undefined, locale: AppLocale = currentLocale()): string {
  if (!iso) return NONE
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : DATES[locale].dateTime(d)
}

/** An el-table-column formatter for a column of calendar days. */
export const dateCell = (_row: unknown, _column: unknown, value: string | null | undefined) => formatDate(value)

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: AppLocale, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const id = `${locale}/${minDigits}/${maxDigits}`
  let f = numberFormats.get(id)
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits })))
  return f
}

/** No "-0" for a tiny negative that rounds to zero. */
const unsignedZero = (s: string) => (/^-0(\.0*)?$/.test(s) ? s.slice(1) : s)

/** A figure with at most `digits` decimals and no trailing zeros; '—' when there is none. */
export function formatNumber(v: number | null | undefined, digits = 1, locale: AppLocale = currentLocale()): string {
  if (v === null || v === undefined || Number.isNaN(v)) return NONE
  return unsignedZero(numberFormat(locale, 0, digits).format(v))
}

/** A whole number of things. */
export const formatCount = (v: number | null | undefined, locale: AppLocale = currentLocale()) => formatNumber(v, 0, locale)

/** A percentage given as 0–100: "65.8 %" / "65.8%". */
export function formatPercent(v: number | null | undefined, digits = 1, locale: AppLocale = currentLocale()): string {
  const n = formatNumber(v, digits, locale)
  return n === NONE ? n : locale === 'en' ? `${n}%` : `${n} %`
}

/** A file size: 12 B, 3.4 KB, 1.2 MB (one decimal, kept when it is zero). */
export function formatBytes(n: number, locale: AppLocale = currentLocale()): string {
  if (n < 1024) return `${formatCount(n, locale)} B`
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / 1024 / 1024, 'MB']
  return `${numberFormat(locale, 1, 1).format(value)} ${unit}`
}

/** Pretty JSON for the audit log's before/after; null when there is nothing. */
export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return JSON.stringify(value, null, 2)
}

/** Top-level keys whose values differ between two JSON objects (the fields a change touched). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
  const b = obj(before)
  const a = obj(after)
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort()
}
