import type { Colour, ReportCadence, ReportState, UrgeLevel } from '@/api/types'
import type { TagType } from '@/shared/labels'

type Translate = (key: string, named?: Record<string, unknown>) => string

// ——— report states and what each role may do ———

export const REPORT_STATES: readonly ReportState[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']

export const reportStateKey = (state: string) =>
  (REPORT_STATES as readonly string[]).includes(state) ? `enum.reportState.${state}` : 'enum.unknown'

export function reportStateTagType(state: string): TagType {
  switch (state) {
    case 'APPROVED':
      return 'success'
    case 'SUBMITTED':
      return 'primary'
    case 'RETURNED':
      return 'danger'
    default:
      return 'info'
  }
}

export interface ReportActions {
  edit: boolean
  submit: boolean
  remove: boolean
  approve: boolean
  return: boolean
}

/**
 * What a person may do with a report in a state (the server decides again; illegal moves are 409):
 * the unit's reporter edits and submits DRAFT and RETURNED reports and deletes drafts; a supervisor
 * approves or returns SUBMITTED ones.
 */
export function reportActions(state: ReportState | string, roles: readonly string[], ownUnit = true): ReportActions {
  const reporter = roles.includes('REPORTER') && ownUnit
  const supervisor = roles.includes('SUPERVISOR')
  const editable = state === 'DRAFT' || state === 'RETURNED'
  return {
    edit: reporter && editable,
    submit: reporter && editable,
    remove: reporter && state === 'DRAFT',
    approve: supervisor && state === 'SUBMITTED',
    return: supervisor && state === 'SUBMITTED',
  }
}

// ——— traffic lights ———

export const COLOURS: readonly Colour[] = ['RED', 'YELLOW', 'GREEN']
export const COLOUR_REASONS = ['NONE', 'OVERDUE', 'REPORT_MISSING', 'BEHIND_SCHEDULE', 'REPORT_RETURNED', 'COMPLETED'] as const

export const colourKey = (colour: string) => ((COLOURS as readonly string[]).includes(colour) ? `enum.colour.${colour}` : 'enum.unknown')
export const colourReasonKey = (reason: string) =>
  (COLOUR_REASONS as readonly string[]).includes(reason) ? `enum.colourReason.${reason}` : 'enum.unknown'

export function colourTagType(colour: string): TagType {
  return colour === 'RED' ? 'danger' : colour === 'YELLOW' ? 'warning' : colour === 'GREEN' ? 'success' : 'info'
}

/**
 * A traffic light as words — never colour alone: "红 · 已逾期", "绿" (no reason shown for NONE).
 * Unknown values (a newer server) show as they come.
 */
export function colourText(colour: string, reason: string | null | undefined, t: Translate): string {
  const ck = colourKey(colour)
  const c = ck === 'enum.unknown' ? colour : t(ck)
  if (!reason || reason === 'NONE') return c
  const rk = colourReasonKey(reason)
  return `${c} · ${rk === 'enum.unknown' ? reason : t(rk)}`
}

/** Worst first: red, yellow, green (then anything unknown). */
export function colourRank(colour: string): number {
  const i = (COLOURS as readonly string[]).indexOf(colour)
  return i < 0 ? COLOURS.length : i
}

// ——— urges ———

export const URGE_LEVELS: readonly UrgeLevel[] = ['BLUE', 'YELLOW', 'RED']
export const urgeLevelKey = (level: string) => ((URGE_LEVELS as readonly string[]).includes(level) ? `enum.urgeLevel.${level}` : 'enum.unknown')
export function urgeLevelTagType(level: string): TagType {
  return level === 'RED' ? 'danger' : level === 'YELLOW' ? 'warning' : 'primary'
}

/** An urge is open until the unit has answered it (反馈); acknowledged (签收) ones are still open. */
export function urgeOpen(u: { respondedAt?: string | null }): boolean {
  return !u.respondedAt
}

/** The inbox order: open urges first, each group newest first. */
export function sortUrges<T extends { respondedAt?: string | null; issuedAt: string }>(urges: readonly T[]): T[] {
  return [...urges].sort((a, b) => {
    const open = Number(urgeOpen(b)) - Number(urgeOpen(a))
    return open !== 0 ? open : b.issuedAt.localeCompare(a.issuedAt)
  })
}

// ——— reporting periods ———

export interface ReportPeriod {
  period: string
  start: string
  end: string
  /** the last day the period's report is on time */
  deadline: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const utc = (y: number, m0: number, d: number) => new Date(Date.UTC(y, m0, d))

function parseDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number)
  return utc(y, m - 1, d)
}

/** The local calendar day of a date-time (an assignment's createdAt), as YYYY-MM-DD. */
export function localDay(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(d.getTime())) return String(value).slice(0, 10)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The period of a day in a cadence: 2024-Q1 (QUARTER) or 2024-03 (MONTH). */
export function periodOf(day: string, cadence: ReportCadence): string {
  const d = parseDay(day)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  return cadence === 'QUARTER' ? `${y}-Q${Math.floor(m / 3) + 1}` : `${y}-${pad(m + 1)}`
}

