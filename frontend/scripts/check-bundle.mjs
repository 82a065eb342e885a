// The performance budget of the initial load: the JavaScript index.html loads before the first
// route (its entry script and every modulepreload) must stay under BUDGET_KB gzip; charts, admin
// and report pages are lazy chunks and do not count. Run after `vite build`; prints the figures.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 300)
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1])
let total = 0
const rows = scripts.map((file) => {
  const size = gzipSync(readFileSync(join(dist, file))).length
  total += size
  return [file, size]
})
rows.sort((a, b) => b[1] - a[1])
for (const [file, size] of rows.slice(0, 5)) console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`)
console.log(`initial JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`)
if (total / 1024 > BUDGET_KB) {
  console.error(`over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB: split more code into lazy routes`)
  process.exit(1)
}
