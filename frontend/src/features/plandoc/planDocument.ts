import type {
  AssignmentRole,
  CommitPlanDocument,
  CommitTarget,
  CommitTask,
  CommitUnit,
  Comparator,
  DeadlinePart,
  DocumentPreview,
  TargetPart,
  TaskPart,
  UnitMention,
} from '@/api/types'

type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * 导入工作要点: the parser's preview of a plan document becomes an editable draft; the corrected draft
 * becomes the CommitPlanDocument the server stores; the server's field errors (named by the commit's
 * indexes, `sections[1].tasks[0].title`) are mapped back to the draft's fields.
 */

// ——— vocabulary ———

/** How the document names a unit's part: 牵头, 配合, or 负责 without a distinction (committed as LEAD). */
export type MentionRole = AssignmentRole | 'RESPONSIBLE'
export const MENTION_ROLES: readonly MentionRole[] = ['LEAD', 'CO', 'RESPONSIBLE']
export const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '=']
export const REPORT_CADENCES = ['QUARTER', 'MONTH'] as const
export type ReportCadence = (typeof REPORT_CADENCES)[number]
/** Below this, a unit match is shown as a guess to check. */
export const LOW_CONFIDENCE = 0.7

/** What the page reads: pasted text, a .txt file (read as text) or a .docx file (sent as is). */
export const DOCUMENT_ACCEPT = '.txt,.docx'
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** The server's request limit (quarkus.http.limits.max-body-size=25M). */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024

export type DocumentFormat = 'txt' | 'docx'

export function documentFormatOf(fileName: string): DocumentFormat | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return ext === 'txt' || ext === 'docx' ? ext : null
}

/** Why a chosen file cannot be read (an i18n key), or null when it can. */
export function documentFileProblem(file: { name: string; size: number }): string | null {
  if (!documentFormatOf(file.name)) return 'plandoc.source.wrongType'
  if (file.size === 0) return 'plandoc.source.empty'
  if (file.size > DOCUMENT_MAX_BYTES) return 'plandoc.source.tooBig'
  return null
}

/**
 * A text file's words: UTF-8 as the page promises; a file that is not valid UTF-8 (saved by an older
 * Windows editor) is read as GB18030 instead, and `fallback` says so.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): { text: string; fallback: boolean } {
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), fallback: false }
  } catch {
    return { text: stripBom(new TextDecoder('gb18030').decode(bytes)), fallback: true }
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s)

// ——— the draft ———

export interface DraftPlan {
  code: string
  title: string
  year: number
  issuer: string
  documentNumber: string
  /** YYYY-MM-DD */
  issueDate: string | null
  reportCadence: ReportCadence
}

export interface DraftUnit {
  key: number
  /** as the document writes it */
  name: string
  role: MentionRole
  /** the directory's unit; null until someone picks one for a name the parser did not know */
  unitId: number | null
  /** 0–1; 1 for a unit picked by hand */
  confidence: number
  /** picked on this page rather than matched by the parser */
  picked: boolean
}

export interface DraftTarget {
  key: number
  /** the clause the target stands in */
  text: string
  /** the metric's name */
  name: string
  comparator: Comparator
  /** null for a comparison with another figure (高于同期…): shown, not committed */
  value: number | null
  unit: string
  /** the document compares with another figure rather than a number */
  comparison: boolean
}

export interface DraftMeasure {
  key: number
  title: string
  text: string
  /** YYYY-MM-DD; null: the work point's deadline */
  deadline: string | null
}

export interface DraftTask {
  key: number
  /** as written ("3", "（一）"); digits are committed as they are, anything else is renumbered */
  number: string
  title: string
  text: string
  /** YYYY-MM-DD; null: the end of the plan's year */
  deadline: string | null
  /** the time limits as the document words them (每年, 2024年6月底前) */
  deadlineTexts: string[]
  children: DraftMeasure[]
  units: DraftUnit[]
  targets: DraftTarget[]
}

export interface DraftSection {
  key: number
  /** as written ("一"); null for a part the parser made up for a document without parts */
  number: string | null
  title: string
  tasks: DraftTask[]
}

export interface PlanDraft {
  plan: DraftPlan
  sections: DraftSection[]
  createMetrics: boolean
  createAssignments: boolean
  /** the document's text, stored with the plan; null for a DOCX file */
  sourceText: string | null
}

let lastKey = 0
/** A key for v-for: unique within the page's lifetime. */
export const nextKey = () => ++lastKey