/** First and last day of a period (2024-Q1 → 2024-01-01…2024-03-31). */
export function periodBounds(period: string): { start: string; end: string } | null {
  let m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) {
    const y = Number(m[1])
    const q = Number(m[2])
    return { start: iso(utc(y, (q - 1) * 3, 1)), end: iso(utc(y, q * 3, 0)) }
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return { start: iso(utc(y, mo - 1, 1)), end: iso(utc(y, mo, 0)) }
  }
  return null
}

function addDays(day: string, n: number): string {
  const d = parseDay(day)
  d.setUTCDate(d.getUTCDate() + n)
  return iso(d)
}

/**
 * The reports an assignment owes (as the server's reporting calendar): one per period from the
 * period of its start to the period of its due date, each due `deadlineDays` after the period ends.
 */
export function owedPeriods(cadence: ReportCadence, deadlineDays: number, start: string, due: string): ReportPeriod[] {
  const out: ReportPeriod[] = []
  if (due < start) return out
  let period = periodOf(start, cadence)
  for (let guard = 0; guard < 600; guard++) {
    const b = periodBounds(period)!
    if (b.start > due) break
    out.push({ period, start: b.start, end: b.end, deadline: addDays(b.end, deadlineDays) })
    period = periodOf(addDays(b.end, 1), cadence)
  }
  return out
}

/**
 * The report due now: the first owed period whose deadline is today or later; when every deadline
 * has passed (the assignment is overdue), the last one. Null when nothing is owed.
 */
export function duePeriod(owed: readonly ReportPeriod[], today: string): ReportPeriod | null {
  return owed.find((p) => p.deadline >= today) ?? owed[owed.length - 1] ?? null
}

/**
 * The periods the report form offers: owed periods that have begun by today (at least the first),
 * newest first, so a late report for an earlier period can still be filed.
 */
export function periodOptions(owed: readonly ReportPeriod[], today: string): string[] {
  const begun = owed.filter((p) => p.start <= today)
  const list = begun.length > 0 ? begun : owed.slice(0, 1)
  return list.map((p) => p.period).reverse()
}

/** The period the form starts with: the one due now if offered, else the newest offered. */
export function defaultPeriod(options: readonly string[], due: ReportPeriod | null): string | undefined {
  return due && options.includes(due.period) ? due.period : options[0]
}

// ——— the report form ———

export interface ReportFormModel {
  period: string
  text: string
  progress: number
  progressReason: string
  completed: boolean
}

/** Form checks before sending (the server checks again): field → i18n key. */
export function reportFormProblems(m: ReportFormModel, currentProgress: number): Record<string, string> {
  const out: Record<string, string> = {}
  if (!m.period) out.period = 'reporting.form.required'
  if (!m.text.trim()) out.text = 'reporting.form.required'
  if (m.progress < 0 || m.progress > 100 || !Number.isInteger(m.progress)) out.progress = 'reporting.form.progressRange'
  if (m.completed !== (m.progress === 100)) out.completed = 'reporting.form.completedIff100'
  if (m.progress < currentProgress && !m.progressReason.trim()) out.progressReason = 'reporting.form.reasonRequired'
  return out
}

/** Progress 100 means completed and completed means 100: the switch follows the slider. */
export function withProgress(m: ReportFormModel, progress: number): ReportFormModel {
  return { ...m, progress, completed: progress === 100 }
}

export function withCompleted(m: ReportFormModel, completed: boolean): ReportFormModel {
  return { ...m, completed, progress: completed ? 100 : m.progress === 100 ? 99 : m.progress }
}

// ——— bulk review ———

export interface BulkRowResult {
  id: number
  ok: boolean
  /** the server's message when it refused */
  message?: string
}

export interface BulkSummary {
  ok: number
  failed: number
  /** message per failed report id */
  failures: Record<number, string>
}

export function summarizeBulk(results: readonly BulkRowResult[]): BulkSummary {
  const failures: Record<number, string> = {}
  let ok = 0
  for (const r of results) {
    if (r.ok) ok++
    else failures[r.id] = r.message ?? ''
  }
  return { ok, failed: results.length - ok, failures }
}

/** Runs one call per item, one after another, collecting each outcome (never throws). */
export async function runEach<T extends { id: number }>(
  items: readonly T[],
  call: (item: T) => Promise<unknown>,
  describe: (e: unknown) => string,
  onResult?: (results: readonly BulkRowResult[]) => void,
): Promise<BulkRowResult[]> {
  const out: BulkRowResult[] = []
  for (const item of items) {
    try {
      await call(item)
      out.push({ id: item.id, ok: true })
    } catch (e) {
      out.push({ id: item.id, ok: false, message: describe(e) })
    }
    onResult?.([...out])
  }
  return out
}

// ——— misc ———

