// Steady write load with a client-side ledger (scripts/chaos.sh, drill 1).
//   node write-load.mjs --base http://127.0.0.1:18190 --password … --ledger run.jsonl --run r1 [--pause 100] [--seconds 120]
// Runs until SIGTERM (or --seconds): one worker per prefecture reporter with open assignments files
// progress reports (create, then submit) for the periods 2030-Q1 onwards, and enters yearly COUNT
// figures (2030 onwards) for its unit; the supervisor approves submitted reports and issues urges.
// Every POST carries its own Idempotency-Key; a 503, a missing answer or "still being processed" is
// retried with the same key. Every answer goes to the ledger; acknowledged writes are the entries
// with `ack` (kind, id, version, state …), which check.mjs later looks up in the database.
import { Ledger, call, login, newKey, options, sleep, withRetries } from './client.mjs'

const opt = options(process.argv.slice(2), { base: '', password: '', ledger: '', run: 'chaos', pause: 100, seconds: 600 })
let stopping = false
process.on('SIGTERM', () => { stopping = true })
process.on('SIGINT', () => { stopping = true })

const ledger = new Ledger(opt.ledger)
const context = (worker) => ({ base: opt.base, ledger, worker, stopping: () => stopping })
const setup = context('setup')

const supervisorToken = await login(setup, 'supervisor', opt.password)
const get = async (path) => {
  const answer = await call(setup, 'setup', 'GET', path, { token: supervisorToken })
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`)
  return answer.json
}
const units = (await get('/api/v1/responsibility-units?type=PREFECTURE&size=200')).items
const open = (await get('/api/v1/assignments?status=IN_PROGRESS&size=200')).items
const plan = open[0].planId
const metrics = (await get(`/api/v1/metrics?planId=${plan}&size=200`)).items
  .filter((m) => m.kind === 'COUNT' && m.granularity === 'YEAR' && m.appliesTo.includes('PREFECTURE'))
const reporters = units
  .map((unit) => ({ unit, assignments: open.filter((a) => a.unitId === unit.id) }))
  .filter((r) => r.unit.code && r.assignments.length > 0)
if (reporters.length === 0 || metrics.length === 0) throw new Error('the demo data has no open prefecture assignments or COUNT metrics')

// everyone signs in before the load starts (sign-in is deliberately slow)
for (const r of reporters) r.token = await login(context(`reporter-${r.unit.code}`), `reporter-${r.unit.code}`, opt.password)
console.log(`write load running: ${reporters.length} reporters, the supervisor`)
setTimeout(() => { stopping = true }, opt.seconds * 1000).unref()

const approvals = [] // reports acknowledged as SUBMITTED, waiting for the supervisor
const ack = (answer, fields) => ledger.write({ ack: true, worker: answer.worker, t1: answer.t1, ...fields })
const periodOf = (n) => `${2030 + Math.floor(n / 4)}-Q${(n % 4) + 1}`

async function reporter({ unit, assignments, token }) {
  const ctx = context(`reporter-${unit.code}`)
  for (let round = 0; !stopping; round++) {
    const assignment = assignments[round % assignments.length]
    const period = periodOf(Math.floor(round / assignments.length))
    const text = `${opt.run} ${unit.name} ${period}：召开专题会议，细化措施，压实责任。`
    const createKey = newKey()
    const created = await withRetries(ctx, () => call(ctx, 'report.create', 'POST', '/api/v1/progress-reports', {
      token, key: createKey, extra: { assignmentId: assignment.id, period },
      body: { assignmentId: assignment.id, period, text, progress: 96, progressReason: '演练：进度按季度报送' },
    }))
    if (created.status === 201) {
      ack(created, { kind: 'report', id: created.json.id, version: created.json.version, state: 'DRAFT', assignmentId: assignment.id, period })
      const submitKey = newKey()
      const submitted = await withRetries(ctx, () => call(ctx, 'report.submit', 'POST', `/api/v1/progress-reports/${created.json.id}/submit`, {
        token, key: submitKey, ifMatch: created.etag, extra: { id: created.json.id },
      }))
      if (submitted.status === 200) {
        ack(submitted, { kind: 'report', id: submitted.json.id, version: submitted.json.version, state: submitted.json.state })
        approvals.push({ id: submitted.json.id, etag: submitted.etag })
      }
    }
    if (round % 3 === 0 && !stopping) { // a yearly figure for the unit
      const metric = metrics[(round / 3) % metrics.length]
      const year = 2030 + Math.floor(round / 3 / metrics.length)
      const path = `/api/v1/metric-values/${metric.id}/${unit.id}/${year}`
      const entered = await withRetries(ctx, () => call(ctx, 'metric-value.put', 'PUT', path, {
        token, body: { value: 10 + (round % 7), note: `${opt.run} 演练` }, extra: { metricId: metric.id, unitId: unit.id, period: String(year) },
      }))
      if (entered.status === 201 || entered.status === 200) {
        ack(entered, { kind: 'metric-value', id: entered.json.id, version: entered.json.version, metricId: metric.id, unitId: unit.id, period: String(year) })
      }
    }
    await sleep(opt.pause)
  }
}

async function supervisor() {
  const ctx = context('supervisor')
  for (let round = 0; !stopping; round++) {
    const next = approvals.shift()
    if (next && round % 2 === 0) {
      const approved = await withRetries(ctx, () => call(ctx, 'report.approve', 'POST', `/api/v1/progress-reports/${next.id}/approve`, {
        token: supervisorToken, key: newKey(), ifMatch: next.etag, body: { comment: '同意' }, extra: { id: next.id },
      }))
      if (approved.status === 200) {
        ack(approved, { kind: 'report', id: approved.json.id, version: approved.json.version, state: approved.json.state })
      }
    } else {
      if (next) approvals.unshift(next)
      const assignment = open[round % open.length]
      const message = `${opt.run} 催办 ${round}：请按时报送进展情况`
      const issued = await withRetries(ctx, () => call(ctx, 'urge.issue', 'POST', '/api/v1/urges', {
        token: supervisorToken, key: newKey(), body: { assignmentIds: [assignment.id], level: 'BLUE', message },
        extra: { assignmentId: assignment.id },
      }))
      if (issued.status === 201) {
        for (const urge of issued.json) ack(issued, { kind: 'urge', id: urge.id, version: urge.version, message })
      }
    }
    await sleep(opt.pause)
  }
}

await Promise.all([...reporters.map(reporter), supervisor()])
ledger.close()