const str = (v: string | null | undefined) => (v ?? '').trim()
const list = <T>(v: readonly T[] | null | undefined): readonly T[] => v ?? []

/** The year a title names ("青海省2024年…"), or null. */
export function yearOfTitle(title: string | null | undefined): number | null {
  // i18n-exempt: the document's own wording
  const m = /((?:19|20|21)\d{2})\s*年/.exec(title ?? '')
  return m ? Number(m[1]) : null
}

/** The last day the first dated time limit allows, or null (每年, 长期坚持 …). */
export function firstDeadline(deadlines: readonly DeadlinePart[] | null | undefined): string | null {
  return list(deadlines).find((d) => !!d.date)?.date ?? null
}

const ROLE_OF: Record<string, MentionRole> = { LEAD: 'LEAD', CO: 'CO', RESPONSIBLE: 'RESPONSIBLE' }

function draftUnit(m: UnitMention): DraftUnit {
  return {
    key: nextKey(),
    name: str(m.name),
    role: ROLE_OF[m.role ?? ''] ?? 'RESPONSIBLE',
    unitId: m.unitId ?? null,
    confidence: typeof m.confidence === 'number' ? m.confidence : 0,
    picked: false,
  }
}

/** Words that introduce a target's figure; the metric's name is what stands before them. */
// i18n-exempt: the parser's vocabulary, words of Chinese plan documents
const TARGET_WORDS = ['不低于', '不少于', '不高于', '不超过', '不多于', '不大于', '不小于', '低于', '高于', '少于', '多于', '超过', '达到', '至少', '以上', '全覆盖', '控制在', '保持在', '提高到', '提升至', '达']

/**
 * A metric name from a target's clause: the words before its figure, without a leading 每年 or the like
 * ("国家工作人员学法用法考试不少于5次" → "国家工作人员学法用法考试"); the whole clause when those are too
 * few to name anything ("每年发布1次行政复议典型案例").
 */
export function targetName(text: string | null | undefined): string {
  // i18n-exempt: Chinese punctuation of the document
  const clause = str(text).replace(/[。；;，,]+$/, '')
  let cut = clause.length
  for (const w of TARGET_WORDS) {
    const at = clause.indexOf(w)
    if (at >= 0 && at < cut) cut = at
  }
  const digit = clause.search(/\d/)
  if (digit >= 0 && digit < cut) cut = digit
  // i18n-exempt: the document's own wording
  const name = clause
    .slice(0, cut)
    .replace(/^(每年|每半年|每季度|每月|全年|年内)/, '')
    .replace(/[，,、：:]+$/, '')
    .trim()
  return (name.length >= 4 ? name : clause).slice(0, 200)
}

function draftTarget(x: TargetPart): DraftTarget {
  const value = typeof x.value === 'number' ? x.value : null
  return {
    key: nextKey(),
    text: str(x.text),
    name: targetName(x.text),
    comparator: (COMPARATORS as readonly string[]).includes(x.comparator ?? '') ? (x.comparator as Comparator) : '>=',
    value,
    unit: str(x.unit),
    comparison: value === null,
  }
}

/** A measure's own text, with the numbered items under it (which the commit has no level for) on lines of their own. */
function measureText(part: TaskPart): string {
  const below = list(part.children).map((g) => [str(g.number), measureText(g)].filter(Boolean).join(' '))
  return [str(part.text), ...below].filter(Boolean).join('\n')
}

/** Every part below a work point, at any depth. */
function descendants(part: TaskPart): TaskPart[] {
  return list(part.children).flatMap((c) => [c, ...descendants(c)])
}

/** A unit named twice (by the work point and by one of its measures) is listed once, as first named. */
function mentionKey(m: UnitMention) {
  return m.unitId != null ? `id:${m.unitId}` : `name:${str(m.name)}`
}

function draftTask(part: TaskPart): DraftTask {
  const all = [part, ...descendants(part)]
  const seen = new Set<string>()
  const units: DraftUnit[] = []
  for (const m of all.flatMap((p) => list(p.units))) {
    const k = mentionKey(m)
    if (!seen.has(k)) {
      seen.add(k)
      units.push(draftUnit(m))
    }
  }
  return {
    key: nextKey(),
    number: str(part.number),
    title: str(part.title),
    text: str(part.text),
    deadline: firstDeadline(part.deadlines),
    deadlineTexts: list(part.deadlines).map((d) => str(d.text)).filter(Boolean),
    children: list(part.children).map((c) => ({ key: nextKey(), title: str(c.title), text: measureText(c), deadline: firstDeadline(c.deadlines) })),
    units,
    targets: all.flatMap((p) => list(p.targets)).map(draftTarget),
  }
}

