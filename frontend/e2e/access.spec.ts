import { expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { DEMO_PLAN, DEMO_PLAN_CODE, apiAs, signIn } from './support'

const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))

test('signing in: a wrong password is refused, then the app returns to the page asked for', async ({ page }) => {
  await page.goto('/admin/audit')
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)admin(%2F|\/)audit$/)
  await expect(page.getByText('请先登录')).toBeVisible()
  await page.screenshot({ path: shot('login.png') })

  // An account that does not exist, so no real account gets locked by failed attempts.
  await page.getByLabel('用户名').fill('nobody-e2e')
  await page.getByLabel('密码').fill('not-the-password')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('login-error')).toContainText('invalid username or password')
  await expect(page).toHaveURL(/\/login/)

  await signIn(page, 'supervisor', page.url())
  await expect(page).toHaveURL(/\/admin\/audit$/)
  await expect(page.getByRole('heading', { name: '操作日志' })).toBeVisible()
  await expect(page.getByTestId('audit-table')).toContainText('登录成功')
  // supervisors see the audit log but not the account administration
  await expect(page.getByRole('menuitem', { name: '操作日志' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '用户' })).toHaveCount(0)

  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login$/)
  await page.goto('/plans')
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)plans$/)
})

test("a reporter lands on 我的任务, sees only their unit's assignments and no admin pages", async ({ page }) => {
  await signIn(page, 'reporter-630100')
  await expect(page).toHaveURL(/\/my-tasks$/)
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible()
  await expect(page.getByTestId('user-unit')).toHaveText('西宁市')

  const units = page.getByTestId('assignment-table').getByTestId('assignment-unit')
  await expect(units.first()).toBeVisible()
  const names = await units.allTextContents()
  expect(names.length).toBeGreaterThan(0)
  expect(new Set(names.map((n) => n.trim()))).toEqual(new Set(['西宁市']))

  // role-aware navigation: no units, users, tokens or audit entries
  await expect(page.getByRole('menuitem', { name: '我的任务' })).toBeVisible()
  for (const entry of ['责任单位', '用户', '令牌', '操作日志']) await expect(page.getByRole('menuitem', { name: entry })).toHaveCount(0)

  await page.goto('/admin/users')
  await expect(page.getByText('403 无权访问')).toBeVisible()
  await expect(page.getByTestId('user-table')).toHaveCount(0)
  await expect(page).toHaveURL(/\/admin\/users$/)
})

test('an admin creates an API token, sees its secret once, and the token works until revoked', async ({ page, request }) => {
  await signIn(page, 'admin')
  await page.getByRole('menuitem', { name: '令牌' }).click()
  await expect(page).toHaveURL(/\/admin\/tokens$/)
  await expect(page.getByRole('heading', { name: 'API 令牌' })).toBeVisible()

  const name = `e2e 令牌 ${Date.now()}`
  await page.getByTestId('create-token').click()
  const dialog = page.getByRole('dialog', { name: '新建令牌' })
  await dialog.getByLabel('名称').fill(name)
  await expect(dialog.getByRole('checkbox', { name: '只读' })).toBeChecked()
  await dialog.getByRole('button', { name: '新建', exact: true }).click()

  const secretDialog = page.getByRole('dialog', { name: '请立即复制令牌' })
  await expect(secretDialog).toBeVisible()
  await expect(secretDialog.getByText('令牌只显示这一次')).toBeVisible()
  const secret = await secretDialog.getByTestId('token-secret').inputValue()
  expect(secret).toMatch(/^dbn_/)
  await secretDialog.getByRole('button', { name: '复制' }).click()
  await secretDialog.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(secretDialog).toBeHidden()
  await expect(page.getByText(secret)).toHaveCount(0) // never shown again

  const row = page.getByTestId('token-table').getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('有效')
  await expect(row).toContainText(secret.slice(0, 8))

  const withToken = { headers: { Authorization: `Bearer ${secret}` } }
  expect((await request.get('/api/v1/plans', withToken)).status()).toBe(200)

  await row.getByRole('button', { name: '吊销' }).click()
  await page.getByRole('dialog').filter({ hasText: '吊销后' }).getByRole('button', { name: '吊销', exact: true }).click()
  await expect(row).toContainText('已吊销')
  expect((await request.get('/api/v1/plans', withToken)).status()).toBe(401)
})

test('the public progress page shows a published plan without signing in', async ({ page, request }) => {
  // The runner publishes the demo plan; publishing again is harmless and makes the test stand alone.
  const api = await apiAs(request, 'supervisor')
  const plans = await (await api.get(`/api/v1/plans?q=${DEMO_PLAN_CODE}`)).json()
  const plan = plans.items.find((p: { code: string }) => p.code === DEMO_PLAN_CODE)
  expect((await api.post(`/api/v1/plans/${plan.id}/publish`)).status()).toBe(200)
  await api.dispose()

  await page.goto('/public')
  await page.getByRole('link', { name: DEMO_PLAN }).click()
  await expect(page).toHaveURL(new RegExp(`/public/${DEMO_PLAN_CODE}$`))
  await expect(page.getByRole('heading', { level: 1, name: DEMO_PLAN })).toBeVisible()
  await expect(page.getByTestId('public-section')).toHaveCount(9)
  await expect(page.getByTestId('overall').getByTestId('progress-status')).toHaveText(/未分解|未开始|进行中|已完成/)
  await expect(page.getByTestId('prefecture-table')).toContainText('西宁市')
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible()
  await page.screenshot({ path: shot('public-progress.png'), fullPage: true })
})

test('an admin creates a reporter account bound to a unit; the server refuses a weak password', async ({ page }) => {
  await signIn(page, 'admin')
  await page.getByRole('menuitem', { name: '用户' }).click()
  await expect(page.getByTestId('user-table')).toContainText('reporter-630100')

  const username = `e2e-reporter-${Date.now()}`
  await page.getByTestId('create-user').click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByLabel('用户名').fill(username)
  await dialog.getByLabel('姓名').fill('端到端填报员')
  await dialog.getByLabel('密码').fill(`${username}-pw`) // contains the username: the server says no
  const unit = dialog.getByRole('combobox', { name: '责任单位' })
  await expect(unit).toBeDisabled()
  await dialog.getByTestId('user-roles').click()
  await page.getByRole('option', { name: '填报单位' }).click()
  await dialog.getByRole('heading', { name: '新建用户' }).click() // closes the multi-select's list
  await expect(unit).toBeEnabled()
  await unit.click()
  await unit.fill('海东')
  await page.locator('.el-tree-select__popper').getByText('海东市', { exact: true }).click()
  await dialog.getByTestId('user-submit').click()
  await expect(dialog.locator('.el-form-item__error')).toBeVisible() // the server's field error under 密码

  await dialog.getByLabel('密码').fill('a-long-enough-password')
  await dialog.getByTestId('user-submit').click()
  await expect(dialog).toBeHidden()
  const row = page.getByTestId('user-table').getByRole('row').filter({ hasText: username })
  await page.getByPlaceholder('用户名或姓名').fill(username)
  await page.getByRole('button', { name: '查询' }).click()
  await expect(row).toContainText('填报单位')
  await expect(row).toContainText('海东市')
})
