// Webhook deliveries happen once although every instance runs the delivery job: subscribes a local
// receiver to urge.issued, issues N urges through the proxy (one event each), and counts what arrives
// by delivery id and event id. The receiver checks each signature and, on Linux, tells which backend
// process sent it (by the sending socket's owner, `ss -p`).
//   node scripts/scale/webhooks-once.mjs --url http://127.0.0.1:18088 --password … --count 30 --pids A=123,B=456
import { createHmac, randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { parseArgs, call, expect, login, run } from './common.mjs'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

run(async () => {
  const { url, password, count = '30', pids = '' } = parseArgs()
  const n = Number(count)
  const names = new Map(pids.split(',').filter(Boolean).map((p) => p.split('=')).map(([k, v]) => [v, k]))
  const secret = `whsec_scale_${randomUUID()}`
  const received = [] // {deliveryId, header, eventId, type, entityId, signatureOk, sender}

  const senderOf = new WeakMap()
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (body += d))
    req.on('end', async () => {
      const [, t, v1] = /t=(\d+),v1=([0-9a-f]+)/.exec(req.headers['duban-signature'] || '') || []
      const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
      const payload = JSON.parse(body)
      received.push({
        deliveryId: payload.deliveryId,
        header: req.headers['duban-delivery'],
        eventId: payload.event.id,
        type: payload.event.type,
        entityId: payload.event.entityId,
        signatureOk: v1 === expected,
        sender: senderOf.get(req.socket) || 'unknown',
      })
      // answer a little later, so that the instances' batches overlap
      await sleep(100)
      res.writeHead(204).end()
    })
  })
  server.on('connection', (socket) => {
    try {
      const line = execFileSync('ss', ['-Htnp', 'state', 'established', `( sport = :${socket.remotePort} )`], {
        encoding: 'utf8',
        timeout: 2000,
      })
      const pid = /pid=(\d+)/.exec(line)?.[1]
      senderOf.set(socket, names.get(pid) || (pid ? `pid ${pid}` : 'unknown'))
    } catch {
      senderOf.set(socket, 'unknown')
    }
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const hookUrl = `http://127.0.0.1:${server.address().port}/duban-hooks`

  const admin = (await login(url, 'admin', password)).accessToken
  const created = await expect(201, url, 'POST', '/api/v1/webhooks', {
    token: admin,
    body: { url: hookUrl, eventTypes: ['urge.issued'], secret },
  })
  const hook = created.body.webhook

  const supervisor = (await login(url, 'supervisor', password)).accessToken
  const open = []
  for (const status of ['IN_PROGRESS', 'NOT_STARTED']) {
    const page = await expect(200, url, 'GET', `/api/v1/assignments?status=${status}&size=${n}`, { token: supervisor })
    open.push(...page.body.items.map((a) => a.id))
  }
  if (open.length === 0) throw new Error('no open assignment to urge')
  const urgeIds = []
  const started = Date.now()
  await Promise.all(
    [0, 1, 2, 3].map(async (w) => {
      for (let i = w; i < n; i += 4) {
        const res = await expect(201, url, 'POST', '/api/v1/urges', {
          token: supervisor,
          headers: { 'Idempotency-Key': `scale-webhook-${randomUUID()}` },
          body: { assignmentIds: [open[i % open.length]], level: 'BLUE', message: `扩容测试：webhook 投递 ${i + 1}/${n}` },
        })
        urgeIds.push(res.body[0].id)
      }
    }),
  )

  const wanted = new Set(urgeIds)
  const arrived = () => new Set(received.filter((r) => r.type === 'urge.issued' && wanted.has(r.entityId)).map((r) => r.entityId))
  while (arrived().size < n && Date.now() - started < 90_000) await sleep(250)
  const waited = ((Date.now() - started) / 1000).toFixed(1)
  // a few more rounds of the delivery job on both instances: a duplicate would come now
  await sleep(5000)

  const deliveries = await expect(200, url, 'GET', `/api/v1/webhooks/${hook.id}/deliveries?size=200`, { token: admin })
  const current = await expect(200, url, 'GET', `/api/v1/webhooks/${hook.id}`, { token: admin })
  await expect(204, url, 'DELETE', `/api/v1/webhooks/${hook.id}`, { token: admin, headers: { 'If-Match': current.headers.get('etag') } })
  server.close()

  const mine = received.filter((r) => wanted.has(r.entityId))
  const byDelivery = new Set(mine.map((r) => r.deliveryId))
  const byEvent = new Set(mine.map((r) => r.eventId))
  const senders = {}
  for (const r of mine) senders[r.sender] = (senders[r.sender] || 0) + 1
  const states = {}
  let attempts = 0
  for (const d of deliveries.body.items) {
    states[d.state] = (states[d.state] || 0) + 1
    attempts += d.attempts
  }
  const badSignatures = mine.filter((r) => !r.signatureOk || r.header !== r.deliveryId).length
  console.log(
    `webhooks once: ${n} urges through the proxy -> ${mine.length} deliveries received in ${waited} s, ` +
      `${byDelivery.size} distinct delivery ids, ${byEvent.size} distinct event ids, ${mine.length - byDelivery.size} duplicates; ` +
      `sent by ${Object.entries(senders).map(([k, v]) => `${k}: ${v}`).join(', ')}; ` +
      `server side ${JSON.stringify(states)} in ${attempts} attempts; ${mine.length - badSignatures}/${mine.length} signatures valid`,
  )
  if (arrived().size !== n) throw new Error(`only ${arrived().size} of ${n} urge events were delivered`)
  if (mine.length !== n || byDelivery.size !== n || byEvent.size !== n) throw new Error('an event was delivered more than once')
  if (badSignatures) throw new Error(`${badSignatures} deliveries with a wrong signature or delivery header`)
  if (states.SUCCEEDED !== n || attempts !== n) throw new Error('the server counts other than one successful attempt per delivery')
})
