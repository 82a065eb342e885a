import { expect, test } from '@playwright/test'
import { signIn } from './support'

/**
 * A small plan document of this run: the year 2099 (no page takes a plan after this year as its
 * default); the plan code is the run's own, so a re-run never collides. 省司法厅 and 西宁市 are demo units;
 * "西宁市负责" names a unit without 牵头/配合; 各市州政府 is a group, no unit of the directory.
 */
function documentText(serial: number): string {
  return [
    `青政办函〔2099〕${serial}号`,
    '测试省2099年法治政府建设工作要点',
    '为深入推进法治政府建设，制定本要点。',
    '一、加强组织领导',
    '1. 健全工作机制。建立法治政府建设工作协调机制，2099年6月底前完成。（省司法厅牵头，西宁市配合）',
    '2. 加强督促检查。每年开展专项督察不少于2次。（西宁市负责，各市州政府配合）',
    '',
  ].join('\n')
}

test.use({ viewport: { width: 1280, height: 900 } })

test('a supervisor pastes a plan document, corrects the preview and creates the plan', async ({ page }) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  // a 文号's serial has at most five digits
  const serial = Date.now() % 100000
  const code = `E2E-PD-${stamp}`
  const editedTitle = `加强督促检查（核对 ${stamp}）`

  await signIn(page, 'supervisor')
  await page.getByRole('menuitem', { name: '工作要点' }).click()
  await expect(page).toHaveURL(/\/plans$/)
  await page.getByRole('button', { name: '从文件导入' }).click()
  await expect(page).toHaveURL(/\/plan-documents\/new$/)
  await expect(page.getByRole('heading', { name: '导入工作要点' })).toBeVisible()

  // 1. the text, parsed
  await expect(page.getByRole('button', { name: '解析' })).toBeDisabled()
  await page.getByTestId('pd-text').fill(documentText(serial))
  await page.getByRole('button', { name: '解析' }).click()
  await expect(page.getByTestId('pd-review')).toBeVisible()

  // 2. the preview: the plan's fields, a proposed code, the work points with their units and targets
  await expect(page.getByTestId('pd-plan-title')).toHaveValue('测试省2099年法治政府建设工作要点')
  await expect(page.getByTestId('pd-plan-number')).toHaveValue(`青政办函〔2099〕${serial}号`)
  await expect(page.getByTestId('pd-plan-year').locator('input')).toHaveValue('2099')
  await expect(page.getByTestId('pd-plan-code')).toHaveValue(/^FZZF-2099/)
  await expect(page.getByTestId('pd-counts-draft')).toHaveText('1 个部分、2 项任务')
  await expect(page.getByTestId('pd-section-title')).toHaveValue('加强组织领导')

  const first = page.getByTestId('pd-task').nth(0)
  const second = page.getByTestId('pd-task').nth(1)
  await expect(first.getByTestId('pd-task-heading')).toHaveText('健全工作机制')
  await expect(second.getByTestId('pd-task-heading')).toHaveText('加强督促检查')
  await page.getByTestId('pd-expand-all').click()
  await expect(page.locator('#pd-sections-0-tasks-0-deadline input')).toHaveValue('2099-06-30')
  const lead = first.getByTestId('pd-unit').filter({ hasText: '省司法厅' })
  await expect(lead).toContainText('匹配为 青海省司法厅')
  await expect(lead.getByTestId('pd-unit-role')).toContainText('牵头')
  await expect(first.getByTestId('pd-unit').filter({ hasText: '西宁市' }).getByTestId('pd-unit-role')).toContainText('配合')
  await expect(second.getByTestId('pd-unit').filter({ hasText: '西宁市' }).getByTestId('pd-unit-role')).toContainText('负责（按牵头）')
  const group = second.getByTestId('pd-unit').filter({ hasText: '各市州政府' })
  await expect(group).toHaveAttribute('data-unmatched', 'true')
  await expect(group.getByTestId('pd-unit-role')).toContainText('配合')
  await expect(second.getByTestId('pd-unmatched-note')).toBeVisible()
  await expect(page.getByTestId('pd-notes')).toContainText('1 个未匹配到单位的名称不会分解任务')
  await expect(page.locator('#pd-sections-0-tasks-1-deadline input')).toHaveValue('')
  await expect(second).toContainText('原文时限：每年')
  const target = second.getByTestId('pd-target')
  await expect(target.getByTestId('pd-target-name')).toHaveValue('开展专项督察')
  await expect(target.getByTestId('pd-target-value').locator('input')).toHaveValue('2')
  await expect(target.getByTestId('pd-target-unit')).toHaveValue('次')
  await expect(page.getByTestId('pd-create-metrics').locator('input')).toBeChecked()
  await expect(page.getByTestId('pd-create-assignments').locator('input')).toBeChecked()

  // 3. a first commit with mistakes: the server's field errors show beside the fields and above
  const codeInput = page.getByTestId('pd-plan-code')
  await codeInput.fill('bad code!')
  await first.getByTestId('pd-task-title').fill('')
  await page.getByRole('button', { name: '创建工作要点' }).click()
  const confirm = page.getByRole('dialog', { name: '确认创建' })
  await expect(confirm).toContainText('将创建 1 个部分、2 项任务、0 项措施、1 个指标和 3 项任务分解')
  await confirm.getByRole('button', { name: '创建工作要点' }).click()

  const summary = page.getByTestId('pd-errors')
  await expect(summary).toContainText('有 2 处需要修改')
  await expect(summary).toContainText('工作要点信息 › 代码')
  await expect(summary).toContainText('第一部分 › 任务 1 › 标题')
  await expect(page.locator('#pd-plan-code')).toContainText("may contain only letters, digits, '.', '_' and '-'")
  await expect(page.locator('#pd-sections-0-tasks-0-title')).toContainText('must not be blank')
  await expect(first.getByTestId('pd-task-error')).toBeVisible()

  // 4. corrected, the group resolved to 海东市, the second work point's title edited: the plan is created
  const picker = group.getByRole('combobox', { name: '选择对应单位' })
  await picker.click()
  await picker.fill('海东')
  await page.locator('.el-tree-select__popper:visible').getByText('海东市', { exact: true }).click()
  await expect(group).toHaveAttribute('data-unmatched', 'false')
  await expect(group).toContainText('匹配为 海东市')
  await expect(page.getByTestId('pd-notes')).toHaveCount(0)
  await codeInput.fill(code)
  await first.getByTestId('pd-task-title').fill('健全工作机制')
  await second.getByTestId('pd-task-title').fill(editedTitle)
  await expect(second.getByTestId('pd-task-heading')).toHaveText(editedTitle)
  await page.getByRole('button', { name: '创建工作要点' }).click()
  await expect(confirm).toContainText('1 个指标和 4 项任务分解')
  await confirm.getByRole('button', { name: '创建工作要点' }).click()

  const done = page.getByTestId('pd-done')
  await expect(done).toContainText(`已创建工作要点 ${code}`)
  for (const [key, n] of [['sections', 1], ['tasks', 2], ['measures', 0], ['metrics', 1], ['assignments', 4]] as const) {
    await expect(page.getByTestId(`pd-count-${key}`)).toContainText(String(n))
  }

  // 5. the new plan, with the edited title
  await page.getByRole('button', { name: '查看工作要点' }).click()
  await expect(page).toHaveURL(/\/plans\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: '测试省2099年法治政府建设工作要点' })).toBeVisible()
  const tasks = page.getByTestId('task')
  await expect(tasks).toHaveCount(2)
  await expect(tasks.nth(0)).toContainText('健全工作机制')
  await expect(tasks.nth(0)).toContainText('2099-06-30')
  await expect(tasks.nth(0)).toContainText('已分解 2 个单位')
  await expect(tasks.nth(1)).toContainText(editedTitle)
  await expect(tasks.nth(1)).toContainText('2099-12-31')
  await expect(tasks.nth(1)).toContainText('已分解 2 个单位')
})

test('only supervisors import plan documents', async ({ page }) => {
  await signIn(page, 'viewer')
  await page.getByRole('menuitem', { name: '工作要点' }).click()
  await expect(page.getByTestId('plan-table')).toBeVisible()
  await expect(page.getByRole('button', { name: '从文件导入' })).toHaveCount(0)
  await page.goto('/plan-documents/new')
  await expect(page.getByText('403 无权访问')).toBeVisible()
})