/**
 * The editable draft of a preview. The title is the header's (unless the parser took the 文号 line for
 * it), the year the title's (else the date of issue's, else this year), the code a proposal from both;
 * each work point's deadline is its first dated time limit (none: the end of the year); units and
 * targets named by measures belong to their work point; both options are on.
 */
export function draftFromPreview(preview: DocumentPreview, options: { sourceText?: string | null; today?: Date } = {}): PlanDraft {
  const header = preview.header ?? {}
  const documentNumber = str(header.documentNumber)
  const headerTitle = str(header.title)
  const title = headerTitle && headerTitle !== documentNumber ? headerTitle : ''
  const issueDate = header.issuedOn ?? null
  const year = clampYear(yearOfTitle(title) ?? (issueDate ? Number(issueDate.slice(0, 4)) : (options.today ?? new Date()).getFullYear()))
  return {
    plan: { code: proposeCode(title, year), title, year, issuer: str(header.issuer), documentNumber, issueDate, reportCadence: 'QUARTER' },
    sections: list(preview.sections).map((s) => ({
      key: nextKey(),
      number: s.number ?? null,
      title: str(s.title),
      tasks: list(s.tasks).map(draftTask),
    })),
    createMetrics: true,
    createAssignments: true,
    sourceText: options.sourceText ?? null,
  }
}

const clampYear = (y: number) => Math.min(2100, Math.max(2000, y))

export function newMeasure(): DraftMeasure {
  return { key: nextKey(), title: '', text: '', deadline: null }
}

export function newTarget(): DraftTarget {
  return { key: nextKey(), text: '', name: '', comparator: '>=', value: null, unit: '', comparison: false }
}

/** A unit picked by hand for a work point: the lead when it has none yet, else a co-unit. */
export function pickedUnit(task: DraftTask, unit: { id: number; name: string }): DraftUnit {
  const hasLead = task.units.some((u) => u.role !== 'CO')
  return { key: nextKey(), name: unit.name, role: hasLead ? 'CO' : 'LEAD', unitId: unit.id, confidence: 1, picked: true }
}

// ——— the plan's code ———

/** Pinyin initials of the provinces, as plan codes begin (QH-FZZF-2024). */
// i18n-exempt: province names as plan titles begin
const REGIONS: readonly [string, string][] = [
  ['内蒙古', 'NMG'], ['黑龙江', 'HLJ'], ['北京', 'BJ'], ['天津', 'TJ'], ['河北', 'HEB'], ['山西', 'SX'], ['辽宁', 'LN'],
  ['吉林', 'JL'], ['上海', 'SH'], ['江苏', 'JS'], ['浙江', 'ZJ'], ['安徽', 'AH'], ['福建', 'FJ'], ['江西', 'JX'],
  ['山东', 'SD'], ['河南', 'HEN'], ['湖北', 'HUB'], ['湖南', 'HUN'], ['广东', 'GD'], ['广西', 'GX'], ['海南', 'HAIN'],
  ['重庆', 'CQ'], ['四川', 'SC'], ['贵州', 'GZ'], ['云南', 'YN'], ['西藏', 'XZ'], ['陕西', 'SHX'], ['甘肃', 'GS'],
  ['青海', 'QH'], ['宁夏', 'NX'], ['新疆', 'XJ'],
]

/** What a plan is about, most specific first. */
// i18n-exempt: topics as plan titles name them
const TOPICS: readonly [string, string][] = [
  ['法治政府', 'FZZF'], ['法治社会', 'FZSH'], ['法治建设', 'FZJS'], ['依法行政', 'YFXZ'], ['营商环境', 'YSHJ'], ['普法', 'PF'], ['法治', 'FZ'],
]

/**
 * A code for a plan from its title and year: the province's initials when the title begins with one,
 * the topic's, the year — "青海省2024年法治政府建设工作要点" → "QH-FZZF-2024"; "PLAN-<year>" when the title
 * names neither.
 */
export function proposeCode(title: string, year: number): string {
  const t = title.trim()
  const region = REGIONS.find(([name]) => t.startsWith(name))?.[1]
  const topic = TOPICS.find(([words]) => t.includes(words))?.[1]
  const parts = [region, topic].filter((p): p is string => !!p)
  return [...(parts.length ? parts : ['PLAN']), String(yearOfTitle(t) ?? year)].join('-')
}

