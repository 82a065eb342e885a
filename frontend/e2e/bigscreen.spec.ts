import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { DEMO_PLAN, DEMO_PLAN_CODE, apiAs, signIn } from './support'

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/big-screen.png', import.meta.url))
const HD = { width: 1920, height: 1080 }
const UHD = { width: 3840, height: 2160 }
const CHARTS = ['wall-section-chart', 'wall-ranking-chart', 'wall-heatmap-chart']

interface Dashboard {
  planTitle: string
  tasks: { total: number }
  assignments: { overdue: number; completionPercent: number }
  reports: { filed: number; due: number }
}
interface Assignment {
  unitName: string
  taskTitle: string
}

/** The demo plan, its dashboard and its earliest-due red assignments, as the API gives them to `username`. */
async function fromApi(request: APIRequestContext, username: string) {
  const api = await apiAs(request, username)
  const plans = (await (await api.get('/api/v1/plans?size=200')).json()) as { items: { id: number; code: string }[] }
  const planId = plans.items.find((p) => p.code === DEMO_PLAN_CODE)!.id
  const dashboard = (await (await api.get(`/api/v1/reports/dashboard?planId=${planId}`)).json()) as Dashboard
  const red = (await (await api.get(`/api/v1/assignments?planId=${planId}&colour=RED&sort=dueDate&size=6`)).json()) as { items: Assignment[]; total: number }
  await api.dispose()
  return { planId, dashboard, red }
}

