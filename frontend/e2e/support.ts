import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'

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
