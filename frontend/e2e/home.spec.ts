import { expect, test, type Page } from '@playwright/test'
import { DEMO_PLAN, DEMO_PLAN_CODE, apiAs, freshAssignment, screenshotPath, signIn } from './support'

/** The number an attention card shows as its total. */
async function cardCount(page: Page, card: string): Promise<number> {
  const text = (await page.getByTestId(`attention-${card}-count`).textContent()) ?? ''
  return Number(text.trim())
}

test("a supervisor starts on today's workbench: each card's total is what the API counts, and an item opens with breadcrumbs back", async ({ page, request }) => {
  const api = await apiAs(request, 'supervisor')
  const plans = (await (await api.get('/api/v1/plans?size=200')).json()) as { items: { id: number; code: string; year: number }[] }
  const plan = plans.items.find((p) => p.code === DEMO_PLAN_CODE)!
  const total = async (path: string) => ((await (await api.get(path)).json()) as { total: number }).total
  const red = await total(`/api/v1/assignments?planId=${plan.id}&colour=RED&size=1`)
  const submitted = await total(`/api/v1/progress-reports?planId=${plan.id}&state=SUBMITTED&size=1`)
  const openUrges = await total('/api/v1/urges?open=true&size=1')
  const pending = await total('/api/v1/extension-requests?state=PENDING&size=1')
  const summary = (await (await api.get(`/api/v1/metrics/attainment-summary?planId=${plan.id}&year=${plan.year}`)).json()) as { status: string }[]
  const notMet = summary.filter((s) => s.status === 'NOT_MET').length
  await api.dispose()
  // the demo data has something in most cards, so the comparison is not between zeros
  expect(red * submitted * openUrges * notMet).toBeGreaterThan(0)

  await signIn(page, 'supervisor')
  await expect(page).toHaveURL(/\/workbench$/)
  await expect(page.getByRole('heading', { level: 1, name: '今日工作台' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible()
  // the home page itself has no breadcrumbs
  await expect(page.getByTestId('breadcrumbs')).toHaveCount(0)
  for (const [card, expected] of [['overdue', red], ['review', submitted], ['urges', openUrges], ['extensions', pending], ['metrics', notMet]] as const) {
    await expect(page.getByTestId(`attention-${card}-count`), card).toHaveText(String(expected))
    await expect(page.getByTestId(`attention-${card}`).getByRole('listitem'), card).toHaveCount(Math.min(expected, 5))
  }
  // the count is also told in words, not only by its colour
  await expect(page.getByTestId('attention-overdue-count')).toHaveAttribute('aria-label', `共 ${red} 项`)
  await page.screenshot({ path: screenshotPath('workbench.png'), fullPage: true })

  // "view all" keeps the plan: the overdue page filtered to red
  await page.getByTestId('attention-overdue-all').click()
  await expect(page).toHaveURL(new RegExp(`/overdue\\?planId=${plan.id}&colour=RED$`))
  await page.goBack()

  // an overdue item opens its task; the breadcrumbs lead back through the plan to the plan list
  const first = page.getByTestId('attention-overdue').getByRole('listitem').first().getByRole('link')
  const taskTitle = (await first.textContent())!.trim()
  await first.click()
  await expect(page).toHaveURL(/\/tasks\/\d+$/)
  await expect(page.getByTestId('task-title')).toContainText(taskTitle.replace(/^\d+ /, ''))
  const crumbs = page.getByTestId('breadcrumbs')
  await expect(crumbs).toContainText('首页')
  await expect(crumbs).toContainText('工作要点')
  await expect(crumbs).toContainText(DEMO_PLAN)
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(/^第 \d+ 项$/)
  await crumbs.getByText(DEMO_PLAN).click()
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`))
  await expect(page.getByTestId('breadcrumbs').locator('[aria-current="page"]')).toHaveText(DEMO_PLAN)
  await page.getByTestId('breadcrumbs').getByText('首页').click()
  await expect(page).toHaveURL(/\/workbench$/)
})

test("a reporter starts on what their unit owes this period; the panel agrees with the task list's rows", async ({ page, request }) => {
  // the demo's assignments of 西宁市 are done: give it one that owes a report now
  const supervisor = await apiAs(request, 'supervisor')
  const fresh = await freshAssignment(supervisor, 'home', '本期应报')
  await supervisor.dispose()
  const api = await apiAs(request, 'reporter-630100')
  const openUrges = ((await (await api.get('/api/v1/urges?open=true&size=1')).json()) as { total: number }).total
  await api.dispose()

  await signIn(page, 'reporter-630100')
  await expect(page).toHaveURL(/\/my-tasks$/)
  const panel = page.getByTestId('reporter-due')
  await expect(panel.getByRole('heading', { name: '本期应报' })).toBeVisible()
  // every assignment on one page, so the rows can be counted against the panel
  await page.goto('/my-tasks?size=100')
  const rows = page.getByTestId('due-now')
  await expect(rows.first()).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: fresh.taskTitle }).getByTestId('due-now')).toBeVisible()
  const due = await rows.count()
  const notStarted = await rows.filter({ hasText: '未填报' }).count()
  expect(notStarted).toBeGreaterThan(0)
  await expect(page.getByTestId('due-due')).toContainText(String(due))
  await expect(page.getByTestId('due-not-started')).toContainText(String(notStarted))
  await expect(page.getByTestId('due-urges')).toContainText(String(openUrges))
  await expect(page.getByTestId('due-next')).not.toBeEmpty()
  await page.screenshot({ path: screenshotPath('my-tasks.png'), fullPage: true })
})

test('a leader (viewer) and an admin start on the dashboard; deep links to a filtered page survive sign-in', async ({ page }) => {
  await signIn(page, 'viewer')
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1, name: '数据看板' })).toBeVisible()
  await page.getByTestId('logout').click()

  // a link to a filtered list, opened before signing in, lands on that list with the same filters
  await page.goto('/assignments?colour=RED&role=LEAD&page=1')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await signIn(page, 'admin', page.url())
  await expect(page).toHaveURL(/\/assignments\?colour=RED&role=LEAD&page=1$/)
  await expect(page.getByTestId('breadcrumbs')).toContainText('首页')
  await page.goto('/')
  await expect(page).toHaveURL(/\/dashboard$/)
})
