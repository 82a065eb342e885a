// A session begun on one instance goes on on the other: the access token, the refresh token and its
// rotation, and the sign-out are honoured by both (the keys and the refresh tokens are shared).
//   node scripts/scale/login-across.mjs --a http://127.0.0.1:18080 --b http://127.0.0.1:18081 --password …
import { parseArgs, expect, login, run } from './common.mjs'

run(async () => {
  const { a, b, password, user = 'supervisor' } = parseArgs()
  const first = await login(a, user, password)
  const me = await expect(200, b, 'GET', '/api/v1/me', { token: first.accessToken })
  if (me.body.username !== user) throw new Error(`instance B says the token is ${me.body.username}`)
  const second = (await expect(200, b, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })).body
  await expect(200, a, 'GET', '/api/v1/me', { token: second.accessToken })
  const reused = await expect(401, a, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })
  await expect(204, a, 'POST', '/api/v1/auth/logout', { body: { refreshToken: second.refreshToken } })
  const ended = await expect(401, b, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: second.refreshToken } })
  console.log(
    `login across instances: signed in on A (${a}); B accepted the access token (GET /me 200) and the refresh ` +
      `token (200); A accepted the new access token (200) and refused the refresh token B rotated (${reused.status}); ` +
      `signed out on A, the session is over on B too (${ended.status})`,
  )
})
