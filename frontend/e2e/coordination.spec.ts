import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiAs, freshTask, post, signedInPage } from './support'

/** A task of this run with 西宁市 as the lead unit and 海东市 as a co-unit. */
async function freshCoordinatedTask(api: APIRequestContext) {
  const task = await freshTask(api, 'coord', '协同督办', [
    { unit: '西宁市', role: 'LEAD' },
    { unit: '海东市', role: 'CO' },
  ])
  return { taskId: task.taskId, taskTitle: task.taskTitle, leadAssignmentId: task.assignments['西宁市'], coAssignmentId: task.assignments['海东市'] }
}

let api: APIRequestContext
let fresh: Awaited<ReturnType<typeof freshCoordinatedTask>>

test.beforeEach(async ({ request }) => {
  api = await apiAs(request, 'supervisor')
  fresh = await freshCoordinatedTask(api)
})

test.afterEach(async () => {
  await api.dispose()
})

test('a leader instructs a task, the co-unit contributes, the lead unit reads both and answers, the supervisor sees the answer', async ({ browser }) => {
  // three people sign in and work in turn: three times the usual time on a loaded machine
  test.slow()
  const instruction = `请牵头单位会同配合单位加快推进 ${Date.now()}`
  const contribution = '海东市：已完成本市配合调研，形成报告一份。'
  const answer = '已会同海东市制定推进方案，下周报送。'

  // — the supervisor issues a task-wide instruction on the task page
  const supervisor = await signedInPage(browser, 'supervisor')
  await supervisor.goto(`/tasks/${fresh.taskId}`)
  await expect(supervisor.getByTestId('task-title')).toContainText(fresh.taskTitle)
  await supervisor.getByTestId('open-instruction').click()
  const dialog = supervisor.getByTestId('instruction-dialog')
  await expect(dialog.getByTestId('instruction-target')).toContainText('整项任务')
  await dialog.getByTestId('instruction-text-input').fill(instruction)
  await dialog.getByTestId('send-instruction').click()
  await expect(supervisor.getByText('批示已发出')).toBeVisible()
  const timeline = supervisor.getByTestId('task-timeline')
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: '收到领导批示' })).toContainText('全部责任单位')
  await expect(timeline).toContainText(instruction)

  // — 海东市 (co-unit) writes its contribution on its report page; it sees the instruction but may not answer it
  const co = await signedInPage(browser, 'reporter-630200')
  await co.goto(`/assignments/${fresh.coAssignmentId}/report`)
  await expect(co.getByTestId('report-task-title')).toContainText(fresh.taskTitle)
  await expect(co.getByTestId('report-instructions').getByTestId('instruction-text')).toHaveText(instruction)
  await expect(co.getByTestId('report-instructions').getByTestId('answer-instruction')).toHaveCount(0)
  await expect(co.getByTestId('lead-contributions')).toHaveCount(0)
  const coForm = co.getByTestId('contribution-form')
  const period = (await coForm.getByTestId('contribution-period').innerText()).trim()
  await coForm.getByTestId('contribution-text').fill(contribution)
  await coForm.getByTestId('save-contribution').click()
  await expect(co.getByText('配合情况已保存')).toBeVisible()
  await expect(coForm).toContainText('已报送')
  // its own progress report form is still there
  await expect(co.getByTestId('report-form')).toBeVisible()

  // — 西宁市 (lead) sees the contribution for the same period and the instruction, and answers it
  const lead = await signedInPage(browser, 'reporter-630100')
  await lead.goto(`/assignments/${fresh.leadAssignmentId}/report`)
  await expect(lead.getByTestId('report-task-title')).toContainText(fresh.taskTitle)
  const contributions = lead.getByTestId('lead-contributions')
  await expect(contributions).toContainText('配合单位报送情况')
  await expect(contributions).toContainText(period)
  await expect(contributions.getByTestId('contribution')).toContainText('海东市')
  await expect(contributions.getByTestId('contribution')).toContainText(contribution)
  await expect(lead.getByTestId('contribution-form')).toHaveCount(0)
  const leadInstructions = lead.getByTestId('report-instructions')
  await expect(leadInstructions.getByTestId('instruction-text')).toHaveText(instruction)
  await expect(leadInstructions.getByTestId('instruction-state')).toHaveText('待答复')
  await leadInstructions.getByTestId('answer-instruction').click()
  await lead.getByTestId('instruction-response-text').fill(answer)
  await lead.getByTestId('send-instruction-response').click()
  await expect(lead.getByText('已答复批示')).toBeVisible()
  await expect(leadInstructions.getByTestId('instruction-state')).toHaveText('已答复')
  await expect(leadInstructions.getByTestId('instruction-response')).toContainText(answer)
  await expect(leadInstructions.getByTestId('answer-instruction')).toHaveCount(0)

  // — the supervisor sees the answer in the task's timeline
  await supervisor.reload()
  const answered = supervisor.getByTestId('task-timeline').getByTestId('timeline-entry').filter({ hasText: '答复了领导批示' })
  await expect(answered).toHaveCount(1)
  await expect(supervisor.getByTestId('task-timeline')).toContainText(answer)

  await Promise.all([supervisor.context().close(), co.context().close(), lead.context().close()])
})

test('the lead unit answers an instruction with its progress report', async ({ browser }) => {
  const instruction = `请在本期报告中说明推进情况 ${Date.now()}`
  await post(api, '/api/v1/instructions', { taskId: fresh.taskId, text: instruction })
  const lead = await signedInPage(browser, 'reporter-630100')
  await lead.goto(`/assignments/${fresh.leadAssignmentId}/report`)
  const form = lead.getByTestId('report-form')
  await expect(form.getByTestId('report-answers')).toBeVisible()
  const period = (await form.getByTestId('report-period').innerText()).trim()
  await form.getByTestId('report-answers').click()
  await lead.getByRole('option', { name: new RegExp(instruction.slice(0, 10)) }).click()
  await form.getByTestId('report-text').fill('一、已按批示要求推进。')
  await form.getByTestId('submit-report').click()
  await expect(lead.getByText('报告已提交，等待审核')).toBeVisible()
  const box = lead.getByTestId('report-instructions')
  await expect(box.getByTestId('instruction-state')).toHaveText('已答复')
  await expect(box).toContainText(`已在 ${period} 报告中答复`)
  await lead.context().close()
})
