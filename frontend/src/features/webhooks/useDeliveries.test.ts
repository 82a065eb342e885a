import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { ApiProblem } from '@/api/problem'
import type { DeliveryView, Page } from '@/api/types'
import type { DeliveryQuery } from './api'
import { useDeliveries } from './useDeliveries'

const list = vi.fn<(id: number, q: DeliveryQuery) => Promise<Page<DeliveryView>>>()
const again = vi.fn<(id: number, deliveryId: string) => Promise<DeliveryView>>()
vi.mock('./api', () => ({
  listDeliveries: (id: number, q: DeliveryQuery) => list(id, q),
  redeliver: (id: number, deliveryId: string) => again(id, deliveryId),
}))

const delivery = (id: string, over: Partial<DeliveryView> = {}): DeliveryView => ({
  id,
  eventId: 1,
  eventPosition: 10,
  eventType: 'urge.issued',
  state: 'DEAD',
  attempts: 8,
  nextAttemptAt: null,
  lastStatus: null,
  lastError: 'ConnectException',
  lastDurationMs: 3,
  deliveredAt: null,
  createdAt: '2024-05-01T08:00:00Z',
  ...over,
})
const page = (items: DeliveryView[]): Page<DeliveryView> => ({ items, page: 1, size: 10, total: items.length })
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextTick()
}

describe('useDeliveries', () => {
  beforeEach(() => {
    list.mockReset()
    again.mockReset()
    list.mockImplementation(async () => page([delivery('a'), delivery('b')]))
  })

  it('loads nothing until a subscription is open, then its log; the filter and the page start over for another one', async () => {
    const id = ref<number>()
    const log = effectScope().run(() => useDeliveries(id))!
    await settle()
    expect(list).not.toHaveBeenCalled()
    id.value = 7
    await settle()
    expect(list).toHaveBeenLastCalledWith(7, { state: undefined, page: 1, size: 10 })
    log.setState('DEAD')
    await settle()
    log.setPage(2)
    await settle()
    expect(list).toHaveBeenLastCalledWith(7, { state: 'DEAD', page: 2, size: 10 })
    id.value = 8
    await settle()
    expect(list).toHaveBeenLastCalledWith(8, { state: undefined, page: 1, size: 10 })
  })

  it('delivers one again: the button is busy meanwhile, then the row is the server\'s fresh copy', async () => {
    const id = ref<number | undefined>(7)
    const log = effectScope().run(() => useDeliveries(id))!
    await settle()
    let answer!: (d: DeliveryView) => void
    again.mockImplementation(() => new Promise((r) => (answer = r)))
    const sent = log.redeliver(delivery('b'))
    expect(log.sending.has('b')).toBe(true)
    answer(delivery('b', { state: 'PENDING', attempts: 0, nextAttemptAt: '2024-05-01T09:00:00Z' }))
    await sent
    expect(again).toHaveBeenCalledWith(7, 'b')
    expect(log.sending.has('b')).toBe(false)
    expect(log.data.value!.items.map((d) => [d.id, d.state, d.attempts])).toEqual([
      ['a', 'DEAD', 8],
      ['b', 'PENDING', 0],
    ])
  })

  it('passes a refusal on and leaves the row as it was', async () => {
    const log = effectScope().run(() => useDeliveries(ref<number | undefined>(7)))!
    await settle()
    again.mockRejectedValue(new ApiProblem({ status: 404, title: 'Not Found', detail: 'delivery b not found' }))
    await expect(log.redeliver(delivery('b'))).rejects.toBeInstanceOf(ApiProblem)
    expect(log.sending.size).toBe(0)
    expect(log.data.value!.items[1]).toEqual(delivery('b'))
  })
})
