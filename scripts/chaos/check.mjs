// Compares a drill's ledger with the database and prints the figures (scripts/chaos.sh).
//   node check.mjs restart --ledger l.jsonl --run r1 --stopped <ms> --ready <ms> --acquisition 5000
//   node check.mjs pool --ledger p.jsonl --run r1 --pool 5 --acquisition 2000
// The database is read with psql ($PSQL, connection from PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE).
// Exits 1 when a check fails.
import { execFileSync } from 'node:child_process'
import { options, readLedger } from './client.mjs'

const [drill, ...rest] = process.argv.slice(2)
const opt = options(rest, { ledger: '', run: '', stopped: 0, ready: 0, acquisition: 5000, pool: 5 })
const ledger = readLedger(opt.ledger)
const answers = ledger.filter((e) => !e.ack && e.op !== 'setup' && e.op !== 'login')
const acks = ledger.filter((e) => e.ack)
const failures = []
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}
const literal = (text) => `'${text.replace(/'/g, "''")}'`
const sql = (query) => {
  const out = execFileSync(process.env.PSQL || 'psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-c', query], { encoding: 'utf8' })
  return JSON.parse(out.trim() || 'null') ?? []
}
const byStatus = (list) => {
  const counts = {}
  for (const e of list) {
    const name = e.status === 0 ? `no answer (${e.error})` : `${e.status} ${e.ctype}${e.problem ? ` ${e.problem}` : ''}`
    counts[name] = (counts[name] || 0) + 1
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} × ${k}`).join(', ') || 'none'
}
const ok2xx = (e) => e.status >= 200 && e.status < 300
const unavailable = (e) => e.status === 503 && e.ctype === 'application/problem+json' && e.problem === 'database-unavailable'
const max = (list) => list.reduce((m, v) => Math.max(m, v), 0)
const rank = { DRAFT: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 2 }

/** Every acknowledged write of this run is in the database, in its acknowledged state or a later one. */
function ledgerAgainstDatabase() {
  const pattern = literal(`${opt.run} %`)
  const reports = sql(`select coalesce(json_agg(json_build_object('id', r.id, 'state', r.state, 'version', r.version,
      'assignmentId', r.assignment_id, 'period', r.period, 'submitted', r.submitted_at is not null and r.first_submitted_at is not null,
      'reviewed', r.reviewed_at is not null and r.reviewed_by is not null,
      'audit', (select coalesce(json_agg(a.action order by a.id), '[]') from audit_event a where a.entity_type = 'progress-report' and a.entity_id = r.id),
      'events', (select coalesce(json_agg(e.type order by e.id), '[]') from domain_event e where e.entity_type = 'progress-report' and e.entity_id = r.id))), '[]')
    from progress_report r where r.text like ${pattern}`)
  const urges = sql(`select coalesce(json_agg(json_build_object('id', u.id, 'message', u.message,
      'audit', (select count(*) from audit_event a where a.entity_type = 'urge' and a.entity_id = u.id and a.action = 'CREATE'),
      'events', (select count(*) from domain_event e where e.entity_type = 'urge' and e.entity_id = u.id))), '[]')
    from urge_notice u where u.message like ${pattern}`)
  const values = sql(`select coalesce(json_agg(json_build_object('id', v.id, 'version', v.version,
      'audit', (select count(*) from audit_event a where a.entity_type = 'metric-value' and a.entity_id = v.id))), '[]')
    from metric_value v where v.note like ${pattern}`)
  const broken = sql(`select coalesce(json_agg(id), '[]') from progress_report where
      (state <> 'DRAFT' and (submitted_at is null or first_submitted_at is null)) or (state = 'DRAFT' and submitted_at is not null)
      or (state in ('APPROVED', 'RETURNED') and (reviewed_at is null or reviewed_by is null))`)
  const inFlight = sql(`select coalesce(json_agg(key), '[]') from idempotency_record where state = 'IN_FLIGHT'`)

  const found = { report: new Map(reports.map((r) => [r.id, r])), urge: new Map(urges.map((u) => [u.id, u])),
    'metric-value': new Map(values.map((v) => [v.id, v])) }
  const missing = acks.filter((a) => {
    const row = found[a.kind].get(a.id)
    if (!row) return true
    if (a.kind === 'report') return rank[row.state] < rank[a.state] || row.version < a.version
    return a.kind === 'metric-value' && row.version < a.version
  })
  const ackedIds = (kind) => new Set(acks.filter((a) => a.kind === kind).map((a) => a.id))
  const counts = (kind) => `${ackedIds(kind).size} ${kind}s`
  console.log(`  acknowledged writes: ${acks.length} (${counts('report')}, ${counts('urge')}, ${counts('metric-value')}); in the database: ${acks.length - missing.length}`)
  check(missing.length === 0, `every acknowledged write is in the database (${((acks.length - missing.length) * 100 / Math.max(1, acks.length)).toFixed(1)} %)${missing.length ? `: missing ${JSON.stringify(missing.slice(0, 5))}` : ''}`)

  // half-written: a report's state, timestamps, audit rows and events agree
  const expected = { DRAFT: [['CREATE'], []], SUBMITTED: [['CREATE', 'SUBMIT'], ['progress-report.submitted']],
    APPROVED: [['CREATE', 'SUBMIT', 'APPROVE'], ['progress-report.submitted', 'progress-report.approved']] }
  const attempted = new Set(answers.filter((e) => e.op === 'report.create').map((e) => `${e.assignmentId} ${e.period}`))
  const half = reports.filter((r) => {
    const [audit, events] = expected[r.state] || [[], []]
    return JSON.stringify(r.audit) !== JSON.stringify(audit) || JSON.stringify(r.events) !== JSON.stringify(events)
      || r.version !== audit.length - 1 || (r.state !== 'DRAFT') !== r.submitted || (r.state === 'APPROVED') !== r.reviewed
      || !attempted.has(`${r.assignmentId} ${r.period}`)
  })
  const unacked = reports.filter((r) => !ackedIds('report').has(r.id)).length
  console.log(`  reports of this run in the database: ${reports.length} (${unacked} never acknowledged: their answer was lost), all ${sql('select count(*) from progress_report')} reports checked for their state's timestamps`)
  check(half.length === 0 && broken.length === 0, `no half-written report (state ⇔ submitted/reviewed timestamps, audit rows, events, version)${half.length || broken.length ? `: ${JSON.stringify([...half.slice(0, 3), ...broken.slice(0, 3)])}` : ''}`)
  const urgeAttempts = new Set(answers.filter((e) => e.op === 'urge.issue').map((e) => e.key))
  const messages = new Map()
  for (const u of urges) messages.set(u.message, (messages.get(u.message) || 0) + 1)
  const uncertain = answers.filter((e) => e.status === 503 && /may or may not/.test(e.detail || '')).length
  const duplicated = [...messages.values()].filter((n) => n > 1).length
  check(urges.every((u) => u.audit === 1 && u.events === 1) && values.every((v) => v.audit >= 1),
    `every urge and figure of this run has its audit row (and event)`)
  check(duplicated <= uncertain, `no write applied twice by a retry (${duplicated} duplicated urges; ${uncertain} answers said the outcome was uncertain; ${urgeAttempts.size} urge keys)`)
  check(inFlight.length === 0, `no Idempotency-Key left claimed (IN_FLIGHT) after the drill${inFlight.length ? `: ${inFlight.length}` : ''}`)
}

