import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN.json'
import en from './en.json'

type Tree = { [k: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out[key] = v
    else Object.assign(out, flatten(v, key))
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('locale files', () => {
  const zh = flatten(zhCN as Tree)
  const eng = flatten(en as Tree)

  it('have the same keys', () => {
    expect(Object.keys(eng).sort()).toEqual(Object.keys(zh).sort())
  })

  it('have no empty messages', () => {
    for (const [k, v] of [...Object.entries(zh), ...Object.entries(eng)]) expect(v.trim(), k).not.toBe('')
  })

  it('use the same placeholders for each key', () => {
    for (const k of Object.keys(zh)) expect(placeholders(eng[k] ?? ''), k).toEqual(placeholders(zh[k]))
  })
})
