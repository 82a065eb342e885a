import { computed, watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { useUrlQuery } from '@/composables/useUrlQuery'
import { listPlans } from '@/features/plan/api'
import { queryInt, queryString } from '@/shared/query'
import { listReports } from './api'

/** The supervisor's review queue: SUBMITTED reports, oldest submission first; plan, unit, period and page in the URL. */
export function useReviewQueue() {
  const url = useUrlQuery()
  const plans = useAsync(async () => (await listPlans({ page: 1, size: 200 })).items)
  plans.run()
  const planId = computed(() => queryInt(url.query.value, 'planId'))
  const unitId = computed(() => queryInt(url.query.value, 'unitId'))
  const period = computed(() => queryString(url.query.value, 'period'))
  const state = useAsync(() =>
    listReports({
      state: 'SUBMITTED',
      planId: planId.value,
      unitId: unitId.value,
      period: period.value,
      page: url.page.value,
      size: url.size.value,
      sort: 'submittedAt',
    }),
  )
  watch([planId, unitId, period, url.page, url.size], state.run, { immediate: true })
  return { plans, state, planId, unitId, period, page: url.page, size: url.size, update: url.update, setPage: url.setPage, setSize: url.setSize }
}