/** `code`, or `code-2`, `code-3` … when a plan already has it (codes compared without case). */
export function uniqueCode(code: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.toLowerCase()))
  if (!used.has(code.toLowerCase())) return code
  for (let n = 2; ; n++) if (!used.has(`${code}-${n}`.toLowerCase())) return `${code}-${n}`
}

// ——— the commit ———

const DIGITS = /^\d+$/

/** Whether the work points' numbers cannot be committed as written (not digits, or one repeated). */
export function needsRenumbering(draft: Pick<PlanDraft, 'sections'>): boolean {
  const numbers = draft.sections.flatMap((s) => s.tasks.map((t) => t.number.trim()))
  return numbers.some((n) => !DIGITS.test(n)) || new Set(numbers).size !== numbers.length
}

/** The number each work point is committed with: as written, or 1, 2, 3 … through the plan when renumbered. */
export function commitNumbers(draft: Pick<PlanDraft, 'sections'>): string[][] {
  let n = 0
  const renumber = needsRenumbering(draft)
  return draft.sections.map((s) => s.tasks.map((t) => (renumber ? String(++n) : t.number.trim())))
}

/** Which draft unit / target each committed one is (the commit leaves some out), per section and task. */
export interface CommitOrigin {
  units: number[][][]
  targets: number[][][]
}

export interface CommitPlan {
  body: CommitPlanDocument
  origin: CommitOrigin
  /** the work points were numbered 1, 2, 3 … because their numbers could not be committed */
  renumbered: boolean
  /** units named without a unit picked for them: not assigned */
  unresolvedUnits: number
  /** units listed twice for one work point: assigned once (as lead when either says so) */
  duplicateUnits: number
  /** targets without a figure (comparisons): no metric */
  skippedTargets: number
}

const blankToUndefined = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined)

/**
 * The CommitPlanDocument of a draft. Sections and work points keep their order (the server numbers
 * sections 1, 2 … and measures 3.1, 3.2 …); work points keep their numbers when all are distinct
 * digits, else are renumbered through the plan. 负责 becomes 牵头; units without a picked unit and
 * targets without a figure are left out (targets altogether when no metrics are wanted).
 */
export function buildCommit(draft: PlanDraft): CommitPlan {
  const numbers = commitNumbers(draft)
  const origin: CommitOrigin = { units: [], targets: [] }
  let unresolvedUnits = 0
  let duplicateUnits = 0
  let skippedTargets = 0
  const p = draft.plan
  const sections = draft.sections.map((s, si) => {
    origin.units.push([])
    origin.targets.push([])
    return {
      title: s.title.trim(),
      tasks: s.tasks.map((t, ti): CommitTask => {
        const units: CommitUnit[] = []
        const unitOrigin: number[] = []
        t.units.forEach((u, ui) => {
          if (u.unitId === null) {
            unresolvedUnits++
            return
          }
          const role: AssignmentRole = u.role === 'CO' ? 'CO' : 'LEAD'
          const earlier = units.find((x) => x.unitId === u.unitId)
          if (earlier) {
            duplicateUnits++
            if (role === 'LEAD') earlier.role = 'LEAD'
            return
          }
          units.push({ unitId: u.unitId, role })
          unitOrigin.push(ui)
        })
        const targets: CommitTarget[] = []
        const targetOrigin: number[] = []
        t.targets.forEach((x, xi) => {
          if (!draft.createMetrics) return
          if (x.value === null) {
            skippedTargets++
            return
          }
          targets.push({ name: x.name.trim(), comparator: x.comparator, value: x.value, unit: x.unit.trim() })
          targetOrigin.push(xi)
        })
        origin.units[si].push(unitOrigin)
        origin.targets[si].push(targetOrigin)
        return {
          number: numbers[si][ti],
          title: t.title.trim(),
          text: t.text.trim(),
          deadline: t.deadline || null,
          children: t.children.map((c) => ({ title: c.title.trim(), text: c.text.trim(), deadline: c.deadline || null })),
          units,
          targets,
        }
      }),
    }
  })
  const body: CommitPlanDocument = {
    plan: {
      code: p.code.trim(),
      title: p.title.trim(),
      year: p.year,
      issuer: blankToUndefined(p.issuer),
      documentNumber: blankToUndefined(p.documentNumber),
      issueDate: p.issueDate || undefined,
      reportCadence: p.reportCadence,
      sourceText: blankToUndefined(draft.sourceText),
    },
    sections,
    createMetrics: draft.createMetrics,
    createAssignments: draft.createAssignments,
  }
  return { body, origin, renumbered: needsRenumbering(draft), unresolvedUnits, duplicateUnits, skippedTargets }
}