/** What sticks out: the document's scroll sizes and every element drawn outside the viewport (1 px of rounding allowed). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const d = document.documentElement
    const outside = Array.from(document.querySelectorAll('body *'))
      .filter((e) => {
        const r = e.getBoundingClientRect()
        return r.width > 0 && r.height > 0 && (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${JSON.stringify(e.getBoundingClientRect())}`)
    return { scrolls: d.scrollWidth > d.clientWidth || d.scrollHeight > d.clientHeight, outside }
  })
}

const fontSize = (l: Locator) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))

for (const username of ['viewer', 'supervisor']) {
  test(`the ${username} opens the big screen from the dashboard; it fills 1920×1080 and 3840×2160 with the API's figures`, async ({ page, request }) => {
    const { planId, dashboard, red } = await fromApi(request, username)
    await page.setViewportSize(HD)
    await signIn(page, username)
    await page.goto(`/dashboard?planId=${planId}`)
    await page.getByRole('button', { name: '大屏展示' }).click()
    await expect(page).toHaveURL(new RegExp(`/big-screen\\?planId=${planId}$`))
    await expect(page).toHaveTitle(/督办大屏/)
    // its own layout: no application header
    await expect(page.getByRole('menubar')).toHaveCount(0)

    const textSizes: number[] = []
    for (const size of [HD, UHD]) {
      await page.setViewportSize(size)
      await expect(page.getByTestId('big-screen-plan')).toHaveText(DEMO_PLAN)
      await expect(page.getByTestId('big-screen-clock')).toContainText(/\d{2}:\d{2}:\d{2}/)
      await expect(page.getByTestId('big-screen-updated')).toContainText(/数据更新于 \d{2}:\d{2}:\d{2} · 每 60 秒自动刷新/)

      // the key figures are the dashboard API's, with the lights in words
      const kpi = (id: string) => page.getByTestId(`wall-kpi-${id}`).getByTestId('kpi-value')
      await expect(kpi('tasks')).toHaveText(String(dashboard.tasks.total))
      await expect(kpi('assignments')).toHaveText(`${Number(dashboard.assignments.completionPercent.toFixed(1))} %`)
      await expect(kpi('overdue')).toHaveText(String(dashboard.assignments.overdue))
      await expect(kpi('reports')).toHaveText(`${dashboard.reports.filed} / ${dashboard.reports.due}`)
      for (const word of ['红灯', '黄灯', '绿灯', '已通过', '未报', '达标', '未达标', '无数据']) {
        await expect(page.getByTestId('big-screen-kpis').getByText(new RegExp(`^${word} \\d+$`)).first()).toBeVisible()
      }

      // the overdue list: the API's earliest-due red assignments, each light said in words
      const rows = page.getByTestId('wall-overdue').locator('li')
      await expect(rows).toHaveCount(Math.min(6, red.total))
      await expect(rows.first()).toContainText(red.items[0].unitName)
      await expect(rows.first()).toContainText('红灯 · ')
      await expect(page.getByTestId('prefecture-tile')).toHaveCount(8)

      // every chart is drawn, at a size taken from the viewport
      for (const id of CHARTS) {
        const canvas = page.getByTestId(id).locator('canvas').first()
        await expect(canvas).toBeVisible()
        await expect
          .poll(async () => {
            const box = await canvas.boundingBox()
            return box ? Math.min(box.width, box.height) : 0
          }, { message: `${id} at ${size.width}×${size.height}` })
          .toBeGreaterThan(size.height / 5)
      }

      // nothing scrolls, nothing sticks out
      await expect.poll(() => overflow(page), { message: `${size.width}×${size.height}` }).toEqual({ scrolls: false, outside: [] })

      // body text is at least 1.1 % of the viewport's height
      const text = await fontSize(rows.first())
      expect(text).toBeGreaterThanOrEqual(size.height * 0.011)
      textSizes.push(text)

      if (size === HD && username === 'viewer') {
        await page.waitForTimeout(800) // the charts' entry animation
        await page.screenshot({ path: SCREENSHOT })
      }
    }
    expect(textSizes[1], 'text at 4K against 1080p').toBeGreaterThan(textSizes[0] * 1.5)

    // Esc goes back to the dashboard of the same plan
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(new RegExp(`/dashboard\\?planId=${planId}$`))
    await expect(page.getByRole('heading', { name: '数据看板' })).toBeVisible()
  })
}

test('the big screen refreshes on its interval, keeps its figures when a refresh fails and pauses in the background', async ({ page, request }) => {
  const { planId, dashboard } = await fromApi(request, 'viewer')
  await page.setViewportSize(HD)
  let requests = 0
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/reports/dashboard')) requests++
  })
  await signIn(page, 'viewer')
  await page.goto(`/big-screen?planId=${planId}&refresh=2`)
  const overdue = page.getByTestId('wall-kpi-overdue').getByTestId('kpi-value')
  await expect(overdue).toHaveText(String(dashboard.assignments.overdue))
  await expect(page.getByTestId('big-screen-updated')).toContainText('每 2 秒自动刷新')
  const first = requests
  expect(first).toBeGreaterThanOrEqual(1)

  // a new dashboard request after the interval, and a new time on screen
  const updated = await page.getByTestId('big-screen-updated').textContent()
  await expect.poll(() => requests, { timeout: 8_000 }).toBeGreaterThan(first)
  await expect(page.getByTestId('big-screen-updated')).not.toHaveText(updated ?? '', { timeout: 8_000 })

  // the server fails: the figures stay, a discreet note says since when they are
  await page.route('**/api/v1/reports/dashboard**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Service Unavailable', status: 503 }) }),
  )
  await expect(page.getByTestId('big-screen-error')).toContainText(/刷新失败，仍显示 \d{2}:\d{2}:\d{2} 的数据/, { timeout: 8_000 })
  await expect(overdue).toHaveText(String(dashboard.assignments.overdue))
  await expect(page.getByTestId('wall-section-chart').locator('canvas').first()).toBeVisible()

  // back again: the note goes
  await page.unroute('**/api/v1/reports/dashboard**')
  await expect(page.getByTestId('big-screen-error')).toHaveCount(0, { timeout: 8_000 })

  // a hidden tab makes no requests; shown again, it refreshes at once
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(page.getByTestId('big-screen-updated')).toContainText('自动刷新已暂停')
  await page.waitForTimeout(500) // a refresh already on its way may still land
  const hidden = requests
  await page.waitForTimeout(4_500)
  expect(requests, 'requests while hidden').toBe(hidden)
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(() => requests, { timeout: 3_000 }).toBeGreaterThan(hidden)
})

test('the big screen is deep-linkable, goes full screen and back, and its exit button returns to the dashboard', async ({ page, request }) => {
  const { planId } = await fromApi(request, 'supervisor')
  await page.setViewportSize(HD)
  await signIn(page, 'supervisor')
  await page.goto(`/big-screen?planId=${planId}`)
  await expect(page.getByTestId('big-screen-plan')).toHaveText(DEMO_PLAN)

  await page.getByRole('button', { name: '全屏' }).click()
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
  await page.getByRole('button', { name: '退出全屏' }).click()
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false)
  await expect(page.getByRole('button', { name: '全屏' })).toBeVisible()

  await page.getByRole('button', { name: '返回看板' }).click()
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?planId=${planId}$`))
})

test('signed out, the big screen asks to sign in and then opens as linked', async ({ page }) => {
  await signIn(page, 'viewer', '/big-screen?refresh=30')
  await expect(page).toHaveURL(/\/big-screen\?refresh=30$/)
  await expect(page.getByTestId('big-screen-updated')).toContainText('每 30 秒自动刷新')
})
