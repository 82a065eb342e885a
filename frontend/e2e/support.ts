import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

/** The demo accounts' password; scripts/e2e.sh starts the backend with the same value. */
export const PASSWORD = process.env.E2E_PASSWORD || 'e2e-demo-password'
export const BASE_URL = process.env.E2E_BASE_URL || 'http://localhost:8080'
export const DEMO_PLAN_CODE = 'QH-FZZF-2024'
export const DEMO_PLAN = '青海省2024年法治政府建设工作要点'

/** An access token for a demo account, from POST /api/v1/auth/login. */
export async function accessToken(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })
  expect(res.status(), `login ${username}: ${await res.text()}`).toBe(200)
  return ((await res.json()) as { accessToken: string }).accessToken
}

/** A request context that sends the account's bearer token with every call. Dispose it after use. */
export async function apiAs(request: APIRequestContext, username: string): Promise<APIRequestContext> {
  const token = await accessToken(request, username)
  return playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } })
}

/** Signs in through the login page, as a person would, and waits until the app has left it. */
export async function signIn(page: Page, username: string, path = '/login') {
  await page.goto(path)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** Where browser tests write the README's screenshots (docs/screenshots/<name>). */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))
}

export interface FreshTask {
  planId: number
  planTitle: string
  sectionId: number
  taskId: number
  taskTitle: string
}

export interface Fresh extends FreshTask {
  assignmentId: number
}

export async function post<T>(api: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await api.post(url, { data })
  expect(res.status(), `${url}: ${await res.text()}`).toBe(201)
  return (await res.json()) as T
}

/**
 * A plan (year 2099) + section + task of this run, titled "<label>工作要点 <stamp>" and
 * "<label>任务 <stamp>", so re-runs never collide with demo data or earlier runs.
 */
export async function freshTask(api: APIRequestContext, label: string, code: string): Promise<FreshTask> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const planTitle = `${label}工作要点 ${stamp}`
  const plan = await post<{ id: number }>(api, '/api/v1/plans', {
    code: `${code}-${stamp}`,
    title: planTitle,
    year: 2099,
    issuer: '端到端测试',
    documentNumber: `测试〔2099〕${stamp}号`,
    issueDate: '2099-01-01',
  })
  const section = await post<{ id: number }>(api, `/api/v1/plans/${plan.id}/sections`, { number: 1, title: '测试部分' })
  const taskTitle = `${label}任务 ${stamp}`
  const task = await post<{ id: number }>(api, '/api/v1/tasks', {
    planId: plan.id,
    sectionId: section.id,
    number: '1',
    title: taskTitle,
    content: `${taskTitle}：用于端到端测试的任务正文。`,
  })
  return { planId: plan.id, planTitle, sectionId: section.id, taskId: task.id, taskTitle }
}

/** The id of a demo unit, by its exact name. */
export async function demoUnitId(api: APIRequestContext, name: string): Promise<number> {
  const units = await (await api.get(`/api/v1/responsibility-units?q=${encodeURIComponent(name)}&size=50`)).json()
  const unit = (units.items as { id: number; name: string }[]).find((u) => u.name === name)
  expect(unit, `${name} in the demo units`).toBeTruthy()
  return unit!.id
}

/** A fresh task assigned to 西宁市 (lead, due 2099), so re-runs never meet an assignment an earlier run completed. */
export async function freshAssignment(api: APIRequestContext): Promise<Fresh> {
  const task = await freshTask(api, '进展报送测试', 'e2e-report')
  const [assignment] = await post<{ id: number }[]>(api, `/api/v1/tasks/${task.taskId}/assignments`, {
    dueDate: '2099-12-31',
    units: [{ unitId: await demoUnitId(api, '西宁市'), role: 'LEAD' }],
  })
  return { ...task, assignmentId: assignment.id }
}
