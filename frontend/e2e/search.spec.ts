import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support'

/** Work point 1 of the Qinghai 2024 plan; the demo reports quote it too. */
const TASK_1 = '深入开展法治政府建设示范创建活动'

const field = (page: Page) => page.getByRole('combobox', { name: '全局搜索' })
const results = (page: Page) => page.getByRole('listbox', { name: '搜索结果' })

/** Ctrl+K, then the text: at this width the field is a magnifier until it has the focus. */
async function typeInHeader(page: Page, text: string) {
  await page.keyboard.press('Control+k')
  await field(page).fill(text)
}

test('a supervisor searches from the header, moves to a task with the keyboard and lands on its page', async ({ page }) => {
  await signIn(page, 'supervisor')
  await page.locator('body').press('/')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type('示范创建')

  const list = results(page)
  await expect(list.getByRole('group', { name: /任务/ })).toContainText(TASK_1)
  await expect(list.getByRole('group', { name: /进展报告/ })).toBeVisible()
  await expect(list.getByRole('option').first()).toContainText(TASK_1)
  await expect(list.locator('mark').first()).toHaveText('示范创建')

  await field(page).press('ArrowDown')
  await expect(field(page)).toHaveAttribute('aria-activedescendant', /global-search-list-tasks-\d+/)
  await expect(list.getByRole('option', { selected: true })).toContainText(TASK_1)
  await field(page).press('Enter')
  await expect(page).toHaveURL(/\/tasks\/\d+$/)
  await expect(page.getByTestId('task-title')).toHaveText(`1. ${TASK_1}`)
  await expect(results(page)).toBeHidden()

  // Ctrl+K finds the field again; Escape closes the list
  await page.keyboard.press('Control+k')
  await expect(field(page)).toBeFocused()
  await expect(results(page)).toBeVisible()
  await field(page).press('Escape')
  await expect(results(page)).toBeHidden()
})

test('the results page is a deep link: the query and the group live in the URL and survive a reload', async ({ page }) => {
  await signIn(page, 'viewer')
  await page.goto(`/search?q=${encodeURIComponent('示范创建')}`)
  await expect(page.getByRole('heading', { name: '搜索', level: 1 })).toBeVisible()
  const tasks = page.getByTestId('search-group-tasks')
  await expect(tasks.getByRole('link').first()).toContainText(TASK_1)
  const reports = page.getByTestId('search-group-reports')
  await expect(reports).toContainText('示范创建')
  const shown = await reports.getByRole('link').count()
  expect(shown).toBe(8)

  await page.reload()
  await expect(tasks.getByRole('link').first()).toContainText(TASK_1)
  await expect(page.getByTestId('search-page-input')).toHaveValue('示范创建')

  // every report, page by page, in the URL
  await page.getByTestId('search-show-reports').click()
  await expect(page).toHaveURL(/type=reports/)
  await expect(tasks).toHaveCount(0)
  await expect(reports.getByRole('link')).toHaveCount(20)
  await page.reload()
  await expect(reports.getByRole('link')).toHaveCount(20)
  await expect(page.getByRole('tab', { name: '进展报告', selected: true })).toBeVisible()

  // the task opens from the results
  await page.getByRole('tab', { name: '任务' }).click()
  await tasks.getByRole('link').first().click()
  await expect(page.getByTestId('task-title')).toHaveText(`1. ${TASK_1}`)
})

test("a reporter finds their own unit's reports, never another unit's", async ({ page, browser }) => {
  // the supervisor finds 海东市 and its reports (each demo report begins with its unit's name)
  const supervisor = await browser.newPage()
  await signIn(supervisor, 'supervisor')
  await supervisor.goto(`/search?q=${encodeURIComponent('海东市')}`)
  await expect(supervisor.getByTestId('search-group-units')).toContainText('海东市')
  await expect(supervisor.getByTestId('search-group-reports').getByRole('link').first()).toContainText('海东市')
  await supervisor.close()

  await signIn(page, 'reporter-630100')
  await typeInHeader(page, '海东市')
  await expect(page.getByTestId('global-search-none')).toHaveText('没有找到与“海东市”相关的结果')
  await expect(results(page).getByRole('option')).toHaveCount(1) // only "all results"

  await typeInHeader(page, '西宁市')
  const own = results(page).getByRole('group', { name: /进展报告/ })
  await expect(own.getByRole('option').first()).toContainText('西宁市')
  // a reporter's unit hit leads to their own tasks, a report hit to the unit's report page
  await results(page).getByRole('group', { name: /责任单位/ }).getByRole('option').first().click()
  await expect(page).toHaveURL(/\/my-tasks$/)
  await typeInHeader(page, '西宁市')
  await own.getByRole('option').first().click()
  await expect(page).toHaveURL(/\/assignments\/\d+\/report$/)
})
