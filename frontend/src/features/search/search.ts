import type { RouteLocationRaw } from 'vue-router'
import type { ReportHit, SearchGroup, SearchView, TaskHit, UnitHit } from '@/api/types'
import { ACCESS, hasAnyRole } from '@/router/access'

/** The server's bounds on the text (SearchText.java): 2–100 characters after trimming. */
export const MIN_QUERY = 2
export const MAX_QUERY = 100

/** The groups in the order they are shown, with the value of the page's `type` query parameter. */
export const GROUPS = [
  { key: 'tasks', api: 'TASKS' },
  { key: 'units', api: 'UNITS' },
  { key: 'reports', api: 'REPORTS' },
] as const satisfies readonly { key: keyof SearchView; api: SearchGroup }[]

export type GroupKey = (typeof GROUPS)[number]['key']

export function groupOf(type: string | undefined): (typeof GROUPS)[number] | undefined {
  return GROUPS.find((g) => g.key === type)
}

/** What the server searches for: trimmed, each run of white space (ideographic space too) one space. */
export function normalizeQuery(q: string): string {
  return q.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
}

/** Whether a text is worth sending: 2–100 characters (code points, as the server counts) once normalized. */
export function isSearchable(q: string): boolean {
  const length = [...normalizeQuery(q)].length
  return length >= MIN_QUERY && length <= MAX_QUERY
}

export interface TextPart {
  text: string
  match: boolean
}

/** Splits a text into the parts that match the query (case-insensitive, every occurrence) and the rest. */
export function highlight(text: string, query: string): TextPart[] {
  const needle = normalizeQuery(query).toLowerCase()
  if (!text) return []
  if (!needle) return [{ text, match: false }]
  const haystack = text.toLowerCase()
  // lower-casing may change lengths (rare letters such as İ); then show the text unmarked rather than mis-cut
  if (haystack.length !== text.length) return [{ text, match: false }]
  const parts: TextPart[] = []
  let from = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false })
    parts.push({ text: text.slice(at, at + needle.length), match: true })
    from = at + needle.length
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false })
  return parts
}

export type Hit =
  | { group: 'tasks'; hit: TaskHit }
  | { group: 'units'; hit: UnitHit }
  | { group: 'reports'; hit: ReportHit }

interface Me {
  roles: readonly string[]
}

/**
 * Where a hit leads, as far as the person may go: a task to its page; a unit to the unit page, or for a
 * reporter (who may not open the units) to their own tasks; a report to the reporter's report page of the
 * assignment, or for everyone else to the task page with its reports.
 */
export function hitLink(item: Hit, me: Me | null | undefined): RouteLocationRaw {
  switch (item.group) {
    case 'tasks':
      return { name: 'task', params: { taskId: item.hit.id } }
    case 'units':
      return hasAnyRole(me, ACCESS.units) ? { name: 'unit', params: { unitId: item.hit.id } } : { name: 'my-tasks' }
    case 'reports':
      return hasAnyRole(me, ACCESS.report)
        ? { name: 'assignment-report', params: { assignmentId: item.hit.assignmentId } }
        : { name: 'task', params: { taskId: item.hit.taskId } }
  }
}

export interface HitGroup {
  key: GroupKey
  items: Hit[]
  total: number
  capped: boolean
}

/** The non-null groups of an answer, in display order, each hit tagged with its group. */
export function groupsOf(view: SearchView | undefined): HitGroup[] {
  if (!view) return []
  const out: HitGroup[] = []
  for (const { key } of GROUPS) {
    const group = view[key]
    if (!group) continue
    const items = (group.items ?? []).map((hit) => ({ group: key, hit }) as Hit)
    out.push({ key, items, total: group.total ?? items.length, capped: group.capped ?? false })
  }
  return out
}

/** DOM id of a hit's option in a listbox (stable, so aria-activedescendant can name it). */
export function optionId(prefix: string, item: Hit): string {
  return `${prefix}-${item.group}-${item.hit.id}`
}

/** The index after moving by `step` through `count` options, wrapping; -1 (nothing active) enters at either end. */
export function moveActive(active: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1
  if (active < 0) return step === 1 ? 0 : count - 1
  return (active + step + count) % count
}

/** "31" or "1000+": a total as the server counted it. */
export function totalLabel(total: number, capped: boolean): string {
  return capped ? `${total}+` : String(total)
}
