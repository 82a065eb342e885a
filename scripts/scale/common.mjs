// Helpers of the scale-out checks (Node 20, no dependencies): arguments, JSON calls, sign-in.

/** --name value pairs into an object. */
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {}
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--')) throw new Error(`unexpected argument ${argv[i]}`)
    out[argv[i].slice(2)] = argv[i + 1]
  }
  return out
}

/** One call; answers {status, headers, body} (body parsed when JSON). Network failures throw. */
export async function call(base, method, path, { token, body, headers = {}, timeoutMs = 30_000 } = {}) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  })
  const text = await res.text()
  let parsed = text
  if ((res.headers.get('content-type') || '').includes('json') && text) parsed = JSON.parse(text)
  return { status: res.status, headers: res.headers, body: parsed }
}

/** Like call, but anything but the expected status is an error. */
export async function expect(status, base, method, path, options) {
  const res = await call(base, method, path, options)
  if (res.status !== status) {
    throw new Error(`${method} ${base}${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
  }
  return res
}

export async function login(base, username, password) {
  return (await expect(200, base, 'POST', '/api/v1/auth/login', { body: { username, password } })).body
}

/** Runs main; prints the error and exits 1 on failure. */
export function run(main) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(`error: ${e.message}`)
      process.exit(1)
    },
  )
}
