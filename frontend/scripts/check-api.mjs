// Fails when src/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
// OPENAPI_SPEC overrides the contract path (e.g. while the backend has not produced it yet).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const spec = resolve(root, process.env.OPENAPI_SPEC || '../openapi.yaml')
const committed = join(root, 'src/api/schema.d.ts')

if (!existsSync(spec)) {
  console.error(`check:api: contract not found at ${spec}`)
  process.exit(1)
}
const dir = mkdtempSync(join(tmpdir(), 'duban-api-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [spec, '-o', fresh], { stdio: 'pipe' })
  if (!existsSync(committed) || readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('check:api: src/api/schema.d.ts is stale — run `npm run gen:api` and commit the result')
    process.exit(1)
  }
  console.log('check:api: src/api/schema.d.ts matches the contract')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
