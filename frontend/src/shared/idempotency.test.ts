import { describe, expect, it } from 'vitest'
import { ApiProblem } from '@/api/problem'
import { idempotentSender } from './idempotency'

describe('idempotentSender', () => {
  const keys = () => {
    let n = 0
    return () => `k${++n}`
  }
  const refuse = (status: number) => async () => {
    throw new ApiProblem({ status })
  }

  it('reuses the key after no answer, a 409 (still running) or a 5xx, since the create may have happened', async () => {
    const send = idempotentSender(keys())
    const used: string[] = []
    for (const status of [0, 409, 502]) {
      await expect(send(async (key) => (used.push(key), refuse(status)()))).rejects.toBeInstanceOf(ApiProblem)
    }
    await send(async (key) => used.push(key))
    expect(used).toEqual(['k1', 'k1', 'k1', 'k1'])
  })

  it('takes a fresh key once the server has answered: after a success, and after a refusal the person will correct', async () => {
    const send = idempotentSender(keys())
    const used: string[] = []
    await send(async (key) => used.push(key))
    await expect(send(async (key) => (used.push(key), refuse(400)()))).rejects.toBeInstanceOf(ApiProblem)
    await expect(send(async (key) => (used.push(key), refuse(422)()))).rejects.toBeInstanceOf(ApiProblem)
    await send(async (key) => used.push(key))
    expect(used).toEqual(['k1', 'k2', 'k3', 'k4'])
  })

  it('keeps the key after an error that is not an answer from the server', async () => {
    const send = idempotentSender(keys())
    const used: string[] = []
    await expect(send(async (key) => (used.push(key), Promise.reject(new TypeError('Failed to fetch'))))).rejects.toThrow('Failed to fetch')
    await send(async (key) => used.push(key))
    expect(used).toEqual(['k1', 'k1'])
  })
})
