// Write load through the proxy for the kill test: workers issue urge notices (催办), one assignment each,
// every request with its own Idempotency-Key, for --seconds. Every acknowledged write (2xx) goes into the
// ledger (JSON lines: key, urge id, time), so that the database can be checked for each one afterwards;
// failures are counted by status or network error, with the time they happened.
//   node scripts/scale/write-load.mjs --url http://127.0.0.1:18088 --password … --seconds 10 --ledger .data/ledger.jsonl
import { randomUUID } from 'node:crypto'
import { writeFileSync, appendFileSync } from 'node:fs'
import { parseArgs, call, expect, login, run } from './common.mjs'

run(async () => {
  const { url, password, seconds = '10', workers = '6', ledger, tag = 'scale-load' } = parseArgs()
  if (!ledger) throw new Error('--ledger FILE is required')
  writeFileSync(ledger, '')
  const token = (await login(url, 'supervisor', password)).accessToken
  const open = (await expect(200, url, 'GET', '/api/v1/assignments?status=IN_PROGRESS&size=200', { token })).body.items.map((a) => a.id)
  if (open.length === 0) throw new Error('no open assignment to urge')

  const started = Date.now()
  const deadline = started + Number(seconds) * 1000
  let acked = 0
  const failures = new Map() // "502" or "ECONNREFUSED" -> [seconds since start]
  const fail = (what) => failures.set(what, [...(failures.get(what) || []), ((Date.now() - started) / 1000).toFixed(1)])
  const latencies = []

  await Promise.all(
    Array.from({ length: Number(workers) }, async (_, w) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const key = `${tag}-${randomUUID()}`
        const assignmentId = open[(w * 7919 + i) % open.length]
        const t0 = Date.now()
        try {
          const res = await call(url, 'POST', '/api/v1/urges', {
            token,
            timeoutMs: 15_000,
            headers: { 'Idempotency-Key': key },
            body: { assignmentIds: [assignmentId], level: 'BLUE', message: `扩容测试：写入负载 ${key}` },
          })
          if (res.status >= 200 && res.status < 300) {
            acked++
            latencies.push(Date.now() - t0)
            appendFileSync(ledger, JSON.stringify({ key, urgeId: res.body[0].id, assignmentId, at: Date.now() - started }) + '\n')
          } else {
            fail(String(res.status))
          }
        } catch (e) {
          fail(e.cause?.code || e.name || 'error')
          await new Promise((r) => setTimeout(r, 100))
        }
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  const failed = [...failures].map(([what, at]) => `${what} x${at.length} (at ${[...new Set(at)].join(', ')} s)`)
  console.log(
    `write load: ${acked} acknowledged in ${seconds} s with ${workers} workers (p50 ${p(0.5)} ms, p99 ${p(0.99)} ms), ` +
      `${[...failures.values()].reduce((s, a) => s + a.length, 0)} failed${failed.length ? ': ' + failed.join('; ') : ''}`,
  )
  // only a gateway error or a broken connection may fail when an instance dies
  const unexpected = [...failures.keys()].filter((what) => /^\d+$/.test(what) && !['502', '503', '504'].includes(what))
  if (unexpected.length) throw new Error(`failures other than 502/503/504 or a connection error: ${unexpected.join(', ')}`)
  if (acked === 0) throw new Error('no write was acknowledged')
})