export { formatBytes } from '@/shared/format'

export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png'
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024

/** One timeline of a task: reports (filed, reviewed) and urges, in time order. */
export interface TimelineEntry {
  at: string
  kind: 'submitted' | 'approved' | 'returned' | 'urged' | 'acknowledged' | 'responded' | 'instructed' | 'instructionAnswered'
  /** empty for a task-wide instruction (every unit of the task) */
  unitName: string
  who: string | null
  text: string | null
  period?: string
  level?: string
  reportId?: number
}

/** One step of a report's life from the audit log (SUBMIT, APPROVE, RETURN), with the report as it was after it. */
export interface ReportEvent {
  action: string
  occurredAt: string
  actorName: string
  after: unknown
}

const EVENT_KINDS: Record<string, TimelineEntry['kind']> = { SUBMIT: 'submitted', APPROVE: 'approved', RETURN: 'returned' }

function field(v: unknown, key: string): string | null {
  const x = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
  return typeof x === 'string' ? x : null
}

interface TimelineReport {
  id: number
  unitName: string
  period: string
  submittedAt?: string | null
  reviewedAt?: string | null
  reviewedBy?: string | null
  reviewerComment?: string | null
  author: string
  state: string
  text: string
}

interface TimelineUrge {
  unitName: string
  level: string
  message: string
  issuedBy: string
  issuedAt: string
  acknowledgedAt?: string | null
  acknowledgedBy?: string | null
  response?: string | null
  respondedAt?: string | null
}

/**
 * A task's timeline. A report shows every submission and review when its audit events are given
 * (`history`, for those who may read the audit log); otherwise only its latest submission and review.
 */
export function buildTimeline(
  reports: readonly TimelineReport[],
  urges: readonly TimelineUrge[],
  history?: ReadonlyMap<number, readonly ReportEvent[]>,
): TimelineEntry[] {
  const out: TimelineEntry[] = []
  for (const r of reports) {
    const events = history?.get(r.id)?.filter((e) => EVENT_KINDS[e.action])
    if (events && events.length > 0) {
      for (const e of events) {
        const kind = EVENT_KINDS[e.action]
        const text = kind === 'submitted' ? field(e.after, 'text') : field(e.after, 'reviewerComment')
        out.push({ at: e.occurredAt, kind, unitName: r.unitName, who: e.actorName, text, period: r.period, reportId: r.id })
      }
      continue
    }
    if (r.submittedAt) out.push({ at: r.submittedAt, kind: 'submitted', unitName: r.unitName, who: r.author, text: r.text, period: r.period, reportId: r.id })
    if (r.reviewedAt && (r.state === 'APPROVED' || r.state === 'RETURNED' || r.reviewerComment)) {
      const kind = r.state === 'APPROVED' ? 'approved' : 'returned'
      out.push({ at: r.reviewedAt, kind, unitName: r.unitName, who: r.reviewedBy ?? null, text: r.reviewerComment ?? null, period: r.period, reportId: r.id })
    }
  }
  for (const u of urges) {
    out.push({ at: u.issuedAt, kind: 'urged', unitName: u.unitName, who: u.issuedBy, text: u.message, level: u.level })
    if (u.acknowledgedAt) out.push({ at: u.acknowledgedAt, kind: 'acknowledged', unitName: u.unitName, who: u.acknowledgedBy ?? null, text: null })
    if (u.respondedAt) out.push({ at: u.respondedAt, kind: 'responded', unitName: u.unitName, who: null, text: u.response ?? null })
  }
  return out.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
}

// ——— extension requests and notifications ———

export const EXTENSION_STATES = ['PENDING', 'APPROVED', 'REJECTED'] as const
export const extensionStateKey = (s: string) => ((EXTENSION_STATES as readonly string[]).includes(s) ? `enum.extensionState.${s}` : 'enum.unknown')
export const extensionStateTagType = (s: string): TagType => (s === 'APPROVED' ? 'success' : s === 'REJECTED' ? 'danger' : 'warning')

/** Checks of an extension request before sending: a due date after the current one, and a reason. */
export function extensionProblems(input: { requestedDueDate: string | null; reason: string }, currentDueDate: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!input.requestedDueDate) out.requestedDueDate = 'reporting.form.required'
  else if (input.requestedDueDate <= currentDueDate) out.requestedDueDate = 'extension.laterThanDue'
  if (!input.reason.trim()) out.reason = 'reporting.form.required'
  return out
}

export const NOTIFICATION_KINDS = ['ASSIGNED', 'REPORT_RETURNED', 'URGED', 'DEADLINE_APPROACHING', 'INSTRUCTION', 'EXTENSION_DECIDED', 'WEBHOOK_DISABLED'] as const
export const notificationKindKey = (k: string) => ((NOTIFICATION_KINDS as readonly string[]).includes(k) ? `enum.notificationKind.${k}` : 'enum.unknown')

/** A notification's link, followed only when it is a path of this SPA. */
export function internalLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null
  return link
}
