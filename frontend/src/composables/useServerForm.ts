import { reactive, ref } from 'vue'
import { isApiProblem } from '@/api/client'
import { mapFieldErrors } from '@/shared/fieldErrors'

/**
 * Submission state of a form the server validates: `run` sends it and, when the server refuses,
 * puts its field errors on the form's fields and everything else above the form.
 */
export function useServerForm(formFields: readonly string[]) {
  const submitting = ref(false)
  const fieldErrors = reactive<Record<string, string>>({})
  const generalErrors = ref<string[]>([])

  function clear() {
    for (const k of Object.keys(fieldErrors)) delete fieldErrors[k]
    generalErrors.value = []
  }

  /** Resolves to true when sent, false when the server refused (its errors are then set). */
  async function run(send: () => Promise<unknown>): Promise<boolean> {
    clear()
    submitting.value = true
    try {
      await send()
      return true
    } catch (e) {
      if (isApiProblem(e)) {
        const mapped = mapFieldErrors(e.errors, formFields)
        Object.assign(fieldErrors, mapped.byField)
        const fieldsCovered = e.errors.length > 0 && mapped.other.length === 0
        generalErrors.value = [fieldsCovered ? '' : e.detail || e.title, ...mapped.other].filter((s, i, a) => s && a.indexOf(s) === i)
      } else {
        generalErrors.value = [e instanceof Error ? e.message : String(e)]
      }
      return false
    } finally {
      submitting.value = false
    }
  }

  return { submitting, fieldErrors, generalErrors, clear, run }
}
