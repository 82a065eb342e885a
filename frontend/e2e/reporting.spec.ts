import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { apiAs, freshAssignment, signedInPage } from './support'

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/report-review.png', import.meta.url))
const PDF = { name: '进展材料.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') }

/** The supervisor's review queue narrowed to this run's plan, with 西宁市's report opened in the drawer. */
async function openInQueue(page: Page, fresh: Fresh) {
  await page.goto(`/review?planId=${fresh.planId}`)
  await expect(page.getByRole('heading', { name: '进展审核' })).toBeVisible()
  const row = page.getByTestId('review-table').getByRole('row').filter({ hasText: fresh.taskTitle })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('西宁市')
  await row.getByTestId('open-report').click()
  const drawer = page.getByTestId('review-drawer')
  await expect(drawer.getByText(fresh.taskTitle)).toBeVisible()
  return drawer
}

type Fresh = Awaited<ReturnType<typeof freshAssignment>>

let api: APIRequestContext
let fresh: Fresh

test.beforeEach(async ({ request }) => {
  api = await apiAs(request, 'supervisor')
  fresh = await freshAssignment(api, 'report', '进展报送')
})

test.afterEach(async () => {
  await api.dispose()
})

test('a unit reports with evidence, the supervisor returns it, the unit revises and completes, the supervisor approves', async ({ browser }) => {
  const reporter = await signedInPage(browser, 'reporter-630100')
  const supervisor = await signedInPage(browser, 'supervisor')

  // — the reporter finds the assignment on 我的任务, with its traffic light and what is due now
  await expect(reporter).toHaveURL(/\/my-tasks/)
  await expect(reporter.getByRole('menuitem', { name: '收件箱' })).toBeVisible()
  await expect(reporter.getByRole('menuitem', { name: '审核' })).toHaveCount(0)
  await reporter.getByPlaceholder('任务标题').fill(fresh.taskTitle)
  await reporter.getByRole('button', { name: '查询' }).click()
  const myRow = reporter.getByTestId('assignment-table').getByRole('row').filter({ hasText: fresh.taskTitle })
  await expect(myRow.getByTestId('traffic-light')).toHaveText(/绿灯|黄灯|红灯/)
  await expect(myRow.getByTestId('due-now')).toContainText('未填报')
  await myRow.getByRole('link', { name: '填报进展' }).click()
  await expect(reporter).toHaveURL(new RegExp(`/assignments/${fresh.assignmentId}/report`))
  await expect(reporter.getByTestId('report-task-title')).toHaveText(`1. ${fresh.taskTitle}`)

  // — files the current period's report with a PDF (uploading saves the draft first) and submits it
  const form = reporter.getByTestId('report-form')
  await form.getByTestId('report-text').fill('一、已完成方案制定。\n二、正在组织培训。\n<b>不是 HTML</b>')
  const progress = form.getByTestId('report-progress-input').locator('input')
  await progress.fill('40')
  await progress.press('Tab')
  await form.getByTestId('evidence-upload').locator('input[type=file]').setInputFiles(PDF)
  await expect(form.getByTestId('attachments').getByText('进展材料.pdf')).toBeVisible()
  await expect(form.getByTestId('report-state')).toHaveText('草稿')
  await form.getByTestId('submit-report').click()
  await expect(reporter.getByText('报告已提交，等待审核')).toBeVisible()
  await expect(form.getByTestId('report-state')).toHaveText('待审核')
  // the history shows the text as text, line breaks kept, never as HTML
  const history = reporter.getByTestId('report-history')
  await expect(history.getByText('<b>不是 HTML</b>', { exact: false })).toBeVisible()
  await expect(history.locator('b')).toHaveCount(0)

  // — the supervisor sees it in the review queue, downloads the evidence under its Chinese name and returns it
  await expect(supervisor.getByRole('menuitem', { name: '逾期督办' })).toBeVisible()
  await supervisor.getByRole('menuitem', { name: '审核' }).click()
  await expect(supervisor).toHaveURL(/\/review/)
  let drawer = await openInQueue(supervisor, fresh)
  await expect(drawer.getByTestId('review-text')).toContainText('二、正在组织培训。')
  await expect(drawer.getByTestId('review-progress')).toHaveText('40%')
  const download = supervisor.waitForEvent('download')
  await drawer.getByTestId('attachment-link').filter({ hasText: '进展材料.pdf' }).click()
  expect((await download).suggestedFilename()).toBe('进展材料.pdf')
  await drawer.getByTestId('review-comment').fill('请补充培训人数等具体数据。')
  await expect(drawer.getByTestId('approve')).toBeEnabled()
  await supervisor.waitForTimeout(400) // let the drawer finish sliding in
  await supervisor.screenshot({ path: SCREENSHOT, fullPage: true })
  await drawer.getByTestId('return').click()
  await expect(supervisor.getByText('已退回修改')).toBeVisible()
  await expect(drawer).toBeHidden()
  await expect(supervisor.getByTestId('review-table').getByRole('row').filter({ hasText: fresh.taskTitle })).toHaveCount(0)

  // — the reporter sees the comment, completes the work and resubmits
  await reporter.reload()
  await expect(form.getByTestId('report-state')).toHaveText('已退回')
  await expect(form.getByTestId('returned-comment')).toContainText('请补充培训人数等具体数据。')
  await expect(history.getByTestId('reviewer-comment').first()).toContainText('请补充培训人数等具体数据。')
  await form.getByTestId('report-text').fill('一、已完成方案制定。\n二、已组织培训 3 场、236 人次。\n三、任务全部完成。')
  await progress.fill('100')
  await progress.press('Tab')
  await expect(form.getByTestId('report-completed')).toHaveClass(/is-checked/)
  await form.getByRole('button', { name: '修改后重新提交' }).click()
  await expect(form.getByTestId('report-state')).toHaveText('待审核')

  // — the supervisor approves
  drawer = await openInQueue(supervisor, fresh)
  await expect(drawer.getByTestId('review-progress')).toContainText('100%')
  await expect(drawer).toContainText('已完成')
  await drawer.getByTestId('approve').click()
  await expect(supervisor.getByText('已审核通过')).toBeVisible()
  await expect(supervisor.getByTestId('review-table').getByRole('row').filter({ hasText: fresh.taskTitle })).toHaveCount(0)

  // — the task's assignment of 西宁市 is completed, and the timeline tells the story
  await supervisor.goto(`/tasks/${fresh.taskId}`)
  const xining = supervisor.getByTestId('assignment-table').getByRole('row').filter({ hasText: '西宁市' })
  await expect(xining).toContainText('已完成')
  await expect(xining.getByTestId('traffic-light')).toHaveText(/绿灯|黄灯|红灯/)
  const timeline = supervisor.getByTestId('task-timeline')
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: '被退回' })).toHaveCount(1)
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: '审核通过' })).toHaveCount(1)

  // … and the reporter's page says so too
  await reporter.reload()
  await expect(reporter.getByTestId('assignment-status')).toHaveText('已完成')
  await expect(form.getByTestId('report-state')).toHaveCount(0)

  await reporter.context().close()
  await supervisor.context().close()
})