/** How many of each the commit will create (assignments and metrics only when asked for). */
export function commitCounts(commit: CommitPlan): { sections: number; tasks: number; measures: number; metrics: number; assignments: number } {
  const tasks = commit.body.sections.flatMap((s) => s.tasks)
  return {
    sections: commit.body.sections.length,
    tasks: tasks.length,
    measures: tasks.reduce((n, t) => n + (t.children?.length ?? 0), 0),
    metrics: commit.body.createMetrics ? tasks.reduce((n, t) => n + (t.targets?.length ?? 0), 0) : 0,
    assignments: commit.body.createAssignments ? tasks.reduce((n, t) => n + (t.units?.length ?? 0), 0) : 0,
  }
}

// ——— the server's field errors, on the draft ———

export type ErrorScope = 'plan' | 'section' | 'task' | 'measure' | 'unit' | 'target' | 'other'

export interface ErrorLocation {
  scope: ErrorScope
  /**
   * The draft field the message belongs beside, by the draft's indexes: `plan.code`, `sections[0].title`,
   * `sections[0].tasks[1].text`, `sections[0].tasks[1].children[0].title`, `sections[0].tasks[1].units[2]`
   * (the unit as a whole), `sections[0].tasks[1].targets[0].value`; '' for an error of no field.
   */
  key: string
  section?: number
  task?: number
  /** the measure's, unit's or target's index in the draft */
  item?: number
  /** the draft's name of the field */
  field?: string
}

const PLAN_FIELDS = ['code', 'title', 'year', 'issuer', 'documentNumber', 'issueDate', 'reportCadence', 'sourceText']
const TASK_FIELDS = ['number', 'title', 'text', 'deadline']
const MEASURE_FIELDS = ['title', 'text', 'deadline']
const TARGET_FIELDS = ['name', 'comparator', 'value', 'unit']
/** Names the services behind the commit use for the same fields (CreateTask, MetricInput). */
const SYNONYMS: Record<string, string> = { content: 'text', dueDate: 'deadline', targetValue: 'value', code: 'name' }

/**
 * Where a server field error belongs in the draft. `path` is the server's (`sections[1].tasks[0].units[0].unitId`,
 * `plan.code`, with or without a `commitPlanDocument.body.` prefix); units and targets are traced back
 * through `origin`, since the commit leaves some out.
 */
