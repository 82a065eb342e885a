import { computed, ref, shallowRef } from 'vue'
import { isApiProblem } from '@/api/client'
import type { CommitResult, UnitNode } from '@/api/types'
import { useAsync } from '@/composables/useAsync'
import { listPlans } from '@/features/plan/api'
import { getUnitTree } from '@/features/units/api'
import { flattenUnits } from '@/features/units/unitTree'
import { commitPlanDocument, previewDocument } from './api'
import {
  buildCommit,
  decodeText,
  documentFileProblem,
  documentFormatOf,
  draftFromPreview,
  newMeasure,
  newTarget,
  pickedUnit,
  problemErrors,
  proposeCode,
  taskHasError,
  uniqueCode,
  type CommitPlan,
  type DraftErrors,
  type PlanDraft,
} from './planDocument'

export type PlanDocumentStep = 0 | 1 | 2

const NO_ERRORS: DraftErrors = { byKey: {}, items: [] }

/**
 * 导入工作要点. Step 1: the document — pasted text, a .txt file (read into the text box) or a .docx file
 * (sent as is) — parsed by the server ("解析"). Step 2: the preview as an editable draft, with the
 * parser's warnings; "创建" commits it, and the server's field errors are put beside the draft's fields
 * (the work points concerned opened) and listed above it. Step 3: what was created.
 */
