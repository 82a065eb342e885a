import { watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listAnnualReports } from './api'
import { usePlanChoice } from './usePlanChoice'

/** The annual reports of a plan (a reporter sees their unit's only); plan and page live in the URL. */
export function useAnnualReportList() {
  const url = useUrlQuery()
  const { plans, planId, plan } = usePlanChoice(url)
  const state = useAsync(async () =>
    planId.value === undefined ? null : listAnnualReports({ planId: planId.value, page: url.page.value, size: url.size.value }),
  )
  watch([planId, url.page, url.size], state.run, { immediate: true })
  return { plans, planId, plan, state, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
