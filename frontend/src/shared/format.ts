/** Date-time for tables: local time, minutes precision, the same in both languages (YYYY-MM-DD HH:mm). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
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
