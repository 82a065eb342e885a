import { computed, watch } from 'vue'
import type { PlanView, SectionView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import type { useUrlQuery } from '@/composables/useUrlQuery'
import { listPlans, listSections } from '@/features/plan/api'
import { defaultPlan } from '@/features/reporting/useOverdue'
import { queryInt } from '@/shared/query'

/**
 * The plan a statistics page shows (`planId` in the URL, else the default plan: the newest of this
 * year or earlier) and the plan's sections for the section filter.
 */
export function usePlanChoice(url: ReturnType<typeof useUrlQuery>) {
  const plans = useAsync(async (): Promise<PlanView[]> => (await listPlans({ page: 1, size: 200 })).items)
  plans.run()
  const planId = computed(() => queryInt(url.query.value, 'planId') ?? defaultPlan(plans.data.value ?? [])?.id)
  const plan = computed(() => plans.data.value?.find((p) => p.id === planId.value))

  const sections = useAsync(async (): Promise<SectionView[]> => (planId.value === undefined ? [] : listSections(planId.value)))
  watch(planId, sections.run, { immediate: true })

  return { plans, planId, plan, sections }
}
