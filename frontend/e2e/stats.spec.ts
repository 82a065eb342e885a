import { expect, test, type Locator } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { DEMO_PLAN_CODE, apiAs, signIn } from './support'

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/dashboard.png', import.meta.url))
/** The red of the section chart's 红灯 segments (Element Plus' danger colour, stats.COLOUR_HEX.RED). */
const RED: [number, number, number] = [0xf5, 0x6c, 0x6c]

interface SectionCounts {
  sectionId: number
  number: number
  red: number
}

/**
 * Where the n-th red segment of a stacked bar chart is, in the chart element's own pixels. ECharts
 * draws on a canvas, so its pixels are read: every horizontal run of the red, below the legend (whose
 * red swatch is the topmost run), is one red segment; with the sections drawn top to bottom, the
 * n-th run is the n-th section that has red assignments. Independent of sizes, fonts and layout.
 */
function findRedSegment(chart: Locator, n: number): Promise<{ x: number; y: number } | null> {
  return chart.evaluate(
    (el, { n, rgb }) => {
      const canvas = el.querySelector('canvas')
      const ctx = canvas?.getContext('2d')
      if (!canvas || !ctx) return null
      const scale = canvas.width / canvas.clientWidth
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      const red = (x: number, y: number) => {
        const i = (y * canvas.width + x) * 4
        return Math.abs(data[i] - rgb[0]) <= 6 && Math.abs(data[i + 1] - rgb[1]) <= 6 && Math.abs(data[i + 2] - rgb[2]) <= 6
      }
      const runs: { top: number; bottom: number; left: number; right: number }[] = []
      let open: (typeof runs)[number] | null = null
      for (let y = 0; y < canvas.height; y++) {
        let left = -1
        let right = -1
        for (let x = 0; x < canvas.width; x++) {
          if (!red(x, y)) continue
          if (left < 0) left = x
          right = x
        }
        if (left >= 0 && right - left >= 2) {
          if (open) {
            open.bottom = y
            open.left = Math.min(open.left, left)
            open.right = Math.max(open.right, right)
          } else {
            open = { top: y, bottom: y, left, right }
            runs.push(open)
          }
        } else open = null
      }
      // the first run is the legend's swatch, drawn above the grid
      const segment = runs.slice(1)[n]
      if (!segment) return null
      return { x: (segment.left + segment.right) / 2 / scale, y: (segment.top + segment.bottom) / 2 / scale }
    },
    { n, rgb: RED },
  )
}

// the size of the screenshot in docs/
test.use({ viewport: { width: 1440, height: 900 } })

test('a supervisor reads the dashboard, clicks a red segment through to its assignments and exports them', async ({ page, request }) => {
  const api = await apiAs(request, 'supervisor')
  const plans = (await (await api.get('/api/v1/plans?size=200')).json()) as { items: { id: number; code: string }[] }
  const planId = plans.items.find((p) => p.code === DEMO_PLAN_CODE)!.id

  await signIn(page, 'supervisor')
  // the supervisor's home is the workbench; the dashboard is a menu entry
  await expect(page).toHaveURL(/\/workbench$/)
  await page.goto(`/dashboard?planId=${planId}`)
  await expect(page.getByRole('heading', { name: '数据看板' })).toBeVisible()
  await expect(page.getByTestId('dashboard-scope')).toContainText('全省')

  // KPI cards say every colour and status in words, not by colour alone
  const kpis = page.getByTestId('kpis')
  for (const word of ['红灯', '黄灯', '绿灯', '已通过', '被退回', '未报', '达标', '未达标', '无数据']) await expect(kpis.getByText(new RegExp(`^${word} \\d+$`)).first()).toBeVisible()
  const chart = page.getByTestId('section-chart')
  await expect(chart.locator('canvas').first()).toBeVisible()
  for (const id of ['ranking-chart', 'trend-chart', 'heatmap-chart']) await expect(page.getByTestId(id).locator('canvas').first()).toBeVisible()
  await expect(page.getByTestId('prefecture-tile')).toHaveCount(8)

  // what the chart shows: section 3 when it has red assignments, else the first section that has
  const dashboard = (await (await api.get(`/api/v1/reports/dashboard?planId=${planId}`)).json()) as { sections: SectionCounts[] }
  await api.dispose()
  const withRed = dashboard.sections.filter((s) => s.red > 0)
  expect(withRed.length, 'sections with red assignments in the demo data').toBeGreaterThan(0)
  const target = withRed.find((s) => s.number === 3) ?? withRed[0]

  // ECharts animates the bars in: wait until the last red segment is drawn, then take the picture
  await expect.poll(() => findRedSegment(chart, withRed.length - 1)).not.toBeNull()
  await page.waitForTimeout(500)
  await page.screenshot({ path: SCREENSHOT })

  const segment = await findRedSegment(chart, withRed.indexOf(target))
  expect(segment, `the red segment of section ${target.number}`).not.toBeNull()
  await chart.click({ position: segment! })

  await expect(page).toHaveURL(new RegExp(`/assignments\\?planId=${planId}&sectionId=${target.sectionId}&colour=RED$`))
  await expect(page.getByRole('heading', { name: '任务清单' })).toBeVisible()
  await expect(page.getByTestId('filter-colour')).toContainText('红灯')
  const lights = page.getByTestId('assignment-table').getByTestId('traffic-light')
  await expect(lights).toHaveCount(Math.min(target.red, 20))
  for (const light of await lights.all()) {
    await expect(light).toHaveAttribute('data-colour', 'RED')
    await expect(light).toContainText('红灯')
  }
  await expect(page.getByTestId('assignment-total')).toHaveText(`共 ${target.red} 项任务分解`)

  // the filtered list exports as XLSX, downloaded with the person's token under its Chinese name
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  expect(download.suggestedFilename()).toMatch(/[\u4e00-\u9fff]/)
  await expect(page.getByText(`已下载：${download.suggestedFilename()}`)).toBeVisible()

  // a prefecture tile lists the prefecture's assignments, its counties' included
  await page.goBack()
  await expect(page).toHaveURL(/\/dashboard/)
  await page.getByTestId('prefecture-tile').filter({ hasText: '海东市' }).click()
  await expect(page).toHaveURL(/\/assignments\?planId=\d+&withinUnitId=\d+$/)
  await expect(page.getByTestId('assignment-table').getByTestId('assignment-unit').first()).toContainText('海东市')
})

test('the reports page ranks the prefectures and exports the scorecard', async ({ page }) => {
  await signIn(page, 'viewer')
  await page.getByRole('menuitem', { name: '统计报表' }).hover()
  await page.getByRole('menuitem', { name: '报表中心' }).click()
  await expect(page).toHaveURL(/\/reports$/)
  await expect(page.getByTestId('scorecard-weights')).toContainText('按期完成率')
  const rows = page.getByTestId('scorecard-table').locator('tbody tr')
  await expect(rows).toHaveCount(8)
  await expect(rows.first()).toContainText('1')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
  expect(download.suggestedFilename()).toBe('2024年市州综合评分排名.xlsx')
})
