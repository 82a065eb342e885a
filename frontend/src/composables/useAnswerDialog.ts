import { ref, type Ref } from 'vue'
import { useServerForm } from './useServerForm'

/**
 * A dialog that answers one item — an urge, a leader's instruction — with a required text the server
 * validates: open it for an item, send the answer, and it closes and reports back once accepted.
 */
export function useAnswerDialog<T>(submit: (item: T, text: string) => Promise<unknown>, onAnswered: () => unknown) {
  const target = ref(null) as Ref<T | null>
  const text = ref('')
  const missing = ref(false)
  const form = useServerForm(['response'])

  function open(item: T) {
    target.value = item
    text.value = ''
    missing.value = false
    form.clear()
  }

  function close() {
    target.value = null
  }

  async function send() {
    const item = target.value
    if (item === null) return
    missing.value = !text.value.trim()
    if (missing.value) return
    if (await form.run(() => submit(item, text.value))) {
      target.value = null
      await onAnswered()
    }
  }

  return { target, text, missing, form, open, close, send }
}
