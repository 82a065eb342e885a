import type { Role } from '@/api/types'

/** Who may open which part of the SPA; route meta and role-aware buttons both read these lists. */
export const ACCESS = {
  /** the unit tree and any unit's assignments (a reporter may only see their own unit's) */
  units: ['ADMIN', 'SUPERVISOR', 'VIEWER'],
  /** assign tasks, publish / unpublish plans */
  supervise: ['SUPERVISOR'],
  /** accounts and API tokens */
  admin: ['ADMIN'],
  /** webhook subscriptions and their delivery log (WebhookResource: administrators only) */
  webhooks: ['ADMIN'],
  audit: ['ADMIN', 'SUPERVISOR'],
  myTasks: ['REPORTER'],
  /** file progress reports with evidence, answer urges (their unit's inbox) */
  report: ['REPORTER'],
  inbox: ['REPORTER'],
  /** review submitted reports, urge lagging units, recompute traffic lights */
  review: ['SUPERVISOR'],
  overdue: ['SUPERVISOR'],
  /** today's workbench: what needs the supervisor's attention (their home page) */
  workbench: ['SUPERVISOR'],
  /** issue leaders' instructions (批示): supervisors, and viewers the server flags as leaders */
  instruct: ['SUPERVISOR', 'VIEWER'],
  /** enter or correct metric figures: reporters their own unit's, supervisors any unit's */
  metricEntry: ['REPORTER', 'SUPERVISOR'],
  /** dashboard, the filtered assignment list, reports and exports: everyone, reporters confined to their unit by the server */
  stats: ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER'],
  /** read annual reports (年度法治政府建设情况报告); reporters their own unit's */
  annualReports: ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER'],
  /** draft, edit, regenerate and finalise annual reports: supervisors any unit's, reporters their own unit's */
  annualReportWrite: ['SUPERVISOR', 'REPORTER'],
  /** bulk import from files: supervisors units, assignments and metric values; admins units; reporters their unit's figures and reports */
  imports: ['ADMIN', 'SUPERVISOR', 'REPORTER'],
  /** turn a plan document (text or DOCX) into a plan: preview, correct, create */
  planDocuments: ['SUPERVISOR'],
  /** global search: everyone, reporters finding only their own unit and its reports (the server confines them) */
  search: ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER'],
} as const satisfies Record<string, readonly Role[]>

export interface AccessMeta {
  /** reachable without signing in */
  public?: boolean
  /** any of these roles may open the route; absent = every signed-in person */
  roles?: readonly string[]
}

export type AccessDecision = 'allow' | 'login' | 'forbidden'

export function hasAnyRole(me: { roles: readonly string[] } | null | undefined, roles: readonly string[]): boolean {
  return !!me && roles.some((r) => me.roles.includes(r))
}

/** The route guard's rule: public routes are open, others need a signed-in person with one of the route's roles. */
export function decideAccess(meta: AccessMeta, me: { roles: readonly string[] } | null | undefined): AccessDecision {
  if (meta.public) return 'allow'
  if (!me) return 'login'
  if (!meta.roles || meta.roles.length === 0) return 'allow'
  return hasAnyRole(me, meta.roles) ? 'allow' : 'forbidden'
}

/**
 * Where a person lands after signing in: reporters on what their unit owes (my tasks), supervisors on
 * today's workbench, leaders (viewers) and admins on the dashboard; anyone else (no known role) on
 * the plans, which every signed-in person may open.
 */
export function homeRouteName(me: { roles: readonly string[] }): 'my-tasks' | 'workbench' | 'dashboard' | 'plans' {
  if (hasAnyRole(me, ACCESS.myTasks)) return 'my-tasks'
  if (hasAnyRole(me, ACCESS.workbench)) return 'workbench'
  return hasAnyRole(me, ACCESS.stats) ? 'dashboard' : 'plans'
}

/** A `redirect` query value that is safe to follow: a path on this site, not the login page itself. */
export function safeRedirect(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value
  if (typeof v !== 'string' || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return null
  if (/^\/login(?:[/?#]|$)/.test(v)) return null
  return v
}
