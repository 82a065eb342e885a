import { ref } from 'vue'
import { unreadCount } from './extensionsApi'

// one count for the whole app: the header's badge and the inbox share it
const count = ref(0)

/**
 * Unread notifications of the signed-in person. `refresh` never throws: a server without
 * notifications (or a failed call) leaves the badge as it was.
 */
export function useUnreadCount() {
  async function refresh() {
    try {
      count.value = await unreadCount()
    } catch {
      // keep the last known count
    }
  }
  return { count, refresh }
}
