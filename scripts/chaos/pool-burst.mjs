// Pool exhaustion (scripts/chaos.sh, drill 2).
//   node pool-burst.mjs --base … --password … --ledger p.jsonl --run r1 --pool 5 --hold 12
// Holds a row lock on one open assignment from psql (SELECT … FOR UPDATE, as a long maintenance
// transaction would) for --hold seconds, and meanwhile sends 4 × pool urges for that assignment at
// once: inserting an urge needs a key-share lock on the assignment row, so the first ones wait with a
// connection each until the pool is empty, and the rest must be refused with 503 within the
// acquisition timeout. Before, three waves of 4 × pool urges warm the service up (a pool runs dry on a
// running service, not a cold one); after the lock is released, 4 × pool more go out, pool-size at a time.
import { spawn, execFileSync } from 'node:child_process'
import { Ledger, call, login, newKey, now, options, sleep } from './client.mjs'

const opt = options(process.argv.slice(2), { base: '', password: '', ledger: '', run: 'chaos', pool: 5, hold: 12 })
const ledger = new Ledger(opt.ledger)
const ctx = { base: opt.base, ledger, worker: 'supervisor', stopping: () => false }
const psql = process.env.PSQL || 'psql'
const token = await login(ctx, 'supervisor', opt.password)
const open = await call(ctx, 'setup', 'GET', '/api/v1/assignments?status=IN_PROGRESS&size=1', { token })
if (open.status !== 200 || !open.json.items.length) throw new Error(`no open assignment: ${open.status} ${open.detail || ''}`)
const assignment = open.json.items[0].id

async function urge(op, n) {
  const message = `${opt.run} ${op} ${n}：请立即报送整改情况`
  const answer = await call(ctx, op, 'POST', '/api/v1/urges', {
    token, key: newKey(), body: { assignmentIds: [assignment], level: 'YELLOW', message }, extra: { message },
  })
  if (answer.status === 201) ledger.write({ ack: true, kind: 'urge', id: answer.json[0].id, version: answer.json[0].version, message, t1: answer.t1 })
  return answer
}

for (let wave = 0; wave < 3; wave++) {
  await Promise.all(Array.from({ length: 4 * opt.pool }, (_, n) => urge('pool.warmup', wave * 4 * opt.pool + n)))
}

const holder = spawn(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c',
  `begin; select id from assignment where id = ${assignment} for update; select pg_sleep(${opt.hold}); rollback;`],
  { env: { ...process.env, PGAPPNAME: 'duban-chaos-lock' }, stdio: ['ignore', 'ignore', 'inherit'] })
const released = new Promise((resolve) => holder.on('exit', resolve))
for (let i = 0; ; i++) {
  const held = execFileSync(psql, ['-X', '-At', '-c',
    "select count(*) from pg_stat_activity where application_name = 'duban-chaos-lock' and wait_event = 'PgSleep'"], { encoding: 'utf8' })
  if (held.trim() === '1') break
  if (i > 100) throw new Error('the lock holder did not start')
  await sleep(100)
}
const t0 = now()
console.log(`row lock on assignment ${assignment} held for ${opt.hold} s; ${4 * opt.pool} urges at once`)
await Promise.all(Array.from({ length: 4 * opt.pool }, (_, n) => urge('pool.burst', n)))
console.log(`burst answered within ${Math.round(now() - t0)} ms`)
await released
for (let wave = 0; wave < 4; wave++) {
  await Promise.all(Array.from({ length: opt.pool }, (_, n) => urge('pool.after', wave * opt.pool + n)))
}
ledger.close()
