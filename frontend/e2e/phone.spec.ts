import { devices, expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { apiAs, freshAssignment, post, signIn } from './support'

/** A reporter in the field: a 390 px wide phone (iPhone 13 size, touch), driven in Chromium. */
const { defaultBrowserType: _webkit, ...iPhone13 } = devices['iPhone 13']
test.use({ ...iPhone13, locale: 'zh-CN' })

const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))

/** Nothing on the page is wider than the phone: no sideways scrolling of the whole page. */
async function expectNoHorizontalScroll(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, `${what}: page width ${width} px on a 390 px screen`).toBeLessThanOrEqual(390)
}

/** Opens the menu drawer and follows one of its entries. */
async function openFromMenu(page: Page, entry: string) {
  await page.getByTestId('nav-menu-button').tap()
  const drawer = page.getByTestId('nav-drawer')
  await expect(drawer).toBeVisible()
  await drawer.getByRole('menuitem', { name: entry }).tap()
  await expect(drawer).toBeHidden()
}

let api: APIRequestContext
let fresh: Awaited<ReturnType<typeof freshAssignment>>

test.beforeEach(async ({ request }) => {
  api = await apiAs(request, 'supervisor')
  fresh = await freshAssignment(api, 'phone', '手机填报')
  await post(api, '/api/v1/urges', { assignmentIds: [fresh.assignmentId], message: `请报送进展（${fresh.taskTitle}）` })
})

test.afterEach(async () => {
  await api.dispose()
})

test('on a phone a reporter finds the task through the menu, files a report and reads the inbox', async ({ page }) => {
  expect(page.viewportSize()?.width).toBe(390)
  await signIn(page, 'reporter-630100')
  await expect(page).toHaveURL(/\/my-tasks$/)

  // — the header has folded its navigation into a menu button; the drawer holds it all
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden()
  const menuButton = page.getByTestId('nav-menu-button')
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
  await menuButton.tap()
  const drawer = page.getByTestId('nav-drawer')
  await expect(drawer).toBeVisible()
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  await expect(drawer.getByRole('menuitem', { name: '收件箱' })).toBeVisible()
  await expect(drawer.getByTestId('locale-switch')).toBeVisible()
  await expect(drawer.getByText('西宁市', { exact: true })).toBeVisible()
  await expect(drawer.getByTestId('drawer-logout')).toBeVisible()
  const drawerBox = await drawer.boundingBox()
  expect(drawerBox?.width).toBeCloseTo(390, 0)
  await drawer.getByRole('menuitem', { name: '我的任务' }).tap()
  await expect(drawer).toBeHidden()

  // — my tasks: no sideways scrolling, the task found by its title
  await expect(page.getByRole('heading', { level: 1, name: '我的任务' })).toBeVisible()
  await page.getByPlaceholder('任务标题').fill(fresh.taskTitle)
  await page.getByRole('button', { name: '查询' }).tap()
  const card = page.getByTestId('assignment-table').getByTestId('my-task').filter({ hasText: fresh.taskTitle })
  await expect(card).toHaveCount(1)
  await expectNoHorizontalScroll(page, 'my tasks')
  await card.getByRole('link', { name: '填报进展' }).tap()

  // — the report form: labels on top, big enough to tap, no sideways scrolling
  await expect(page).toHaveURL(new RegExp(`/assignments/${fresh.assignmentId}/report$`))
  const form = page.getByTestId('report-form')
  await expect(form).toBeVisible()
  await expectNoHorizontalScroll(page, 'report form')
  const submit = form.getByTestId('submit-report')
  expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(40)
  const text = form.getByTestId('report-text')
  const label = form.getByText('工作进展', { exact: true })
  expect((await label.boundingBox())!.y).toBeLessThan((await text.boundingBox())!.y)
  await text.fill('一、已在基层完成入户走访。\n二、问题清单已整理上报。')
  const progress = form.getByTestId('report-progress-input').locator('input')
  await progress.fill('30')
  await progress.press('Enter')
  await expect(progress).toHaveValue('30')
  await page.screenshot({ path: shot('phone-report.png'), fullPage: true, scale: 'css' })
  await submit.tap()
  await expect(page.getByText('报告已提交，等待审核')).toBeVisible()
  await expect(form.getByTestId('report-state')).toHaveText('待审核')
  await expectNoHorizontalScroll(page, 'report form, submitted')

  // — the inbox, through the menu: the urge is there, nothing wider than the phone
  await openFromMenu(page, '收件箱')
  await expect(page).toHaveURL(/\/inbox$/)
  await expect(page.getByTestId('urge').filter({ hasText: fresh.taskTitle })).toBeVisible()
  await expectNoHorizontalScroll(page, 'inbox')
})
