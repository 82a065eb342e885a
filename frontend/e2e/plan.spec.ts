import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { DEMO_PLAN, apiAs, freshTask, signIn } from './support'

const DEMO_TASK = '深入开展法治政府建设示范创建活动'
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/plan-overview.png', import.meta.url))

type Created = Awaited<ReturnType<typeof freshTask>>

/** Best-effort removal of what freshTask made (children first; each DELETE sends the ETag it just read). */
async function removeFreshTask(request: APIRequestContext, created: Created) {
  const del = async (url: string) => {
    const got = await request.get(url)
    const etag = got.headers()['etag']
    if (got.ok() && etag) await request.delete(url, { headers: { 'If-Match': etag } })
  }
  const list = await request.get(`/api/v1/assignments?taskId=${created.taskId}&size=200`)
  if (list.ok()) for (const a of (await list.json()).items ?? []) await del(`/api/v1/assignments/${a.id}`)
  await del(`/api/v1/tasks/${created.taskId}`)
  await del(`/api/v1/sections/${created.sectionId}`)
  await del(`/api/v1/plans/${created.planId}`)
}

async function pickUnit(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: '分解任务到责任单位' })
  const filter = dialog.getByPlaceholder('按名称或代码筛选')
  await filter.fill(name)
  await dialog.getByTestId('assign-unit-tree').getByText(name, { exact: true }).click()
  await expect(dialog.getByTestId('assign-picked').getByText(name, { exact: true })).toBeVisible()
}

// Every test here works as the demo supervisor, in the browser and through the API.
let api: APIRequestContext

test.beforeEach(async ({ page, request }) => {
  api = await apiAs(request, 'supervisor')
  await signIn(page, 'supervisor')
})

test('the demo plan shows its 9 sections and 26 tasks', async ({ page }) => {
  // the supervisor's home is today's workbench; the plans are one menu entry away
  await page.goto('/')
  await expect(page).toHaveURL(/\/workbench$/)
  await page.getByRole('menuitem', { name: '工作要点' }).click()
  await expect(page).toHaveURL(/\/plans$/)
  await expect(page.getByTestId('user-name')).toHaveText('省司法厅督察处')
  await expect(page.getByRole('heading', { name: '工作要点' })).toBeVisible()

  // Search, so that plans made by other tests (newer years first) never push it off the page.
  await page.getByPlaceholder('标题、文号').fill('青海省2024年')
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page).toHaveURL(/q=/)
  await page.getByRole('link', { name: DEMO_PLAN }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: DEMO_PLAN })).toBeVisible()
  await expect(page.getByTestId('section')).toHaveCount(9)
  await expect(page.getByTestId('task')).toHaveCount(26)
  await expect(page.getByTestId('plan-counts')).toHaveText('共 9 个部分、26 项任务')
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('一、')
  await page.screenshot({ path: SCREENSHOT, fullPage: true })

  await page.getByRole('link', { name: DEMO_TASK }).first().click()
  await expect(page).toHaveURL(/\/tasks\/\d+$/)
  await expect(page.getByTestId('task-title')).toHaveText(`1. ${DEMO_TASK}`)
  await expect(page.getByRole('button', { name: '分解到单位' })).toBeVisible()
})

let fresh: Created | undefined

test.afterEach(async () => {
  if (fresh) await removeFreshTask(api, fresh).catch(() => undefined)
  fresh = undefined
  await api.dispose()
})

test('a supervisor assigns a task to two units and reads the page in English', async ({ page }) => {
  const created = await freshTask(api, 'plan', '端到端', [])
  fresh = created

  await page.goto(`/plans/${created.planId}`)
  await expect(page.getByTestId('task')).toHaveCount(1)
  await page.getByRole('link', { name: created.taskTitle }).click()
  await expect(page.getByTestId('task-title')).toHaveText(`1. ${created.taskTitle}`)
  await expect(page.getByText('尚未分解到任何单位')).toBeVisible()

  await page.getByRole('button', { name: '分解到单位' }).click()
  const dialog = page.getByRole('dialog', { name: '分解任务到责任单位' })
  await expect(dialog.getByText('分解任务到责任单位')).toBeVisible()

  // The server's field errors (or the form's own checks) show when nothing is filled in.
  await dialog.getByRole('button', { name: '确认分解' }).click()
  await expect(dialog.getByText('请至少选择一个单位')).toBeVisible()

  await pickUnit(page, '西宁市')
  await pickUnit(page, '海东市')
  const date = dialog.getByPlaceholder('选择日期')
  await date.fill('2099-12-31')
  await date.press('Enter')
  await dialog.getByRole('button', { name: '确认分解' }).click()
  await expect(dialog).toBeHidden()

  const table = page.getByTestId('assignment-table')
  const xining = table.getByRole('row').filter({ hasText: '西宁市' })
  const haidong = table.getByRole('row').filter({ hasText: '海东市' })
  await expect(xining).toContainText('牵头')
  await expect(xining).toContainText('2099-12-31')
  await expect(haidong).toContainText('配合')
  await expect(page.getByText('任务分解（2）')).toBeVisible()

  // Switch language: the whole UI (and Element Plus' own texts) follows, and the choice survives a reload.
  await page.getByTestId('locale-switch').getByText('English').click()
  await expect(page.getByRole('button', { name: 'Assign to units' })).toBeVisible()
  await expect(page.getByText('Assignments (2)')).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Unit' })).toBeVisible()
  await expect(xining).toContainText('Lead')
  await expect(haidong).toContainText('Co-operating')
  await expect(page.getByRole('menuitem', { name: 'Work plans' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Assign to units' })).toBeVisible()
  await expect(page).toHaveTitle(/Task · Duban/)
})
