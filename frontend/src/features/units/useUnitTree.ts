import { computed, onMounted } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { getUnitTree } from './api'
import { flattenUnits } from './unitTree'

/** The responsibility-unit tree, loaded once per component that uses it. */
export function useUnitTree() {
  const state = useAsync(getUnitTree)
  const byId = computed(() => new Map(flattenUnits(state.data.value ?? []).map((u) => [u.id, u])))
  onMounted(state.run)
  return { ...state, byId }
}
