import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO_PLAN_CODE, apiAs, signIn } from './support'

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/
/** "Mar 5, 2024" */
const EN_DATE = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/
/** "Mar 5, 2024, 2:30 PM" (Chromium puts a narrow no-break space before PM) */
const EN_DATE_TIME = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/
const EN_MONTH = /January|February|March|April|May|June|July|August|September|October|November|December/

/**
 * The UI chrome the SPA writes itself, as shown: the navigation, tabs, table headers, form and
 * description labels, pagination and buttons. Data values (plan titles, unit names) stay as they
 * are, so elements that carry them are left out: the account button (the person's name) and the
 * prefecture tiles; and so is the language switch, which names each language in that language.
 */
const CHROME = [
  '.app-header [role=menuitem]',
  '[role=tab]',
  '[role=columnheader]',
  '.el-form-item__label',
  '.el-descriptions__label',
  '.el-pagination',
  'button:not([data-testid=user-menu]):not([data-testid=prefecture-tile])',
].join(', ')

async function chromeTexts(page: Page): Promise<string[]> {
  return page.locator(CHROME).evaluateAll((els) =>
    els.filter((e) => e.checkVisibility()).map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter(Boolean),
  )
}

/** The page is in English: its title, and its chrome holds no Chinese (the list names what does). */
async function expectEnglishPage(page: Page, title: string) {
  await expect(page).toHaveTitle(`${title} · Duban`)
  await expect(page.locator('.app-header')).toContainText('Sign out')
  const texts = await chromeTexts(page)
  expect(texts.length, 'chrome found on the page').toBeGreaterThan(5)
  expect(texts.filter((t) => CHINESE.test(t))).toEqual([])
}

/** The description ECharts writes into a chart's aria-label, in its own locale. */
async function expectChartDescription(chart: Locator, start: RegExp) {
  await expect(chart.locator('canvas').first()).toBeVisible()
  await expect(chart).toHaveAttribute('aria-label', start)
}

test('a supervisor switches the whole UI to English, page by page, and back to Chinese for good', async ({ page, request }) => {
  test.setTimeout(180_000)
  const api = await apiAs(request, 'supervisor')
  const plans = (await (await api.get(`/api/v1/plans?q=${DEMO_PLAN_CODE}`)).json()) as { items: { id: number; code: string }[] }
  const planId = plans.items.find((p) => p.code === DEMO_PLAN_CODE)!.id
  const tasks = (await (await api.get(`/api/v1/tasks?planId=${planId}&size=1`)).json()) as { items: { id: number }[] }
  const metrics = (await (await api.get(`/api/v1/metrics?planId=${planId}&size=200`)).json()) as { items: { id: number; code: string }[] }
  const metricId = metrics.items.find((m) => m.code === 'Q03-ENFORCEMENT-TRAINING')!.id
  await api.dispose()

  // Chinese first: the dashboard with its charts described in Chinese
  await signIn(page, 'supervisor', '/login?redirect=/dashboard')
  await expect(page).toHaveTitle('数据看板 · 督办')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const sectionChart = page.getByTestId('section-chart')
  await expectChartDescription(sectionChart, /^这是一个关于“/)

  // the switch: the page in place follows, charts included (they are made anew in the new locale)
  await page.getByTestId('locale-switch').getByText('English').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectEnglishPage(page, 'Dashboard')
  await expectChartDescription(sectionChart, /^This is a chart about "/)
  await expectChartDescription(page.getByTestId('ranking-chart'), /^This is a chart about "/)

  await page.getByRole('menuitem', { name: 'Work plans' }).click()
  await expectEnglishPage(page, 'Work plans')
  await page.goto(`/plans/${planId}`)
  await expectEnglishPage(page, 'Work plan')
  await expect(page.locator('.el-descriptions').first()).toContainText(EN_DATE)

  await page.goto(`/tasks/${tasks.items[0].id}`)
  await expectEnglishPage(page, 'Task')
  await expect(page.getByText(new RegExp(`^Deadline ${EN_DATE.source}$`)).first()).toBeVisible()

  await page.getByRole('menuitem', { name: 'Metrics' }).click()
  await expectEnglishPage(page, 'Metrics')
  await expect(page.locator('.el-pagination__total')).toHaveText(/^Total \d+$/)

  await page.goto(`/metrics/${metricId}`)
  await expectEnglishPage(page, 'Metric')
  await expectChartDescription(page.getByTestId('series-chart'), /^This is a chart about "/)
  await expectChartDescription(page.getByTestId('breakdown-chart'), /^This is a chart about ".+" with type Bar chart/)

  await page.getByRole('menuitem', { name: 'Review' }).click()
  await expectEnglishPage(page, 'Report review')
  await expect(page.getByRole('tab', { name: 'Progress reports' })).toBeVisible()

  await page.goto('/reports')
  await expectEnglishPage(page, 'Reports')
  await page.goto('/imports')
  await expectEnglishPage(page, 'Data import')

  await page.getByRole('menuitem', { name: 'Audit log' }).click()
  await expectEnglishPage(page, 'Audit log')
  const audit = page.getByTestId('audit-table')
  await expect(audit.getByRole('row').nth(1)).toContainText(EN_DATE_TIME)
  await expect(page.locator('.el-pagination__total')).toHaveText(/^Total \d+$/)
  // Element Plus' date picker: English month names, weeks from Sunday
  await page.getByRole('combobox', { name: 'From' }).click()
  const panel = page.locator('.el-picker-panel').filter({ visible: true })
  await expect(panel).toContainText(EN_MONTH)
  await expect(panel.locator('th').first()).toHaveText('Sun')
  await expect(panel.getByRole('button', { name: 'OK' })).toBeVisible()
  await page.keyboard.press('Escape')

  // back to Chinese: it sticks across a reload, and <html lang> says so
  await page.getByTestId('locale-switch').getByText('中文').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.reload()
  await expect(page).toHaveTitle('操作日志 · 督办')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  expect(await page.evaluate(() => localStorage.getItem('duban.locale'))).toBe('zh-CN')
  await expect(page.getByRole('menuitem', { name: '数据看板' })).toBeVisible()
  await expect(page.locator('.el-pagination__total')).toHaveText(/^共 \d+ 条$/)
  await expect(audit.getByRole('row').nth(1)).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await page.getByRole('combobox', { name: '开始时间' }).click()
  await expect(panel.locator('th').first()).toHaveText('一')
})
