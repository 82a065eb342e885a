import { computed, watch, type Ref } from 'vue'
import { isApiProblem } from '@/api/client'
import type { AssignmentView, ContributionView, InstructionView } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { canAnswerInstruction, instructionsOf, sortInstructions, type InstructionLike } from './coordination'
import { listAllInstructions, listContributions } from './coordinationApi'

/** A 403/404 (an older server, or no access) shows as nothing rather than as a broken page. */
function quiet<T>(fallback: T) {
  return (e: unknown): T => {
    if (isApiProblem(e) && (e.status === 403 || e.status === 404)) return fallback
    throw e
  }
}

/**
 * The report page's coordination parts: the leaders' instructions that concern the assignment
 * (its own and its task's task-wide ones), and — for the LEAD unit — the co-units' contributions
 * for the selected period.
 */
export function useCoordination(assignment: Ref<AssignmentView | undefined>, period: Ref<string | null | undefined>) {
  const instructions = useAsync(async (): Promise<InstructionView[]> => {
    const a = assignment.value
    if (!a) return []
    const list = await listAllInstructions({ taskId: a.taskId }).catch(quiet<InstructionView[]>([]))
    return sortInstructions(instructionsOf(list, a))
  })
  const contributions = useAsync(async (): Promise<ContributionView[]> => {
    const a = assignment.value
    if (!a || a.role !== 'LEAD' || !period.value) return []
    const list = await listContributions(a.taskId, period.value).catch(quiet<ContributionView[]>([]))
    return list.filter((c) => c.assignmentId !== a.id)
  })
  watch(() => assignment.value?.id, () => instructions.run(), { immediate: true })
  watch([() => assignment.value?.id, period], () => contributions.run(), { immediate: true })

  const answerable = (i: InstructionLike) => !!assignment.value && canAnswerInstruction(i, assignment.value)
  const openCount = computed(() => (instructions.data.value ?? []).filter(answerable).length)
  return { instructions, contributions, answerable, openCount }
}
