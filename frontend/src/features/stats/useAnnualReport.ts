import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { isApiProblem } from '@/api/client'
import type { AnnualReportInput, AnnualReportView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useServerForm } from '@/composables/useServerForm'
import { useSessionStore } from '@/stores/session'
import { finaliseAnnualReport, getAnnualReport, regenerateAnnualReport, updateAnnualReport, type Tagged } from './api'
import { ANNUAL_PARTS, annualChanged, annualInput, canWriteAnnual } from './stats'

const FIELDS = ['title', ...ANNUAL_PARTS.map((p) => p.field)]

/**
 * One annual report in the editor: the title and five parts as a form, saved with If-Match. When
 * someone else saved in between (412) the edits stay on the page and `conflict` says so, until the
 * person loads the newest version. Regenerate and finalise send the ETag too.
 */
export function useAnnualReport(id: Ref<number>) {
  const session = useSessionStore()
  const loaded = useAsync(() => getAnnualReport(id.value))
  watch(id, loaded.run, { immediate: true })

  const report = shallowRef<AnnualReportView | null>(null)
  const etag = ref('')
  const form = reactive<AnnualReportInput>({ title: '', measures: '', shortcomings: '', leadership: '', nextYear: '', otherMatters: '' })
  const conflict = ref(false)
  const server = useServerForm(FIELDS)

  function accept(tagged: Tagged<AnnualReportView>) {
    report.value = tagged.value
    etag.value = tagged.etag
    Object.assign(form, annualInput(tagged.value))
  }
  watch(loaded.data, (v) => v && accept(v))

  const dirty = computed(() => (report.value ? annualChanged(form, report.value) : false))
  const canWrite = computed(() => (report.value ? canWriteAnnual(report.value, session.me) : false))

  /** Sends a change with the ETag; a 412 marks the conflict instead of losing the edits. */
  async function send(change: () => Promise<Tagged<AnnualReportView>>): Promise<boolean> {
    conflict.value = false
    let stale = false
    const ok = await server.run(async () => {
      try {
        accept(await change())
      } catch (e) {
        if (isApiProblem(e) && (e.status === 412 || e.status === 428)) stale = true
        throw e
      }
    })
    if (stale) conflict.value = true
    return ok
  }

  const save = () => send(() => updateAnnualReport(id.value, etag.value, annualInput(form)))
  /** Replaces the five parts from today's figures (the title stays); unsaved edits of the parts are lost. */
  const regenerate = () => send(() => regenerateAnnualReport(id.value, etag.value))

  /** Saves pending edits first, then finalises; the report is read-only afterwards. */
  async function finalise(): Promise<boolean> {
    if (dirty.value && !(await save())) return false
    return send(() => finaliseAnnualReport(id.value, etag.value))
  }

  /** Loads the newest version (after a conflict), dropping the edits on the page. */
  async function loadLatest() {
    conflict.value = false
    server.clear()
    await loaded.run()
    if (loaded.data.value) accept(loaded.data.value)
  }

  return {
    loaded,
    report,
    form,
    dirty,
    canWrite,
    conflict,
    fieldErrors: server.fieldErrors,
    generalErrors: server.generalErrors,
    submitting: server.submitting,
    save,
    regenerate,
    finalise,
    loadLatest,
  }
}