export function usePlanDocument() {
  const step = ref<PlanDocumentStep>(0)

  // ——— step 1: the document ———
  const text = ref('')
  /** a .docx file to send as it is; a .txt file is read into `text` instead */
  const file = shallowRef<File | null>(null)
  /** the .txt file last read into the text box, and whether it was not UTF-8 */
  const readFile = shallowRef<{ name: string; fallback: boolean } | null>(null)
  const fileError = ref<string | null>(null)
  const parsing = ref(false)
  const parseError = shallowRef<unknown>(null)
  const canParse = computed(() => !parsing.value && (!!file.value || text.value.trim().length > 0))

  async function chooseFile(next: File | null) {
    fileError.value = null
    file.value = null
    if (!next) return
    const problem = documentFileProblem(next)
    if (problem) {
      fileError.value = problem
      return
    }
    if (documentFormatOf(next.name) === 'docx') {
      file.value = next
      readFile.value = null
      return
    }
    const decoded = decodeText(await next.arrayBuffer())
    text.value = decoded.text
    readFile.value = { name: next.name, fallback: decoded.fallback }
  }

  // ——— step 2: the draft ———
  const draft = ref<PlanDraft | null>(null)
  const warnings = ref<string[]>([])
  /** keys of the work points shown open */
  const openTasks = ref<number[]>([])
  const tree = useAsync<UnitNode[]>(getUnitTree)
  const unitsById = computed(() => new Map(flattenUnits(tree.data.value ?? []).map((u) => [u.id, u])))

  async function parse() {
    if (!canParse.value) return
    parsing.value = true
    parseError.value = null
    try {
      const source = file.value ?? text.value
      const preview = await previewDocument(source)
      const next = draftFromPreview(preview, { sourceText: file.value ? null : text.value })
      warnings.value = preview.warnings ?? []
      next.plan.code = await availableCode(next.plan.code)
      draft.value = next
      openTasks.value = []
      errors.value = NO_ERRORS
      commitError.value = null
      step.value = 1
      if (!tree.data.value) void tree.run()
    } catch (e) {
      parseError.value = e
    } finally {
      parsing.value = false
    }
  }

  /** The proposed code, or one with a suffix when a plan has it already (as it is when the lookup fails). */
  async function availableCode(code: string): Promise<string> {
    try {
      const found = await listPlans({ q: code, page: 1, size: 100 })
      return uniqueCode(code, found.items.map((p) => p.code))
    } catch {
      return code
    }
  }

  function proposeAgain() {
    if (draft.value) draft.value.plan.code = proposeCode(draft.value.plan.title, draft.value.plan.year)
  }

  /** the commit the draft would make now: its notes (renumbering, what is left out) show before it is sent */
  const pending = computed<CommitPlan | null>(() => (draft.value ? buildCommit(draft.value) : null))

  // structural edits: the indexes the server's errors named no longer hold, so those errors go
  const edit = {
    removeSection(si: number) {
      draft.value?.sections.splice(si, 1)
      clearErrors()
    },
    removeTask(si: number, ti: number) {
      draft.value?.sections[si]?.tasks.splice(ti, 1)
      clearErrors()
    },
    addMeasure(si: number, ti: number) {
      draft.value?.sections[si]?.tasks[ti]?.children.push(newMeasure())
    },
    removeMeasure(si: number, ti: number, ci: number) {
      draft.value?.sections[si]?.tasks[ti]?.children.splice(ci, 1)
      clearErrors()
    },
    addUnit(si: number, ti: number, unitId: number) {
      const task = draft.value?.sections[si]?.tasks[ti]
      const unit = unitsById.value.get(unitId)
      if (task && unit) task.units.push(pickedUnit(task, unit))
    },
    removeUnit(si: number, ti: number, ui: number) {
      draft.value?.sections[si]?.tasks[ti]?.units.splice(ui, 1)
      clearErrors()
    },
    addTarget(si: number, ti: number) {
      draft.value?.sections[si]?.tasks[ti]?.targets.push(newTarget())
    },
    removeTarget(si: number, ti: number, xi: number) {
      draft.value?.sections[si]?.tasks[ti]?.targets.splice(xi, 1)
      clearErrors()
    },
  }

  function openAll(open: boolean) {
    openTasks.value = open ? (draft.value?.sections.flatMap((s) => s.tasks.map((t) => t.key)) ?? []) : []
  }

  // ——— the commit ———
  const committing = ref(false)
  const errors = shallowRef<DraftErrors>(NO_ERRORS)
  /** a refusal that names no field (shown above the draft) */
  const commitError = shallowRef<unknown>(null)
  const result = shallowRef<CommitResult | null>(null)
  /** the commit that was sent last (its notes show with the result) */
  const sent = shallowRef<CommitPlan | null>(null)

  function clearErrors() {
    errors.value = NO_ERRORS
    commitError.value = null
  }

  const err = (key: string) => errors.value.byKey[key] ?? ''

  /** Sends the draft; false when the server refused it (its errors are then on the draft). */
  async function commit(): Promise<boolean> {
    const d = draft.value
    if (!d || committing.value) return false
    const plan = buildCommit(d)
    committing.value = true
    clearErrors()
    try {
      result.value = await commitPlanDocument(plan.body)
      sent.value = plan
      step.value = 2
      return true
    } catch (e) {
      const located = isApiProblem(e) ? problemErrors(e, plan.origin) : NO_ERRORS
      errors.value = located
      // the field errors are beside their fields; a refusal without any is shown on its own
      commitError.value = located.items.length ? null : e
      const withErrors = d.sections.flatMap((s, si) => s.tasks.filter((_, ti) => taskHasError(located.byKey, si, ti)).map((t) => t.key))
      openTasks.value = [...new Set([...openTasks.value, ...withErrors])]
      return false
    } finally {
      committing.value = false
    }
  }

  /** Back to the document (the draft is dropped: a new parse makes a new one). */
  function back() {
    step.value = 0
    draft.value = null
    clearErrors()
  }

  /** After a commit: another document. */
  function restart() {
    back()
    text.value = ''
    file.value = null
    readFile.value = null
    fileError.value = null
    result.value = null
    sent.value = null
    warnings.value = []
  }

  return {
    step,
    // step 1
    text,
    file,
    readFile,
    fileError,
    parsing,
    parseError,
    canParse,
    chooseFile,
    parse,
    // step 2
    draft,
    warnings,
    openTasks,
    openAll,
    tree,
    unitsById,
    pending,
    proposeAgain,
    edit,
    err,
    errors,
    commitError,
    committing,
    commit,
    back,
    // step 3
    result,
    sent,
    restart,
  }
}

export type PlanDocumentPage = ReturnType<typeof usePlanDocument>
