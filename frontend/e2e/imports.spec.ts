import { expect, test, type Page } from '@playwright/test'
import { DEMO_PLAN, signIn } from './support'

const Q21_CODE = 'Q21-COURT-APPEARANCE'
const HEADERS = '指标代码,单位代码,统计期,数值,分子,分母'

/**
 * A CSV of 西宁市's Q21 figures (a ratio, by quarter). Q3 and Q4, not Q1: metrics.spec enters Q1
 * through the form and checks it, and the two may run side by side. The numbers change with every
 * run, so the import always updates something.
 */
function csv(rows: [period: string, numerator: number, denominator: number][]): Buffer {
  const lines = [HEADERS, ...rows.map(([period, n, d]) => `${Q21_CODE},630100,${period},,${n},${d}`)]
  return Buffer.from(`${lines.join('\n')}\n`, 'utf-8')
}

async function chooseFile(page: Page, name: string, body: Buffer) {
  await page.getByTestId('import-file').locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: body })
  await expect(page.getByTestId('import-file-name')).toHaveText(name)
}

test.use({ viewport: { width: 1280, height: 900 } })

test('a supervisor checks a CSV of metric figures, sees the row error, then imports the corrected file', async ({ page }) => {
  const now = Date.now()
  const denominator = 200 + (now % 300)
  const q3 = denominator - 1 - (Math.floor(now / 300) % 20)
  const q4 = denominator - 2 - (Math.floor(now / 7) % 20)

  await signIn(page, 'supervisor')
  await page.getByRole('menuitem', { name: '统计报表' }).hover()
  await page.getByRole('menuitem', { name: '数据导入' }).click()
  await expect(page).toHaveURL(/\/imports$/)
  await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible()

  // a supervisor imports units, assignments and metric figures — not progress reports
  const kinds = page.getByTestId('import-kind')
  for (const kind of ['责任单位', '任务分解', '指标数据']) await expect(kinds.getByText(kind, { exact: true })).toBeVisible()
  await expect(kinds.getByText('进展报告')).toHaveCount(0)
  await kinds.getByText('指标数据', { exact: true }).click()
  await expect(page).toHaveURL(/kind=metric-values/)
  await expect(page.getByTestId('import-plan')).toContainText(DEMO_PLAN)
  const columns = page.getByTestId('kind-columns')
  for (const header of HEADERS.split(',')) await expect(columns.getByText(header, { exact: true })).toBeVisible()
  await expect(page.getByTestId('template-xlsx')).toBeVisible()

  // the template downloads with the person's token
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-csv').click()])
  expect(template.suggestedFilename()).toMatch(/\.csv$/)

  // 1. a file with a bad row: row 3 has a numerator larger than its denominator
  await expect(page.getByTestId('import-check')).toBeDisabled()
  await chooseFile(
    page,
    '出庭应诉率-有误.csv',
    csv([
      ['2024-Q3', q3, denominator],
      ['2024-Q4', denominator + 5, denominator],
    ]),
  )
  await expect(page.getByTestId('import-charset')).toContainText('自动识别')
  await page.getByTestId('import-check').click()

  const result = page.getByTestId('import-result')
  await expect(result).toHaveAttribute('data-state', 'FAILED')
  await expect(page.getByTestId('import-result-summary')).toContainText('发现 1 处错误，没有写入任何数据')
  await expect(page.getByTestId('import-count-errors')).toContainText('1')
  const errorRow = page.getByTestId('import-errors-table').locator('tbody tr')
  await expect(errorRow).toHaveCount(1)
  await expect(errorRow.getByTestId('import-error-row')).toHaveText('3')
  await expect(errorRow.getByTestId('import-error-column')).toHaveText('分子')
  await expect(errorRow).toContainText(String(denominator + 5))
  await expect(page.getByTestId('import-commit')).toBeDisabled()

  // the errors download as a CSV made in the browser
  const [errorsFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-errors-download').click()])
  expect(errorsFile.suggestedFilename()).toBe('出庭应诉率-有误-错误.csv')

  // 2. the corrected file passes the check
  await page.getByTestId('import-back').click()
  await page.getByTestId('import-file-remove').click()
  await chooseFile(
    page,
    '出庭应诉率.csv',
    csv([
      ['2024-Q3', q3, denominator],
      ['2024-Q4', q4, denominator],
    ]),
  )
  await page.getByTestId('import-check').click()
  await expect(result).toHaveAttribute('data-state', 'SUCCEEDED')
  await expect(page.getByTestId('import-result-summary')).toContainText('校验通过：2 行都没有错误')
  await expect(page.getByTestId('import-count-errors')).toContainText('0')
  await expect(page.getByTestId('import-errors')).toHaveCount(0)

  // 3. confirm: the same file is written
  await page.getByTestId('import-commit').click()
  const confirm = page.getByRole('dialog', { name: '确认导入' })
  await expect(confirm).toContainText('将写入 2 行')
  await confirm.getByRole('button', { name: '确认导入' }).click()

  await expect(result).toHaveAttribute('data-state', 'SUCCEEDED')
  await expect(page.getByTestId('import-result-summary')).toContainText('导入完成：已处理 2 行')
  const written = async (key: string) => Number((await page.getByTestId(`import-count-${key}`).textContent())?.replace(/\D/g, ''))
  expect((await written('created')) + (await written('updated'))).toBe(2)
  expect(await written('errors')).toBe(0)
  await expect(page.getByTestId('import-another')).toBeVisible()

  // the history lists the commit first, in words; its row opens the details
  const history = page.getByTestId('import-history')
  const newest = history.locator('tbody tr').first()
  await expect(newest).toContainText('出庭应诉率.csv')
  await expect(newest).toContainText('正式导入')
  await expect(newest.getByTestId('import-history-state')).toHaveText('导入成功')
  await expect(history.locator('tbody tr').filter({ hasText: '出庭应诉率-有误.csv' }).first()).toContainText('校验未通过')
  await newest.getByTestId('import-history-open').click()
  await expect(page).toHaveURL(/job=\d+/)
  const drawer = page.getByTestId('import-job-drawer')
  await expect(drawer).toContainText('supervisor')
  await expect(drawer.getByTestId('import-result')).toHaveAttribute('data-state', 'SUCCEEDED')
})

test('a viewer has no import menu entry and may not open the page', async ({ page }) => {
  await signIn(page, 'viewer')
  await page.getByRole('menuitem', { name: '统计报表' }).hover()
  await expect(page.getByRole('menuitem', { name: '报表中心' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '数据导入' })).toHaveCount(0)
  await page.goto('/imports')
  await expect(page.getByText('403 无权访问')).toBeVisible()
})
