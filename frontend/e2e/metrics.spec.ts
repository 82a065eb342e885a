import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { apiAs, signIn } from './support'

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/metrics.png', import.meta.url))
const Q21 = '行政机关负责人出庭应诉率'
const Q21_CODE = 'Q21-COURT-APPEARANCE'
/** The SPA shows figures with at most one decimal (metricFormat.formatNumber). */
const fmt = (v: number) => String(Number(v.toFixed(1)))

async function openQ21(page: Page) {
  await page.getByRole('menuitem', { name: '指标' }).click()
  await expect(page).toHaveURL(/\/metrics$/)
  await expect(page.getByRole('heading', { name: '指标' })).toBeVisible()
  const row = page.getByTestId('metric-table').getByRole('row').filter({ hasText: Q21_CODE })
  await expect(row).toContainText(Q21)
  await row.getByRole('link', { name: Q21 }).click()
  await expect(page).toHaveURL(/\/metrics\/\d+\?year=2024$/)
  await expect(page.getByTestId('metric-title')).toHaveText(Q21)
}

test('a supervisor reads the metrics, a metric chart and its breakdown down to the counties', async ({ page }) => {
  await signIn(page, 'supervisor')
  await page.getByRole('menuitem', { name: '指标' }).click()
  const table = page.getByTestId('metric-table')
  const q21 = table.getByRole('row').filter({ hasText: Q21_CODE })
  await expect(q21).toContainText(Q21)
  await expect(q21).toContainText('≥ 90 %')
  await expect(q21.getByTestId('metric-status')).toHaveText(/^(达标|未达标|无数据)$/)
  await expect(q21.getByTestId('metric-figure')).toHaveText(/^\d+(\.\d)? %$/)
  await expect(table.getByRole('row').filter({ hasText: 'Q14-HANDOVER-LIST' })).toContainText('2024-06-30 前完成')
  await expect(table.getByRole('row').filter({ hasText: 'Q20-RECONSIDERATION-CORRECTION' })).toContainText('高于 同期行政诉讼一审纠错率')

  await openQ21(page)
  await expect(page.getByTestId('metric-target')).toContainText('≥ 90 %')
  await expect(page.getByTestId('series-chart').locator('canvas')).toBeVisible()
  await expect(page.getByTestId('breakdown-chart').locator('canvas')).toBeVisible()
  const breakdown = page.getByTestId('breakdown-table')
  for (const prefecture of ['西宁市', '海东市', '海西蒙古族藏族自治州']) await expect(breakdown.getByRole('row').filter({ hasText: prefecture })).toContainText('市州')
  await expect(page.getByTestId('breakdown-crumbs')).toContainText('青海省人民政府')
  await page.screenshot({ path: SCREENSHOT, fullPage: true })

  // drill down into a prefecture's counties, then back to the province
  await breakdown.getByRole('link', { name: /西宁市/ }).click()
  await expect(page).toHaveURL(/parentId=\d+/)
  await expect(breakdown.getByRole('row').filter({ hasText: '城东区' })).toContainText('县市区')
  await expect(page.getByTestId('breakdown-crumbs')).toContainText('西宁市')
  await page.getByTestId('breakdown-crumbs').getByText('全省').click()
  await expect(page).not.toHaveURL(/parentId=/)
  await expect(breakdown.getByRole('row').filter({ hasText: '海东市' })).toBeVisible()

  // a quarter instead of the whole year, kept in the URL
  await page.getByTestId('detail-period').click()
  await page.getByRole('option', { name: '2024年第2季度' }).click()
  await expect(page).toHaveURL(/period=2024-Q2/)
  await expect(breakdown.getByRole('row').filter({ hasText: '西宁市' })).toBeVisible()
})

test("a reporter enters (or corrects) 西宁市's figure and sees the chart and table follow", async ({ page, request }) => {
  await signIn(page, 'reporter-630100')
  await openQ21(page)
  await page.getByRole('tab', { name: '填报' }).click()
  await expect(page).toHaveURL(/tab=entry/)
  const entry = page.getByTestId('metric-entry')
  await expect(entry.getByTestId('entry-unit')).toHaveText('西宁市')
  await entry.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '2024年第1季度' }).click()
  await expect(entry.getByTestId('entry-period')).toContainText('2024年第1季度')
  // whether the demo data (or an earlier run) has a figure for the quarter or not, the form says which
  await expect(entry.getByTestId('entry-stored')).toHaveText(/已填报|尚未填报/)
  const existed = (await entry.getByTestId('entry-stored').textContent())!.includes('已填报')

  // numbers of this run, so a re-run always changes the figure
  const now = Date.now()
  const denominator = 100 + (now % 400)
  const numerator = denominator - 1 - (Math.floor(now / 400) % 20)
  const numeratorInput = entry.getByTestId('entry-numerator').locator('input')
  const denominatorInput = entry.getByTestId('entry-denominator').locator('input')
  await denominatorInput.fill(String(denominator))
  await denominatorInput.press('Tab')
  await numeratorInput.fill(String(denominator + 1))
  await numeratorInput.press('Tab')
  await expect(entry.getByText('分子不能大于分母')).toBeVisible()
  await numeratorInput.fill(String(numerator))
  await numeratorInput.press('Tab')
  await expect(entry.getByText('分子不能大于分母')).toHaveCount(0)
  await expect(entry.getByTestId('entry-percent')).toHaveText(`${fmt((numerator / denominator) * 100)} %`)

  await entry.getByTestId('entry-save').click()
  await expect(page.getByText(existed ? '已更正。' : '已填报。')).toBeVisible()
  await expect(entry.getByTestId('entry-stored')).toContainText('已填报：reporter-630100')
  if (existed) await expect(entry.getByTestId('entry-history').getByRole('row').filter({ hasText: 'reporter-630100' }).first()).toBeVisible()

  // what the server now says for 西宁市 (its own figure rolled up with its counties')
  const api = await apiAs(request, 'reporter-630100')
  const mine = await (await api.get('/api/v1/metric-values/13/2/2024-Q1')).json()
  expect([mine.numerator, mine.denominator]).toEqual([numerator, denominator])
  const attainment = await (await api.get('/api/v1/metrics/13/attainment?period=2024-Q1')).json()
  await api.dispose()
  const expected = `${fmt(attainment.scope.figure)} %`

  await page.getByRole('tab', { name: '完成情况' }).click()
  await expect(page).toHaveURL(/period=2024-Q1/)
  await expect(page.getByTestId('scope-figure')).toHaveText(expected)
  await expect(page.getByTestId('breakdown-table').getByRole('row').filter({ hasText: '西宁市' })).toContainText(expected)
  await expect(page.getByTestId('breakdown-chart').locator('canvas')).toBeVisible()
  await expect(page.getByTestId('series-chart').locator('canvas')).toBeVisible()
})
