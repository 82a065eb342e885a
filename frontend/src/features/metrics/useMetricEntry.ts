import { computed, reactive, ref, watch, type Ref } from 'vue'
import { isApiProblem } from '@/api/client'
import type { MetricValueView, MetricView, ValueChange } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { useServerForm } from '@/composables/useServerForm'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { ACCESS } from '@/router/access'
import { queryInt, queryString } from '@/shared/query'
import { useSessionStore } from '@/stores/session'
import { findValue, getValueHistory, putValue, type ValueKey } from './api'
import { emptyEntry, entryProblems, fromValue, periodsOf, ratioPercent, toValueInput, type EntryModel } from './metricFormat'

export const ENTRY_FIELDS = ['value', 'numerator', 'denominator', 'done', 'doneDate', 'note', 'period', 'unitId'] as const

export type SaveOutcome = 'created' | 'corrected' | 'refused' | 'stale'

/**
 * Entering or correcting one unit's figure for one period. A reporter writes their own unit, a
 * supervisor picks one (`entryUnit` in the URL); the period is `entryPeriod`. The stored figure is
 * loaded with its ETag and a save sends it back as If-Match, so a concurrent correction is refused
 * (412) and reloaded instead of silently overwritten.
 */
export function useMetricEntry(metric: Ref<MetricView>, year: Ref<number>) {
  const url = useUrlQuery()
  const session = useSessionStore()
  const pickUnit = computed(() => session.hasAnyRole(ACCESS.supervise))

  const unitId = computed(() => (pickUnit.value ? queryInt(url.query.value, 'entryUnit') : (session.me?.unitId ?? undefined)))
  const periods = computed(() => periodsOf(metric.value.granularity, year.value))
  const period = computed(() => {
    const v = queryString(url.query.value, 'entryPeriod')
    return v && periods.value.includes(v) ? v : periods.value[0]
  })
  const key = computed<ValueKey | null>(() =>
    unitId.value === undefined ? null : { metricId: metric.value.id, unitId: unitId.value, period: period.value },
  )

  const model = reactive<EntryModel>(emptyEntry())
  const etag = ref('')
  const attempted = ref(false)
  const server = useServerForm(ENTRY_FIELDS)

  const current = useAsync(async (): Promise<MetricValueView | null> => {
    const k = key.value
    if (!k) return null
    const found = await findValue(k)
    etag.value = found?.etag ?? ''
    Object.assign(model, found ? fromValue(found.value) : emptyEntry())
    attempted.value = false
    server.clear()
    return found?.value ?? null
  })
  const history = useAsync(async (): Promise<ValueChange[]> => (key.value && current.data.value ? getValueHistory(key.value) : []))

  async function reload() {
    await current.run()
    await history.run()
  }
  watch(key, reload, { immediate: true })

  const percent = computed(() => ratioPercent(model.numerator, model.denominator))
  const problems = computed(() => entryProblems(metric.value.kind, model))
  /** What to show under each field: the server's message, else the form's own check (live for numerator ≤ denominator). */
  const fieldError = (field: string): string | undefined => {
    if (server.fieldErrors[field]) return server.fieldErrors[field]
    const p = problems.value[field]
    if (!p) return undefined
    return attempted.value || p === 'metrics.entry.numeratorTooBig' ? p : undefined
  }

  async function save(): Promise<SaveOutcome> {
    attempted.value = true
    const k = key.value
    if (!k || Object.keys(problems.value).length > 0) return 'refused'
    let created = false
    let stale = false
    const ok = await server.run(async () => {
      try {
        const res = await putValue(k, toValueInput(metric.value.kind, model), etag.value || undefined)
        created = res.created
        etag.value = res.etag
      } catch (e) {
        // someone else entered or corrected it meanwhile: show theirs
        if (isApiProblem(e) && (e.status === 412 || e.status === 428)) stale = true
        throw e
      }
    })
    if (stale) {
      await reload()
      return 'stale'
    }
    if (!ok) return 'refused'
    await reload()
    return created ? 'created' : 'corrected'
  }

  return {
    pickUnit,
    unitId,
    periods,
    period,
    model,
    etag,
    current,
    history,
    percent,
    fieldError,
    generalErrors: server.generalErrors,
    submitting: server.submitting,
    save,
    reload,
    update: url.update,
  }
}
