import { watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listWebhooks } from './api'

/** The subscriptions; the page and the subscription whose delivery log is open (`deliveries`) live in the URL. */
export function useWebhooks() {
  const url = useUrlQuery()
  const state = useAsync(() => listWebhooks(url.page.value, url.size.value))
  watch([url.page, url.size], state.run, { immediate: true })
  return { ...state, page: url.page, size: url.size, setPage: url.setPage, setSize: url.setSize, deliveries: url.detail('deliveries') }
}
