import { computed, ref, shallowRef } from 'vue'
import type { AssignmentView } from '@/api/types'
import { useServerForm } from '@/composables/useServerForm'
import { assignTask, listAssignments } from './api'
import { buildBulkAssignBody, syncPickedUnits, type PickedUnit } from './assignForm'

const FORM_FIELDS = ['units', 'dueDate', 'note'] as const

/** State and submission of the "assign to units" form for one task. */
export function useAssignForm(taskId: () => number) {
  const picked = ref<PickedUnit[]>([])
  const dueDate = ref('')
  const note = ref('')
  const server = useServerForm(FORM_FIELDS)
  const { submitting, fieldErrors, generalErrors } = server
  const clearErrors = server.clear
  const assignedUnitIds = shallowRef<Set<number>>(new Set())

  async function reset() {
    picked.value = []
    dueDate.value = ''
    note.value = ''
    clearErrors()
    try {
      const page = await listAssignments({ taskId: taskId(), page: 1, size: 200 })
      assignedUnitIds.value = new Set(page.items.map((a) => a.unitId))
    } catch {
      assignedUnitIds.value = new Set() // the server still refuses duplicates with 409
    }
  }

  function setChecked(units: { id: number; name: string }[]) {
    picked.value = syncPickedUnits(picked.value, units)
  }

  function removeUnit(unitId: number) {
    picked.value = syncPickedUnits(
      picked.value,
      picked.value.filter((p) => p.unitId !== unitId).map((p) => ({ id: p.unitId, name: p.name })),
    )
  }

  /** Client-side checks (the server checks again); returns message keys per field. */
  function validate(): Record<string, string> {
    const errs: Record<string, string> = {}
    if (picked.value.length === 0) errs.units = 'plan.assign.errors.unitsRequired'
    if (!dueDate.value) errs.dueDate = 'plan.assign.errors.dueDateRequired'
    return errs
  }

  /** Sends the form; resolves to the created assignments, or null when the server refused (errors are set). */
  async function submit(): Promise<AssignmentView[] | null> {
    let created: AssignmentView[] | null = null
    await server.run(async () => {
      created = await assignTask(taskId(), buildBulkAssignBody(picked.value, dueDate.value, note.value))
    })
    return created
  }

  const checkedIds = computed(() => picked.value.map((p) => p.unitId))

  return { picked, dueDate, note, submitting, fieldErrors, generalErrors, assignedUnitIds, checkedIds, reset, setChecked, removeUnit, validate, submit, clearErrors }
}
