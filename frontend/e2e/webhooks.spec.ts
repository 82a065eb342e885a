import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiAs, freshAssignment, post, screenshotPath, signIn, unitId } from './support'

interface Webhook {
  id: number
  url: string
  eventTypes: string[]
  unitId: number | null
}

/** The subscription to `url`, as the server has it (undefined once deleted). */
async function webhookTo(api: APIRequestContext, url: string): Promise<Webhook | undefined> {
  const res = await api.get('/api/v1/webhooks?size=200')
  expect(res.status()).toBe(200)
  return ((await res.json()) as { items: Webhook[] }).items.find((w) => w.url === url)
}

let admin: APIRequestContext
let supervisor: APIRequestContext

test.beforeEach(async ({ request }) => {
  admin = await apiAs(request, 'admin')
  supervisor = await apiAs(request, 'supervisor')
})

test.afterEach(async () => {
  await admin.dispose()
  await supervisor.dispose()
})

// The receiver is 127.0.0.1:9, where nothing listens: every attempt fails. The backend must allow
// that loopback target (DUBAN_WEBHOOKS_ALLOW_PRIVATE_HOSTS=127.0.0.1, as scripts/e2e.sh sets it).
test('an admin subscribes a URL to events, reads the failed delivery, delivers it again, then disables and deletes the webhook', async ({ page }) => {
  // the dispatcher's rounds (every 2 s) are waited for twice
  test.slow()
  const url = `http://127.0.0.1:9/hook?run=${Date.now()}`
  await signIn(page, 'admin')
  await page.getByRole('menuitem', { name: 'Webhook' }).click()
  await expect(page.getByRole('heading', { name: 'Webhook 订阅' })).toBeVisible()

  // — create: a private address is the server's to refuse, on the URL field
  await page.getByTestId('create-webhook').click()
  const dialog = page.getByRole('dialog', { name: '新建订阅' })
  await dialog.getByLabel('推送地址').fill('http://10.0.0.1/hook')
  await dialog.getByTestId('webhook-events').click()
  await page.getByRole('option', { name: '工作要点已发布' }).click()
  await dialog.getByRole('heading', { name: '新建订阅' }).click() // closes the multi-select's list
  await dialog.getByTestId('webhook-submit').click()
  await expect(dialog.locator('.el-form-item__error')).toContainText('internal address')
  await dialog.getByLabel('推送地址').fill(url)
  await dialog.getByTestId('webhook-submit').click()
  await expect(dialog).toBeHidden()

  // the secret the server made is shown this once
  const secret = page.getByRole('dialog', { name: '请立即复制签名密钥' })
  await expect(secret.getByTestId('token-secret')).toHaveValue(/^whsec_/)
  await secret.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(secret).toBeHidden()

  const row = page.getByTestId('webhook-table').getByRole('row').filter({ hasText: url })
  await expect(row).toContainText('工作要点已发布')
  await expect(row).toContainText('全部单位')
  await expect(row.getByTestId('webhook-state')).toHaveText('启用')
  await expect(row).toContainText('admin')

  // — edit the events; someone else saves first: the stale form is refused and reloaded, not saved over theirs
  await row.getByTestId('edit-webhook').click()
  const edit = page.getByRole('dialog', { name: '编辑订阅' })
  await expect(edit.getByLabel('推送地址')).toHaveValue(url)
  const hook = (await webhookTo(admin, url))!
  const current = await admin.get(`/api/v1/webhooks/${hook.id}`)
  const replaced = await admin.put(`/api/v1/webhooks/${hook.id}`, {
    headers: { 'If-Match': current.headers().etag },
    data: { url, eventTypes: ['plan.published', 'import.completed'] },
  })
  expect(replaced.status(), await replaced.text()).toBe(200)
  await edit.getByTestId('webhook-events').click()
  await page.getByRole('option', { name: '已发出催办' }).click()
  await edit.getByRole('heading', { name: '编辑订阅' }).click()
  await edit.getByTestId('webhook-submit').click()
  await expect(edit.getByTestId('webhook-stale')).toContainText('该订阅已被他人修改')
  expect((await webhookTo(admin, url))!.eventTypes).toEqual(['plan.published', 'import.completed'])
  await edit.getByTestId('webhook-reload').click()
  await expect(edit.getByTestId('webhook-stale')).toBeHidden()
  await expect(edit.getByTestId('webhook-events')).toContainText('导入已完成')
  await edit.getByTestId('webhook-events').click()
  await page.getByRole('option', { name: '已发出催办' }).click()
  await edit.getByRole('heading', { name: '编辑订阅' }).click()
  // only 西宁市's events from now on (the urge below is to 西宁市)
  const unit = edit.getByRole('combobox', { name: '限定单位' })
  await unit.click()
  await unit.fill('西宁')
  await page.locator('.el-tree-select__popper').getByText('西宁市', { exact: true }).click()
  await edit.getByTestId('webhook-submit').click()
  await expect(edit).toBeHidden()
  await expect(page.getByText('已保存')).toBeVisible()
  await expect(row).toContainText('已发出催办')
  await expect(row).toContainText('导入已完成')
  await expect(row).toContainText('西宁市')
  const saved = (await webhookTo(admin, url))!
  expect(saved.eventTypes.sort()).toEqual(['import.completed', 'plan.published', 'urge.issued'])

  // — an event it subscribed to: the supervisor urges a unit
  const fresh = await freshAssignment(supervisor, 'webhook', 'Webhook')
  expect(saved.unitId).toBe(await unitId(supervisor, '西宁市'))
  await post(supervisor, '/api/v1/urges', { assignmentIds: [fresh.assignmentId], level: 'BLUE', message: `Webhook 端到端测试催办 ${fresh.taskTitle}` })

  // — the delivery log shows the failed attempt, in words
  await row.getByTestId('open-deliveries').click()
  await expect(page).toHaveURL(/deliveries=\d+/)
  const drawer = page.getByTestId('deliveries-drawer')
  await expect(drawer).toContainText(url)
  const delivery = drawer.getByTestId('delivery-table').getByRole('row').filter({ hasText: '已发出催办' })
  await expect(async () => {
    await drawer.getByTestId('deliveries-refresh').click()
    await expect(delivery.getByTestId('delivery-state')).toHaveText('投递失败，等待重试', { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(delivery).toHaveCount(1)
  await expect(delivery).toContainText('Connect')
  await page.screenshot({ path: screenshotPath('webhooks.png'), animations: 'disabled' })

  // — deliver again: the row becomes the server's fresh copy (queued, no attempts yet), then fails again
  await delivery.getByTestId('redeliver').click()
  await expect(page.getByText('已安排立即重新投递')).toBeVisible()
  await expect(delivery.getByTestId('delivery-state')).toHaveText('等待投递')
  await expect(delivery.getByTestId('delivery-attempts')).toHaveText('0')
  await expect(async () => {
    await drawer.getByTestId('deliveries-refresh').click()
    await expect(delivery.getByTestId('delivery-state')).toHaveText('投递失败，等待重试', { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  // the state filter: nothing has been delivered, one is pending
  await drawer.getByTestId('delivery-state-filter').click()
  await page.getByRole('option', { name: '已送达' }).click()
  await expect(drawer.getByTestId('state-empty')).toContainText('暂无投递记录')
  await drawer.getByTestId('delivery-state-filter').click()
  await page.getByRole('option', { name: '待投递（含重试中）' }).click()
  await expect(delivery).toHaveCount(1)
  await drawer.getByRole('button', { name: '关闭此对话框' }).click()
  await expect(drawer).toBeHidden()
  await expect(page).not.toHaveURL(/deliveries=/)

  // — disable, with a confirmation naming the URL
  await row.getByTestId('toggle-webhook').click()
  const disable = page.getByRole('dialog', { name: '停用' })
  await expect(disable).toContainText(url)
  await disable.getByRole('button', { name: '停用' }).click()
  await expect(page.getByText(`已停止向 ${url} 推送`)).toBeVisible()
  await expect(row.getByTestId('webhook-state')).toHaveText('已停用')
  await expect(row.getByTestId('toggle-webhook')).toHaveText('启用')

  // — delete: asked first; thinking again keeps it, confirming removes it here and on the server
  await row.getByTestId('delete-webhook').click()
  let remove = page.getByRole('dialog', { name: '删除' })
  await expect(remove).toContainText(url)
  await remove.getByRole('button', { name: '取消' }).click()
  await expect(row).toHaveCount(1)
  await row.getByTestId('delete-webhook').click()
  remove = page.getByRole('dialog', { name: '删除' })
  await remove.getByRole('button', { name: '删除' }).click()
  await expect(page.getByText(`已删除订阅 ${url}`)).toBeVisible()
  await expect(row).toHaveCount(0)
  expect(await webhookTo(admin, url)).toBeUndefined()
})

test('the webhooks page is for administrators only', async ({ page }) => {
  await signIn(page, 'supervisor')
  await expect(page.getByRole('menuitem', { name: 'Webhook' })).toHaveCount(0)
  await page.goto('/admin/webhooks')
  await expect(page.getByText('403 无权访问')).toBeVisible()
})
