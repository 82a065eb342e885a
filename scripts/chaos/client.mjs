// The HTTP side of the database-fault drills (scripts/chaos.sh): a client that records every answer
// in a ledger (one JSON object a line), sign-in, and small helpers. Node 20, no dependencies.
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'

export const now = () => performance.timeOrigin + performance.now() // epoch ms with fractions
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Appends JSON lines to a file, synchronously, so that a killed client leaves a complete ledger. */
export class Ledger {
  constructor(file) {
    this.fd = fs.openSync(file, 'a')
  }
  write(entry) {
    fs.writeSync(this.fd, JSON.stringify(entry) + '\n')
  }
  close() {
    fs.closeSync(this.fd)
  }
}

export function readLedger(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

/** Parses `--name value` pairs; every option named in `defaults` may be given. */
export function options(argv, defaults) {
  const result = { ...defaults }
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '')
    if (!(name in defaults) || i + 1 >= argv.length) throw new Error(`unknown or incomplete option ${argv[i]}`)
    result[name] = typeof defaults[name] === 'number' ? Number(argv[i + 1]) : argv[i + 1]
  }
  return result
}

/**
 * One HTTP exchange, recorded in the ledger whatever happens: status (0 when no answer came: reset or
 * the client's own timeout), content type, Retry-After, problem type, elapsed ms. Returns the entry
 * with the parsed body (not logged) as `json`.
 */
export async function call(ctx, op, method, path, { body, token, key, ifMatch, timeoutMs = 30000, extra = {} } = {}) {
  const headers = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `Bearer ${token}`
  if (key) headers['Idempotency-Key'] = key
  if (ifMatch) headers['If-Match'] = ifMatch
  const t0 = now()
  const entry = { op, method, path, key, worker: ctx.worker, t0: Math.round(t0), ...extra }
  let json
  try {
    const res = await fetch(ctx.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await res.text()
    entry.status = res.status
    entry.ctype = (res.headers.get('content-type') || '').split(';')[0]
    entry.etag = res.headers.get('etag') || undefined
    entry.retryAfter = res.headers.get('retry-after') || undefined
    entry.replayed = res.headers.get('idempotent-replayed') === 'true' || undefined
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      entry.body = text.slice(0, 200)
    }
    if (json && entry.ctype === 'application/problem+json') {
      entry.problem = String(json.type || '').replace(/^.*\//, '')
      entry.detail = String(json.detail || '').slice(0, 160)
    }
  } catch (e) {
    entry.status = 0
    entry.error = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(e.cause?.code || e.message)
  }
  const t1 = now()
  entry.t1 = Math.round(t1)
  entry.ms = Math.round(t1 - t0)
  ctx.ledger.write(entry)
  return { ...entry, json }
}

/**
 * Sends the same request (same Idempotency-Key) again while the answer says "try again": 503, no
 * answer at all, or 409 for a key whose first request is still in flight. Waits `pauseMs` between
 * attempts (shorter than Retry-After, so that the first write after recovery is seen promptly) and
 * gives up after `giveUpMs` or when the drill stops.
 */
export async function withRetries(ctx, attempt, { pauseMs = 300, giveUpMs = 60000 } = {}) {
  const started = now()
  for (let n = 1; ; n++) {
    const answer = await attempt(n)
    const again = answer.status === 503 || answer.status === 0
      || (answer.status === 409 && /still being processed/.test(answer.detail || ''))
    if (!again || ctx.stopping() || now() - started > giveUpMs) return answer
    await sleep(pauseMs + Math.random() * pauseMs)
  }
}

export async function login(ctx, username, password) {
  const answer = await call(ctx, 'login', 'POST', '/api/v1/auth/login', { body: { username, password } })
  if (answer.status !== 200) throw new Error(`sign-in of ${username} failed: ${answer.status} ${answer.detail || answer.error || ''}`)
  return answer.json.accessToken
}

export const newKey = () => randomUUID()