test('the supervisor urges 西宁市 from the task page and the unit acknowledges and answers in its inbox', async ({ browser }) => {
  const supervisor = await signedInPage(browser, 'supervisor')
  await supervisor.goto(`/tasks/${fresh.taskId}`)
  const xining = supervisor.getByTestId('assignment-table').getByRole('row').filter({ hasText: '西宁市' })
  await xining.getByTestId('urge-one').click()
  const dialog = supervisor.getByTestId('urge-dialog')
  await expect(dialog.getByRole('radio', { name: '自动' })).toBeChecked()
  await dialog.getByTestId('urge-send').click()
  await expect(dialog.getByText('必填')).toBeVisible()
  const message = `请于本周内报送进展情况（${fresh.taskTitle}）`
  await dialog.getByTestId('urge-message').fill(message)
  await dialog.getByTestId('urge-send').click()
  await expect(supervisor.getByText('已向 1 个单位发出催办')).toBeVisible()
  await expect(supervisor.getByTestId('task-timeline')).toContainText(message)

  const reporter = await signedInPage(browser, 'reporter-630100')
  await reporter.getByRole('menuitem', { name: '收件箱' }).click()
  await expect(reporter).toHaveURL(/\/inbox/)
  const urge = reporter.getByTestId('urge').filter({ hasText: message })
  await expect(urge.getByTestId('urge-state')).toHaveText('待签收')
  await urge.getByTestId('acknowledge').click()
  await expect(urge.getByTestId('urge-state')).toHaveText('已签收')
  await urge.getByTestId('respond').click()
  await reporter.getByTestId('response-text').fill('已收到，本周内报送。')
  await reporter.getByTestId('send-response').click()
  await expect(urge.getByTestId('urge-state')).toHaveText('已反馈')
  await expect(urge).toContainText('已收到，本周内报送。')

  await supervisor.reload()
  await expect(supervisor.getByTestId('task-timeline')).toContainText('已收到，本周内报送。')
  await reporter.context().close()
  await supervisor.context().close()
})

test('the unit asks for a later due date and the supervisor approves it', async ({ browser }) => {
  const reporter = await signedInPage(browser, 'reporter-630100')
  await reporter.goto(`/assignments/${fresh.assignmentId}/report`)
  const card = reporter.getByTestId('extension-card')
  await expect(card.getByText('没有延期申请')).toBeVisible()
  await card.getByTestId('request-extension').click()
  const date = reporter.getByRole('dialog').getByRole('combobox', { name: '申请延至' })
  await date.fill('2100-06-30')
  await date.press('Enter')
  const reason = `试点范围扩大，需要更多时间（${fresh.taskTitle}）`
  await reporter.getByTestId('extension-reason').fill(reason)
  await reporter.getByTestId('extension-send').click()
  await expect(reporter.getByText('延期申请已提交')).toBeVisible()
  await expect(card.getByTestId('extension')).toContainText('待审批')
  await expect(card.getByTestId('extension')).toContainText('2099-12-31 → 2100-06-30')

  const supervisor = await signedInPage(browser, 'supervisor')
  await supervisor.goto('/review')
  await supervisor.getByRole('tab', { name: '延期申请' }).click()
  await expect(supervisor).toHaveURL(/tab=extensions/)
  const row = supervisor.getByTestId('extension-table').getByRole('row').filter({ hasText: fresh.taskTitle })
  await expect(row).toContainText('2099-12-31 → 2100-06-30')
  await row.getByRole('button', { name: '通过' }).click()
  await supervisor.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(supervisor.getByText('已批准延期')).toBeVisible()

  await reporter.reload()
  await expect(card.getByTestId('extension')).toContainText('已批准')
  await expect(reporter.getByTestId('assignment-summary')).toContainText('2100-06-30')
  await reporter.context().close()
  await supervisor.context().close()
})