export function locateFieldError(path: string, origin?: CommitOrigin): ErrorLocation {
  // without the method and parameter a Bean Validation path may begin with (commitPlanDocument.body.)
  const p = /(?:^|\.)((?:plan\.|sections\[).*)$/.exec(path)?.[1] ?? path
  const plan = /^plan\.(\w+)/.exec(p)
  if (plan) return PLAN_FIELDS.includes(plan[1]) ? { scope: 'plan', key: `plan.${plan[1]}`, field: plan[1] } : { scope: 'plan', key: '', field: plan[1] }
  if (PLAN_FIELDS.includes(p) && p !== 'sourceText') return { scope: 'plan', key: `plan.${p}`, field: p }
  const section = /^sections\[(\d+)\](?:\.(.*))?$/.exec(p)
  if (!section) return { scope: 'other', key: '' }
  const s = Number(section[1])
  const rest = section[2] ?? ''
  const sectionKey = `sections[${s}]`
  const task = /^tasks\[(\d+)\](?:\.(.*))?$/.exec(rest)
  if (!task) return { scope: 'section', key: `${sectionKey}.title`, section: s, field: 'title' }
  const t = Number(task[1])
  const inner = task[2] ?? ''
  const taskKey = `${sectionKey}.tasks[${t}]`
  const field = (name: string | undefined) => (name ? (SYNONYMS[name] ?? name) : undefined)
  const item = /^(children|units|targets)\[(\d+)\](?:\.(\w+))?/.exec(inner)
  if (item) {
    const [, kind, index, name] = item
    const f = field(name)
    if (kind === 'children') {
      const i = Number(index)
      return f && MEASURE_FIELDS.includes(f)
        ? { scope: 'measure', key: `${taskKey}.children[${i}].${f}`, section: s, task: t, item: i, field: f }
        : { scope: 'measure', key: `${taskKey}.children[${i}].title`, section: s, task: t, item: i, field: 'title' }
    }
    const traced = (kind === 'units' ? origin?.units : origin?.targets)?.[s]?.[t]?.[Number(index)] ?? Number(index)
    if (kind === 'units') return { scope: 'unit', key: `${taskKey}.units[${traced}]`, section: s, task: t, item: traced, field: name }
    return f && TARGET_FIELDS.includes(f)
      ? { scope: 'target', key: `${taskKey}.targets[${traced}].${f}`, section: s, task: t, item: traced, field: f }
      : { scope: 'target', key: `${taskKey}.targets[${traced}].name`, section: s, task: t, item: traced, field: 'name' }
  }
  const f = field(/^\w+/.exec(inner)?.[0])
  if (f && TASK_FIELDS.includes(f)) return { scope: 'task', key: `${taskKey}.${f}`, section: s, task: t, field: f }
  return { scope: 'task', key: `${taskKey}.title`, section: s, task: t, field: f }
}

export interface LocatedError extends ErrorLocation {
  message: string
}

export interface DraftErrors {
  /** message per draft field (several joined with '; ') */
  byKey: Record<string, string>
  /** every error, in the server's order, for the summary above the draft */
  items: LocatedError[]
}

export function collectErrors(errors: readonly { field: string; message: string }[], origin?: CommitOrigin): DraftErrors {
  const byKey: Record<string, string> = {}
  const items: LocatedError[] = []
  for (const e of errors) {
    const loc = { ...locateFieldError(e.field, origin), message: e.message }
    items.push(loc)
    if (loc.key) byKey[loc.key] = byKey[loc.key] ? `${byKey[loc.key]}; ${e.message}` : e.message
  }
  return { byKey, items }
}

/**
 * The errors of a refused commit on the draft: its field errors, or — for a 409 about the plan's code
 * (a plan has it already), which names no field — that message beside the code. Empty when the
 * refusal concerns no field (it is then shown on its own).
 */
export function problemErrors(problem: { status: number; detail?: string; errors: readonly { field: string; message: string }[] }, origin?: CommitOrigin): DraftErrors {
  if (problem.errors.length) return collectErrors(problem.errors, origin)
  if (problem.status === 409 && /\bcode\b/i.test(problem.detail ?? '')) {
    const message = problem.detail ?? ''
    return { byKey: { 'plan.code': message }, items: [{ scope: 'plan', key: 'plan.code', field: 'code', message }] }
  }
  return { byKey: {}, items: [] }
}

/** Whether a work point (or anything in it) has an error. */
export function taskHasError(byKey: Record<string, string>, section: number, task: number): boolean {
  const prefix = `sections[${section}].tasks[${task}]`
  return Object.keys(byKey).some((k) => k === prefix || k.startsWith(`${prefix}.`))
}

/** Where an error is, in words: "一、加强组织领导 › 第 3 项 › 标题" (the document's own numbering). */
export function describeLocation(loc: ErrorLocation, draft: PlanDraft, t: Translate): string {
  const parts: string[] = []
  if (loc.scope === 'plan') parts.push(t('plandoc.where.plan'))
  const section = loc.section !== undefined ? draft.sections[loc.section] : undefined
  if (loc.section !== undefined) {
    parts.push(section?.number ? t('plandoc.where.section', { n: section.number }) : t('plandoc.where.sectionAt', { n: loc.section + 1 }))
  }
  const task = loc.task !== undefined ? section?.tasks[loc.task] : undefined
  if (loc.task !== undefined) parts.push(t('plandoc.where.task', { n: task?.number || loc.task + 1 }))
  if (loc.item !== undefined) {
    if (loc.scope === 'measure') parts.push(t('plandoc.where.measure', { n: loc.item + 1 }))
    if (loc.scope === 'unit') parts.push(t('plandoc.where.unit', { name: task?.units[loc.item]?.name ?? loc.item + 1 }))
    if (loc.scope === 'target') parts.push(t('plandoc.where.target', { n: loc.item + 1 }))
  }
  if (loc.field && loc.scope !== 'unit') {
    const key = `plandoc.field.${loc.field}`
    const label = t(key)
    parts.push(label === key ? loc.field : label)
  }
  return parts.join(' › ')
}

/** An element id for a draft field's key (`sections[0].tasks[1].title` → `pd-sections-0-tasks-1-title`), to scroll to it. */
export const fieldId = (key: string) => `pd-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`
