import type { TimelineEntry } from './reporting'

/** What the pure rules need of an instruction (InstructionView, plus answeredByReportId once the contract has it). */
export interface InstructionLike {
  id: number
  taskId: number
  assignmentId: number | null
  unitName: string | null
  text: string
  issuedBy: string
  issuedAt: string
  response: string | null
  respondedBy: string | null
  respondedAt?: string | null
  answeredByReportId?: number | null
}

interface AssignmentLike {
  id: number
  taskId: number
  role: string
}

/** Answered: by a response, or by a progress report that said it answers it. */
export function instructionAnswered(i: InstructionLike): boolean {
  return !!i.respondedAt || !!i.response || i.answeredByReportId != null
}

/** The instructions that concern one assignment: its own, and its task's task-wide ones. */
export function instructionsOf<T extends InstructionLike>(list: readonly T[], a: AssignmentLike): T[] {
  return list.filter((i) => i.assignmentId === a.id || (i.assignmentId == null && i.taskId === a.taskId))
}

/** The assignment's unit answers its own instructions, and the task-wide ones when it is the LEAD unit. */
export function canAnswerInstruction(i: InstructionLike, a: AssignmentLike): boolean {
  if (instructionAnswered(i)) return false
  if (i.assignmentId != null) return i.assignmentId === a.id
  return i.taskId === a.taskId && a.role === 'LEAD'
}

/** Open ones first, then newest first. */
export function sortInstructions<T extends InstructionLike>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Number(instructionAnswered(a)) - Number(instructionAnswered(b)) || b.issuedAt.localeCompare(a.issuedAt))
}

/** The period of the report that answered an instruction, when that report is among the given ones. */
export function answeringPeriod(i: InstructionLike, reports: readonly { id: number; period: string }[]): string | null {
  if (i.answeredByReportId == null) return null
  return reports.find((r) => r.id === i.answeredByReportId)?.period ?? null
}

/** Timeline entries of instructions: issued, and answered (by a response). */
export function instructionEntries(list: readonly InstructionLike[]): TimelineEntry[] {
  const out: TimelineEntry[] = []
  for (const i of list) {
    out.push({ at: i.issuedAt, kind: 'instructed', unitName: i.unitName ?? '', who: i.issuedBy, text: i.text })
    if (i.respondedAt) out.push({ at: i.respondedAt, kind: 'instructionAnswered', unitName: i.unitName ?? '', who: i.respondedBy, text: i.response })
  }
  return out
}

/** Two timelines as one, in time order. */
export function mergeTimelines(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  return [...a, ...b].sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime())
}
