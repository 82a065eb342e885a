import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { PASSWORD, apiAs, freshAssignment, post } from './support'

/**
 * Keyboard only: Tab / Shift+Tab / Enter / Space / arrow keys and typing, no click() and no fill().
 * Locators are used to check what is on the page and what has the focus, never to act.
 */

interface Focused {
  tag: string
  text: string
  label: string
  testids: string[]
  role: string
  /** the text of the nearest element around it that has a test id (a table row's cell, a card) */
  around: string
}

/** What has the keyboard focus: its tag, text, accessible label and the test ids around it. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const testids: string[] = []
    for (let e = el; e; e = e.parentElement) if (e.dataset?.testid) testids.push(e.dataset.testid)
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? el?.getAttribute('placeholder') ?? '',
      testids,
      role: el?.getAttribute('role') ?? '',
      around: ((el?.parentElement?.closest('[data-testid]') as HTMLElement | null)?.innerText ?? '').trim(),
    }
  })
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails after `max` presses. */
async function tabTo(page: Page, what: string, wanted: (f: Focused) => boolean, { back = false, max = 60 } = {}) {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const f = await focused(page)
    if (wanted(f)) return
    seen.push(`${f.tag}${f.testids[0] ? `[${f.testids[0]}]` : ''} ${(f.label || f.text).slice(0, 20)}`)
  }
  throw new Error(`${what}: not reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}; focus went through:\n${seen.join('\n')}`)
}

const hasTestId = (id: string) => (f: Focused) => f.testids.includes(id)

let api: APIRequestContext
let fresh: Awaited<ReturnType<typeof freshAssignment>>

test.beforeEach(async ({ request }) => {
  api = await apiAs(request, 'supervisor')
  fresh = await freshAssignment(api, 'kbd', '键盘填报')
})

test.afterEach(async () => {
  await api.dispose()
})

test('a reporter signs in and files a progress report with the keyboard alone', async ({ page }) => {
  // — signs in: the user name field has the focus when the page opens
  await page.goto('/login')
  await expect(page.getByLabel('用户名')).toBeFocused()
  await page.keyboard.type('reporter-630100')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('密码')).toBeFocused()
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/my-tasks$/)
  await expect(page.getByRole('heading', { level: 1, name: '我的任务' })).toBeVisible()
  // signed in, the focus is on the page's content, ready to Tab into it
  await expect(page.locator('#main-content')).toBeFocused()

  // — on a page opened by its address, the first Tab stop is the skip link, which jumps over the navigation
  await page.goto('/my-tasks')
  await expect(page.getByRole('heading', { level: 1, name: '我的任务' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '跳到主要内容' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main-content')).toBeFocused()

  // — finds the assignment by its title and opens its report form
  await tabTo(page, 'the search field', (f) => f.label === '任务标题')
  await page.keyboard.type(fresh.taskTitle)
  await page.keyboard.press('Enter')
  const rows = page.getByTestId('assignment-table').getByRole('row').filter({ hasText: fresh.taskTitle })
  await expect(rows).toHaveCount(1)
  await expect(page.getByTestId('assignment-table').getByTestId('open-report')).toHaveCount(1)
  await tabTo(page, 'the 填报进展 link', hasTestId('open-report'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/assignments/${fresh.assignmentId}/report$`))
  await expect(page.getByTestId('report-task-title')).toHaveText(`1. ${fresh.taskTitle}`)
  // after the page change the focus is on the new page's content, not left on the header
  await expect(page.locator('#main-content')).toBeFocused()

  // — fills the form: text, progress with the slider's arrow keys, then saves a draft
  const form = page.getByTestId('report-form')
  await tabTo(page, 'the report text', hasTestId('report-text'))
  await page.keyboard.type('一、已完成方案制定。\n二、正在组织培训。')
  await tabTo(page, 'the progress slider', (f) => f.role === 'slider')
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight') // 8 steps of 5 %
  await expect(form.getByTestId('report-progress-input').locator('input')).toHaveValue('40')
  // the completion switch toggles with Space (and the progress follows), and back
  await tabTo(page, 'the completed switch', hasTestId('report-completed'))
  await page.keyboard.press('Space')
  await expect(form.getByTestId('report-progress-input').locator('input')).toHaveValue('100')
  await page.keyboard.press('Space')
  await expect(form.getByTestId('report-progress-input').locator('input')).toHaveValue('99')
  // Shift+Tab back to the number field and correct it by typing
  await tabTo(page, 'the progress number', hasTestId('report-progress-input'), { back: true })
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('40')
  await page.keyboard.press('Tab')
  await expect(form.getByTestId('report-progress-input').locator('input')).toHaveValue('40')

  await tabTo(page, 'the save-draft button', hasTestId('save-draft'))
  await page.keyboard.press('Enter')
  await expect(page.getByText('草稿已保存')).toBeVisible()
  await expect(form.getByTestId('report-state')).toHaveText('草稿')

  // — submits, and sees it confirmed
  await tabTo(page, 'the submit button', hasTestId('submit-report'))
  await page.keyboard.press('Enter')
  await expect(page.getByText('报告已提交，等待审核')).toBeVisible()
  await expect(form.getByTestId('report-state')).toHaveText('待审核')
  const history = page.getByTestId('report-history').getByTestId('history-item')
  await expect(history).toHaveCount(1)
  await expect(history).toContainText('进度 40%')
  await expect(history).toContainText('正在组织培训')
})

test('a dialog keeps the keyboard inside and gives the focus back when it closes', async ({ page }) => {
  await post(api, '/api/v1/urges', { assignmentIds: [fresh.assignmentId], message: `请报送进展（${fresh.taskTitle}）` })
  await page.goto('/login')
  await page.keyboard.type('reporter-630100')
  await page.keyboard.press('Tab')
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/my-tasks$/)

  // the inbox through the navigation: Tab to its menu entry, Enter
  await tabTo(page, 'the 收件箱 menu entry', (f) => f.role === 'menuitem' && f.text.startsWith('收件箱'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/inbox$/)
  const urge = page.getByTestId('urge').filter({ hasText: fresh.taskTitle })
  await expect(urge).toHaveCount(1)

  // the urge's 反馈 button opens the answer dialog with the focus on it; Tab leads to the answer field
  await tabTo(page, 'the 反馈 button', (f) => f.testids.includes('respond') && f.around.includes(fresh.taskTitle), { max: 120 })
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '反馈催办' })
  await expect(dialog).toBeVisible()
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  await tabTo(page, 'the answer field', hasTestId('response-text'), { max: 3 })
  // Tab and Shift+Tab never leave the dialog
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  // Escape closes it, and the focus is back on the button that opened it
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(urge.getByTestId('respond')).toBeFocused()
})
