import { reactive, ref, watch, type Ref } from 'vue'
import type { DeliveryState, DeliveryView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { listDeliveries, redeliver } from './api'
import { withItem } from './webhooks'

export const DELIVERY_PAGE_SIZE = 10

/**
 * One subscription's delivery log, newest first, filtered by state and paged (both start over when
 * another subscription is opened); `redeliver` sends one again and puts its fresh row in place.
 */
export function useDeliveries(webhookId: Ref<number | undefined>) {
  const state = ref<DeliveryState>()
  const page = ref(1)
  const size = ref(DELIVERY_PAGE_SIZE)
  const list = useAsync(async () =>
    webhookId.value === undefined ? undefined : listDeliveries(webhookId.value, { state: state.value, page: page.value, size: size.value }),
  )
  /** ids of the deliveries being sent again */
  const sending = reactive(new Set<string>())

  watch(webhookId, () => {
    state.value = undefined
    page.value = 1
  })
  watch([webhookId, state, page, size], list.run, { immediate: true })

  function setState(next: DeliveryState | undefined) {
    state.value = next
    page.value = 1
  }

  function setSize(next: number) {
    size.value = next
    page.value = 1
  }

  /** Throws what the server refused; the row is replaced by the delivery as the server has it now. */
  async function redeliverOne(delivery: DeliveryView): Promise<DeliveryView> {
    if (webhookId.value === undefined) throw new Error('no webhook open')
    sending.add(delivery.id)
    try {
      const fresh = await redeliver(webhookId.value, delivery.id)
      if (list.data.value) list.data.value = withItem(list.data.value, fresh)
      return fresh
    } finally {
      sending.delete(delivery.id)
    }
  }

  return { ...list, state, page, size, setState, setPage: (p: number) => (page.value = p), setSize, sending, redeliver: redeliverOne }
}
