import AxeBuilder from '@axe-core/playwright'
import { fileURLToPath } from 'node:url'
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'

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

// ——— accessibility ———

/** WCAG 2.1 A and AA, the level issue 11 asks for. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Third-party defects that cannot be fixed from our side, each with its reason. Everything else axe
 * finds is fixed in the app; no rule is switched off. Empty while nothing qualifies.
 */
export const A11Y_KNOWN_DEFECTS: readonly { selector: string; reason: string }[] = []

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const

/** Where an element axe names sits: its nearest ancestor with a test id, so generated ids mean something. */
async function near(page: Page, selector: string): Promise<string> {
  const id = await page
    .evaluate((sel) => document.querySelector(sel)?.closest('[data-testid]')?.getAttribute('data-testid') ?? null, selector)
    .catch(() => null)
  return id ? ` (in [data-testid=${id}])` : ''
}

/**
 * Runs axe-core on the page as it is now, prints one line with the violations by impact, and fails
 * on any serious or critical one with a list a person can act on (rule, impact, elements, help).
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  // judge the page as it rests: a tag or dialog still fading in has a lower contrast for a few frames
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' })
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS)
  for (const d of A11Y_KNOWN_DEFECTS) builder = builder.exclude(d.selector)
  const { violations } = await builder.analyze()
  const counts = IMPACTS.map((impact) => {
    const hit = violations.filter((v) => v.impact === impact)
    return `${impact} ${hit.length} (${hit.reduce((n, v) => n + v.nodes.length, 0)} elements)`
  })
  console.log(`axe ${label}: ${counts.join(', ')}${violations.length ? ` [${violations.map((v) => v.id).join(' ')}]` : ''}`)
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const lines: string[] = []
  for (const v of serious) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help}`)
    for (const n of v.nodes) lines.push(`    ${n.target.join(' ')}${await near(page, n.target.join(' '))}  ${n.html.slice(0, 140)}`)
  }
  const report = lines.join('\n')
  expect(serious.length, `${label}: serious or critical accessibility violations\n${report}\n`).toBe(0)
}

// ——— data of one run ———

/** POSTs as the given context and returns the created resource (the status must be 201). */
export async function post<T>(api: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await api.post(url, { data })
  expect(res.status(), `${url}: ${await res.text()}`).toBe(201)
  return (await res.json()) as T
}

/** The id of a demo responsibility unit, by its exact name. */
export async function unitId(api: APIRequestContext, name: string): Promise<number> {
  const units = await (await api.get(`/api/v1/responsibility-units?q=${encodeURIComponent(name)}&size=50`)).json()
  const unit = (units.items as { id: number; name: string }[]).find((u) => u.name === name)
  expect(unit, `${name} in the demo units`).toBeTruthy()
  return unit!.id
}

/**
 * A plan + section + task of this run (created by `api`, a supervisor), assigned to the named units
 * (none: not assigned) with their roles, due 2099: no earlier run has reported on them. `slug` goes into the plan code
 * (letters, digits, '-'), `label` into the titles. `assignments` maps each unit's name to its
 * assignment id.
 */
export async function freshTask(api: APIRequestContext, slug: string, label: string, units: { unit: string; role: 'LEAD' | 'CO' }[]) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const plan = await post<{ id: number }>(api, '/api/v1/plans', {
    code: `e2e-${slug}-${stamp}`,
    title: `${label}测试工作要点 ${stamp}`,
    year: 2099,
    issuer: '端到端测试',
    documentNumber: `测试〔2099〕${label}${stamp}号`,
    issueDate: '2099-01-01',
  })
  const section = await post<{ id: number }>(api, `/api/v1/plans/${plan.id}/sections`, { number: 1, title: '测试部分' })
  const taskTitle = `${label}测试任务 ${stamp}`
  const task = await post<{ id: number }>(api, '/api/v1/tasks', {
    planId: plan.id,
    sectionId: section.id,
    number: '1',
    title: taskTitle,
    content: `${taskTitle}：用于端到端测试的任务正文。`,
  })
  const ids = await Promise.all(units.map((u) => unitId(api, u.unit)))
  const created = units.length
    ? await post<{ id: number; unitId: number }[]>(api, `/api/v1/tasks/${task.id}/assignments`, {
        dueDate: '2099-12-31',
        units: units.map((u, i) => ({ unitId: ids[i], role: u.role })),
      })
    : []
  const assignments = Object.fromEntries(units.map((u, i) => [u.unit, created.find((a) => a.unitId === ids[i])!.id]))
  return { planId: plan.id, sectionId: section.id, taskId: task.id, taskTitle, assignments }
}

/** A fresh task (see freshTask) with one assignment, to the named unit as LEAD. */
export async function freshAssignment(api: APIRequestContext, slug: string, label: string, unit = '西宁市') {
  const task = await freshTask(api, slug, label, [{ unit, role: 'LEAD' }])
  return { planId: task.planId, taskId: task.taskId, taskTitle: task.taskTitle, assignmentId: task.assignments[unit] }
}

/** A page of its own browser context (Chinese, or the given options), signed in as the account. */
export async function signedInPage(browser: Browser, username: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options })
  const page = await context.newPage()
  await signIn(page, username)
  return page
}

/** Where browser tests write the README's screenshots (docs/screenshots/<name>). */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))
}
