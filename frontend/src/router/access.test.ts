import { describe, expect, it } from 'vitest'
import { ACCESS, decideAccess, homeRouteName, safeRedirect } from './access'
import { routes } from './index'

const person = (...roles: string[]) => ({ roles })

describe('decideAccess', () => {
  it('lets anyone open public routes', () => {
    expect(decideAccess({ public: true }, null)).toBe('allow')
    expect(decideAccess({ public: true, roles: ['ADMIN'] }, person('VIEWER'))).toBe('allow')
  })

  it('sends people who are not signed in to the login page', () => {
    expect(decideAccess({}, null)).toBe('login')
    expect(decideAccess({ roles: ACCESS.admin }, undefined)).toBe('login')
  })

  it('allows every signed-in person where no role is required', () => {
    for (const r of ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER']) expect(decideAccess({}, person(r))).toBe('allow')
    expect(decideAccess({ roles: [] }, person())).toBe('allow')
  })

  it('forbids a signed-in person without one of the roles', () => {
    expect(decideAccess({ roles: ACCESS.admin }, person('REPORTER'))).toBe('forbidden')
    expect(decideAccess({ roles: ACCESS.admin }, person('SUPERVISOR'))).toBe('forbidden')
    expect(decideAccess({ roles: ACCESS.audit }, person('VIEWER'))).toBe('forbidden')
    expect(decideAccess({ roles: ACCESS.audit }, person('SUPERVISOR'))).toBe('allow')
    expect(decideAccess({ roles: ACCESS.audit }, person('VIEWER', 'ADMIN'))).toBe('allow')
  })

  it('matches the routes: who may open what', () => {
    const meta = (name: string) => routes.find((r) => r.name === name)!.meta ?? {}
    const table: [string, string, string][] = [
      ['admin-users', 'ADMIN', 'allow'],
      ['admin-users', 'REPORTER', 'forbidden'],
      ['admin-tokens', 'SUPERVISOR', 'forbidden'],
      ['admin-audit', 'SUPERVISOR', 'allow'],
      ['admin-audit', 'VIEWER', 'forbidden'],
      ['my-tasks', 'REPORTER', 'allow'],
      ['my-tasks', 'SUPERVISOR', 'forbidden'],
      ['units', 'REPORTER', 'forbidden'],
      ['units', 'VIEWER', 'allow'],
      ['plans', 'REPORTER', 'allow'],
      ['task', 'VIEWER', 'allow'],
      ['metrics', 'REPORTER', 'allow'],
      ['metrics', 'VIEWER', 'allow'],
      ['metric', 'REPORTER', 'allow'],
      ['dashboard', 'SUPERVISOR', 'allow'],
      ['dashboard', 'VIEWER', 'allow'],
      ['dashboard', 'ADMIN', 'allow'],
      ['dashboard', 'REPORTER', 'allow'],
      ['assignments', 'VIEWER', 'allow'],
      ['assignments', 'REPORTER', 'allow'],
      ['reports', 'ADMIN', 'allow'],
      ['reports', 'SUPERVISOR', 'allow'],
      ['reports', 'VIEWER', 'allow'],
      ['reports', 'REPORTER', 'allow'],
      ['annual-reports', 'VIEWER', 'allow'],
      ['annual-reports', 'REPORTER', 'allow'],
      ['annual-report', 'ADMIN', 'allow'],
      ['annual-report', 'REPORTER', 'allow'],
      ['assignment-report', 'SUPERVISOR', 'forbidden'],
      ['imports', 'SUPERVISOR', 'allow'],
      ['imports', 'ADMIN', 'allow'],
      ['imports', 'REPORTER', 'allow'],
      ['imports', 'VIEWER', 'forbidden'],
      ['plan-document', 'SUPERVISOR', 'allow'],
      ['plan-document', 'ADMIN', 'forbidden'],
      ['plan-document', 'VIEWER', 'forbidden'],
      ['plan-document', 'REPORTER', 'forbidden'],
    ]
    for (const [name, role, expected] of table) expect(decideAccess(meta(name), person(role)), `${name} as ${role}`).toBe(expected)
    for (const name of ['login', 'public-plans', 'public-plan']) expect(decideAccess(meta(name), null), name).toBe('allow')
    for (const name of ['dashboard', 'assignments', 'reports', 'annual-reports', 'annual-report', 'imports', 'plan-document']) expect(decideAccess(meta(name), null), name).toBe('login')
  })

  it('keeps the statistics and import pages in lazily loaded chunks (ECharts stays out of the entry)', () => {
    for (const name of ['dashboard', 'assignments', 'reports', 'annual-reports', 'annual-report', 'imports', 'plan-document']) {
      expect(typeof routes.find((r) => r.name === name)?.component, name).toBe('function')
    }
  })
})

describe('metric entry', () => {
  it('is for reporters (their unit) and supervisors (any unit), not viewers or admins', () => {
    expect(decideAccess({ roles: ACCESS.metricEntry }, person('REPORTER'))).toBe('allow')
    expect(decideAccess({ roles: ACCESS.metricEntry }, person('SUPERVISOR'))).toBe('allow')
    expect(decideAccess({ roles: ACCESS.metricEntry }, person('VIEWER'))).toBe('forbidden')
    expect(decideAccess({ roles: ACCESS.metricEntry }, person('ADMIN'))).toBe('forbidden')
  })
})

describe('annual reports', () => {
  it('are written by supervisors and reporters, read by everyone', () => {
    expect(decideAccess({ roles: ACCESS.annualReportWrite }, person('SUPERVISOR'))).toBe('allow')
    expect(decideAccess({ roles: ACCESS.annualReportWrite }, person('REPORTER'))).toBe('allow')
    expect(decideAccess({ roles: ACCESS.annualReportWrite }, person('VIEWER'))).toBe('forbidden')
    expect(decideAccess({ roles: ACCESS.annualReportWrite }, person('ADMIN'))).toBe('forbidden')
  })
})

describe('homeRouteName', () => {
  it('lands reporters on their tasks and supervisors, viewers and admins on the dashboard', () => {
    expect(homeRouteName(person('REPORTER'))).toBe('my-tasks')
    expect(homeRouteName(person('SUPERVISOR'))).toBe('workbench')
    expect(homeRouteName(person('SUPERVISOR', 'VIEWER'))).toBe('workbench')
    expect(homeRouteName(person('VIEWER'))).toBe('dashboard')
    expect(homeRouteName(person('ADMIN'))).toBe('dashboard')
    expect(homeRouteName(person('REPORTER', 'VIEWER'))).toBe('my-tasks')
  })

  it('sends someone without a known role to the plans, which every signed-in person may open', () => {
    expect(homeRouteName(person())).toBe('plans')
    expect(decideAccess(routes.find((r) => r.name === 'plans')!.meta ?? {}, person())).toBe('allow')
  })

  it('always names a route the person may open', () => {
    for (const roles of [['REPORTER'], ['SUPERVISOR'], ['VIEWER'], ['ADMIN'], []]) {
      const name = homeRouteName(person(...roles))
      expect(decideAccess(routes.find((r) => r.name === name)!.meta ?? {}, person(...roles)), roles.join()).toBe('allow')
    }
  })
})

describe('safeRedirect', () => {
  it('follows paths on this site only', () => {
    expect(safeRedirect('/plans/3?q=a')).toBe('/plans/3?q=a')
    expect(safeRedirect(['/admin/users'])).toBe('/admin/users')
    expect(safeRedirect('https://evil.example/')).toBeNull()
    expect(safeRedirect('//evil.example/')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('/login?redirect=/x')).toBeNull()
    expect(safeRedirect('/loginx')).toBe('/loginx')
    expect(safeRedirect(undefined)).toBeNull()
    expect(safeRedirect(null)).toBeNull()
  })
})