if (drill === 'restart') {
  const { stopped, ready } = opt
  const during = answers.filter((e) => e.t0 <= ready && e.t1 >= stopped)
  const after = answers.filter((e) => e.t1 >= ready && ok2xx(e))
  const firstAfter = after.length ? Math.min(...after.map((e) => e.t1)) - ready : Infinity
  const writes = answers.filter(ok2xx)
  console.log(`drill 1: PostgreSQL restarted in immediate mode under a steady write load`)
  console.log(`  load: ${answers.length} requests, ${writes.length} answered 2xx; database down ${((ready - stopped) / 1000).toFixed(1)} s (stop to pg_isready)`)
  console.log(`  requests during the outage: ${during.length}: ${byStatus(during)}`)
  check(during.filter((e) => !ok2xx(e)).every(unavailable), 'every failed request during the outage is 503 problem+json (database-unavailable)')
  check(answers.every((e) => e.status !== 500 && e.status !== 0), `no 500 and no request without an answer in the whole run (${answers.filter((e) => e.status === 500).length} × 500, ${answers.filter((e) => e.status === 0).length} without answer)`)
  const slowest = max(during.map((e) => e.ms))
  check(slowest <= opt.acquisition + 1000, `slowest answer during the outage ${slowest} ms ≤ acquisition timeout + 1 s (${opt.acquisition + 1000} ms)`)
  check(firstAfter <= 10000, `first successful write ${Number.isFinite(firstAfter) ? `${(firstAfter / 1000).toFixed(2)} s` : 'never'} after the database was ready (≤ 10 s)`)
  const others = answers.filter((e) => !ok2xx(e) && !during.includes(e))
  console.log(`  failed requests outside the outage: ${byStatus(others)}`)
  check(others.every((e) => e.status === 503 || e.status === 409), 'outside the outage only 503 (recovering) or 409 (a retried write whose first answer was lost)')
  ledgerAgainstDatabase()
} else if (drill === 'pool') {
  const burst = answers.filter((e) => e.op === 'pool.burst')
  const follow = answers.filter((e) => e.op === 'pool.after')
  const excess = burst.filter((e) => !ok2xx(e))
  console.log(`drill 2: pool exhaustion (pool ${opt.pool}, acquisition timeout ${opt.acquisition} ms), ${burst.length} concurrent requests behind a row lock`)
  console.log(`  burst: ${byStatus(burst)}`)
  console.log(`  the ${burst.length - excess.length} that got a connection answered after ${max(burst.filter(ok2xx).map((e) => e.ms))} ms (the lock's hold)`)
  check(excess.length >= burst.length - opt.pool, `at least the excess (${burst.length - opt.pool}) got no connection: ${excess.length}`)
  check(excess.every(unavailable), 'every refused request is 503 problem+json (database-unavailable) with Retry-After')
  check(excess.every((e) => e.retryAfter), 'every 503 says Retry-After')
  const slowest = max(excess.map((e) => e.ms))
  check(slowest <= opt.acquisition + 1000, `slowest 503 ${slowest} ms ≤ acquisition timeout + 1 s (${opt.acquisition + 1000} ms)`)
  check(burst.filter(ok2xx).every((e) => e.status === 201), 'the blocked requests completed (201) once the lock was released')
  console.log(`  afterwards: ${byStatus(follow)}`)
  check(follow.length > 0 && follow.every((e) => e.status === 201), 'errors back to 0: every request after the release is 201')
  ledgerAgainstDatabase()
  const refusedMessages = excess.map((e) => e.message)
  const written = sql(`select coalesce(json_agg(message), '[]') from urge_notice where message in (${refusedMessages.map(literal).join(',') || "''"})`)
  check(written.length === 0, `nothing of a refused request was written (${written.length} urges of 503 answers in the database)`)
} else {
  throw new Error('usage: check.mjs restart|pool …')
}
if (failures.length) {
  console.log(`  ${failures.length} check(s) failed`)
  process.exit(1)
}
