import { expect, request as playwrightRequest, test, type Browser, type Page } from '@playwright/test'
import { BASE_URL, DEMO_PLAN, DEMO_PLAN_CODE, apiAs, expectNoSeriousA11yViolations, freshAssignment, post, signedInPage } from './support'

/**
 * axe-core (WCAG 2.1 A + AA) on every main page, as the role that uses it: no serious or critical
 * violation. One signed-in page per role, reused across the tests (a failed test restarts the worker,
 * which signs in again).
 */

type Role = 'anonymous' | 'supervisor' | 'admin' | 'reporter'
const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = { supervisor: 'supervisor', admin: 'admin', reporter: 'reporter-630100' }

interface Ids {
  planId: number
  taskId: number
  metricId: number
  /** a task of this run with one assignment to 西宁市, urged once so the reporter's inbox has an entry */
  fresh: { taskId: number; taskTitle: string; assignmentId: number }
}

let ids: Ids
const pages = new Map<Role, Page>()

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  let page = pages.get(role)
  if (!page) {
    page = role === 'anonymous' ? await (await browser.newContext({ locale: 'zh-CN' })).newPage() : await signedInPage(browser, ACCOUNTS[role])
    pages.set(role, page)
  }
  return page
}

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext({ baseURL: BASE_URL })
  const api = await apiAs(request, 'supervisor')
  const plans = await (await api.get(`/api/v1/plans?q=${DEMO_PLAN_CODE}`)).json()
  const plan = (plans.items as { id: number; code: string }[]).find((p) => p.code === DEMO_PLAN_CODE)!
  // the public page shows only a published plan; publishing again is harmless
  expect((await api.post(`/api/v1/plans/${plan.id}/publish`)).status()).toBe(200)
  const tasks = await (await api.get(`/api/v1/tasks?planId=${plan.id}&size=5`)).json()
  const metrics = await (await api.get(`/api/v1/metrics?planId=${plan.id}&size=5`)).json()
  const fresh = await freshAssignment(api, 'a11y', '无障碍')
  await post(api, '/api/v1/urges', { assignmentIds: [fresh.assignmentId], message: `请报送进展（${fresh.taskTitle}）` })
  ids = { planId: plan.id, taskId: tasks.items[0].id, metricId: metrics.items[0].id, fresh }
  await api.dispose()
  await request.dispose()
})

test.afterAll(async () => {
  for (const page of pages.values()) await page.context().close()
  pages.clear()
})

/** Opens the address and waits until the page has its one heading and nothing is loading any more. */
async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('.el-skeleton, .el-loading-mask').filter({ visible: true })).toHaveCount(0)
}

interface Check {
  label: string
  role: Role
  path: (ids: Ids) => string
  /** what must be on the page before it is checked, beyond the heading */
  ready?: (page: Page) => Promise<void>
}

const CHECKS: Check[] = [
  { label: 'login', role: 'anonymous', path: () => '/login', ready: (p) => expect(p.getByLabel('用户名')).toBeVisible() },
  { label: 'public plans', role: 'anonymous', path: () => '/public', ready: (p) => expect(p.getByRole('link', { name: DEMO_PLAN })).toBeVisible() },
  { label: 'public plan', role: 'anonymous', path: () => `/public/${DEMO_PLAN_CODE}`, ready: (p) => expect(p.getByTestId('public-section')).toHaveCount(9) },
  { label: 'dashboard', role: 'supervisor', path: (i) => `/dashboard?planId=${i.planId}` },
  { label: 'plan list', role: 'supervisor', path: () => '/plans', ready: (p) => expect(p.getByTestId('plan-table')).toBeVisible() },
  { label: 'plan overview', role: 'supervisor', path: (i) => `/plans/${i.planId}` },
  { label: 'task detail', role: 'supervisor', path: (i) => `/tasks/${i.taskId}`, ready: (p) => expect(p.getByTestId('assignment-table')).toBeVisible() },
  { label: 'metric list', role: 'supervisor', path: () => '/metrics' },
  { label: 'metric detail', role: 'supervisor', path: (i) => `/metrics/${i.metricId}` },
  { label: 'units', role: 'supervisor', path: () => '/units' },
  { label: 'reports (statistics)', role: 'supervisor', path: (i) => `/reports?planId=${i.planId}` },
  { label: 'assignment list', role: 'supervisor', path: (i) => `/assignments?planId=${i.planId}` },
  { label: 'annual reports', role: 'supervisor', path: () => '/annual-reports' },
  { label: 'imports', role: 'supervisor', path: () => '/imports' },
  { label: 'plan document', role: 'supervisor', path: () => '/plan-documents/new' },
  { label: 'review queue', role: 'supervisor', path: () => '/review' },
  { label: 'overdue', role: 'supervisor', path: () => '/overdue' },
  { label: 'audit', role: 'supervisor', path: () => '/admin/audit', ready: (p) => expect(p.getByTestId('audit-table')).toBeVisible() },
  { label: 'admin users', role: 'admin', path: () => '/admin/users', ready: (p) => expect(p.getByTestId('user-table')).toBeVisible() },
  { label: 'admin tokens', role: 'admin', path: () => '/admin/tokens' },
  { label: 'my tasks', role: 'reporter', path: () => '/my-tasks', ready: (p) => expect(p.getByTestId('assignment-table')).toBeVisible() },
  { label: 'report form', role: 'reporter', path: (i) => `/assignments/${i.fresh.assignmentId}/report`, ready: (p) => expect(p.getByTestId('report-form')).toBeVisible() },
  { label: 'inbox', role: 'reporter', path: () => '/inbox', ready: (p) => expect(p.getByTestId('urge').first()).toBeVisible() },
]

for (const c of CHECKS) {
  test(`axe: ${c.label} (${c.role})`, async ({ browser }) => {
    const page = await pageAs(browser, c.role)
    await open(page, c.path(ids))
    if (c.ready) await c.ready(page)
    await expectNoSeriousA11yViolations(page, c.label)
  })
}

test('axe: the urge dialog open over the task page (supervisor)', async ({ browser }) => {
  const page = await pageAs(browser, 'supervisor')
  await open(page, `/tasks/${ids.fresh.taskId}`)
  await page.getByTestId('urge-one').click()
  const dialog = page.getByTestId('urge-dialog')
  await expect(dialog).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'urge dialog')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('axe: the assign dialog open over the task page (supervisor)', async ({ browser }) => {
  const page = await pageAs(browser, 'supervisor')
  await open(page, `/tasks/${ids.fresh.taskId}`)
  await page.getByTestId('open-assign').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'assign dialog')
})
