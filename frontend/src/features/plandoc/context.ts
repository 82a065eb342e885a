import { inject, type InjectionKey } from 'vue'
import type { PlanDocumentPage } from './usePlanDocument'

/** What the draft's editors share, provided by the page: the errors, the structural edits, the unit tree. */
export type DraftContext = Pick<PlanDocumentPage, 'err' | 'errors' | 'edit' | 'tree' | 'unitsById'>

export const DRAFT_CONTEXT: InjectionKey<DraftContext> = Symbol('plan-document-draft')

export function useDraftContext(): DraftContext {
  const ctx = inject(DRAFT_CONTEXT)
  if (!ctx) throw new Error('the plan document editors need the page that provides DRAFT_CONTEXT')
  return ctx
}
