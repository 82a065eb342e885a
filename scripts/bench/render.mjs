// The first dashboard render in headless Chromium, against a running backend that serves the built SPA:
//   node scripts/bench/render.mjs --url http://127.0.0.1:PORT --username NAME --password SECRET
//     [--runs 7] [--path /dashboard] [--budget 1500] [--label province] [--out render.json] [--waterfall true]
// Signs in through the API once, then loads the page `runs` times, each in a new browser context (empty
// cache, as a first visit), and times navigation start → the SPA's mark 'duban:dashboard-rendered' (set by
// DashboardView once the figures have arrived and ECharts has finished drawing every chart). The first load
// is a warm-up and not counted. Prints median, p95 and max against the budget and exits 1 when the median is
// over it. Chromium: CHROMIUM_PATH or /usr/bin/chromium; Playwright from frontend/node_modules.
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { login, parseArgs, run } from '../scale/common.mjs'

const MARK = 'duban:dashboard-rendered'
/** The SPA keeps its tokens under this localStorage key (frontend/src/stores/session.ts). */
const SESSION_KEY = 'duban.session'
const VIEWPORT = { width: 1440, height: 900 }

const args = parseArgs()
const base = (args.url ?? '').replace(/\/$/, '')
const runs = Number(args.runs ?? 7)
const budget = Number(args.budget ?? 1500)
const path = args.path ?? '/dashboard'
if (!base || !args.username || !args.password || !(runs >= 2)) {
  console.error('usage: node scripts/bench/render.mjs --url http://127.0.0.1:PORT --username NAME --password SECRET [--runs 7 (at least 2)] [--path /dashboard] [--budget 1500] [--label SCALE] [--out FILE.json] [--waterfall true]')
  process.exit(2)
}

const playwright = fileURLToPath(new URL('../../frontend/node_modules/@playwright/test/index.mjs', import.meta.url))
const { chromium } = await import(pathToFileURL(playwright).href)

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const round = (v) => Math.round(v)

/** One cold load: the mark's time from navigation start, and where the time went. */
async function load(browser, storageState) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', storageState })
  try {
    const page = await context.newPage()
    await page.goto(base + path, { waitUntil: 'commit' })
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000, polling: 50 }).catch(() => {
      throw new Error(`${path} never set the mark ${MARK} within 60 s: an SPA build without it, or the dashboard failed to load (${page.url()})`)
    })
    return await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0]
      const resources = performance.getEntriesByType('resource').map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: Math.round(r.startTime),
        end: Math.round(r.responseEnd),
        kB: Math.round((r.encodedBodySize || r.transferSize) / 1024),
      }))
      return {
        ms: performance.getEntriesByName(mark)[0].startTime,
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
        api: resources.filter((r) => r.name.startsWith('/api/')),
        scripts: resources.filter((r) => /\.(js|css)$/.test(r.name)),
      }
    }, MARK)
  } finally {
    await context.close()
  }
}

run(async () => {
  const tokens = await login(base, args.username, args.password)
  const storageState = {
    cookies: [],
    origins: [{ origin: new URL(base).origin, localStorage: [{ name: SESSION_KEY, value: JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }) }] }],
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true })
  const loads = []
  try {
    for (let i = 0; i < runs; i++) {
      const l = await load(browser, storageState)
      loads.push(l)
      const api = l.api.map((r) => `${r.name.split('?')[0].replace('/api/v1', '')} ${r.start}–${r.end}`).join(', ')
      console.log(`  load ${i + 1}${i === 0 ? ' (warm-up)' : ''}: ${round(l.ms)} ms (DOMContentLoaded ${l.domContentLoaded} ms; API ${api})`)
      if (args.waterfall === 'true') for (const r of l.scripts) console.log(`      ${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${String(r.kB).padStart(4)} kB ${r.name}`)
    }
  } finally {
    await browser.close()
  }
  const counted = loads.slice(1).map((l) => l.ms).sort((a, b) => a - b)
  const median = counted.length % 2 ? counted[(counted.length - 1) / 2] : (counted[counted.length / 2 - 1] + counted[counted.length / 2]) / 2
  const result = {
    label: args.label ?? null,
    path,
    viewport: VIEWPORT,
    mark: MARK,
    runs: counted.length,
    warmup_ms: round(loads[0].ms),
    samples_ms: loads.slice(1).map((l) => round(l.ms)),
    median_ms: round(median),
    p95_ms: round(percentile(counted, 95)),
    max_ms: round(counted[counted.length - 1]),
    budget_ms: budget,
    within_budget: median <= budget,
  }
  if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n')
  const scale = result.label ? `${result.label} scale, ` : ''
  console.log(
    `first dashboard render (${scale}headless Chromium, ${counted.length} cold loads after a warm-up): ` +
      `median ${result.median_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms — budget ${budget} ms ${result.within_budget ? '✓' : '✗'}`,
  )
  if (!result.within_budget) throw new Error(`the median first dashboard render is over the budget of ${budget} ms`)
})
