import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AnnualReportInput, AnnualReportView, AssignmentRole, AssignmentStatus, Colour, MatrixRow, UnitCounts, UnitType } from '@/api/types'
import { formatFigure, formatNumber } from '@/features/metrics/metricFormat'
import { ROLES, STATUSES } from '@/shared/labels'
import { queryInt, queryString } from '@/shared/query'

type Translate = (key: string, named?: Record<string, unknown>) => string

// ——— levels (the unit types the scorecard and the attainment table compare) ———

/** The levels the switches offer, in order: 市州, 省直部门, 县市区. */
export const LEVELS = ['PREFECTURE', 'PROVINCIAL_DEPARTMENT', 'COUNTY'] as const satisfies readonly UnitType[]
export type Level = (typeof LEVELS)[number]

export function asLevel(v: string | undefined, fallback: Level = 'PREFECTURE'): Level {
  return (LEVELS as readonly string[]).includes(v ?? '') ? (v as Level) : fallback
}

// ——— colours ———

/** Element Plus' danger / warning / success, so the charts match the traffic-light tags. */
export const COLOUR_HEX: Record<Colour, string> = { RED: '#f56c6c', YELLOW: '#e6a23c', GREEN: '#67c23a' }

export const isColour = (v: string | undefined): v is Colour => v === 'RED' || v === 'YELLOW' || v === 'GREEN'

// ——— numbers ———

/** n / d as a percentage with one decimal; null when there is nothing to divide by. */
export function percentOf(n: number | null | undefined, d: number | null | undefined): number | null {
  if (!d || n === null || n === undefined) return null
  return Number(((n / d) * 100).toFixed(1))
}

export { formatPercent } from '@/shared/format'

// ——— the filtered assignment list (the target of every chart click) ———

export interface AssignmentFilter {
  planId?: number
  sectionId?: number
  /** this unit and every unit under it */
  withinUnitId?: number
  colour?: Colour
  status?: AssignmentStatus
  role?: AssignmentRole
}

/** The filters of an assignment list from the URL; values this version does not know are ignored. */
export function assignmentFilterFromQuery(q: LocationQuery, planId: number | undefined): AssignmentFilter {
  const colour = queryString(q, 'colour')
  const status = queryString(q, 'status')
  const role = queryString(q, 'role')
  return {
    planId,
    sectionId: queryInt(q, 'sectionId'),
    withinUnitId: queryInt(q, 'withinUnitId'),
    colour: isColour(colour) ? colour : undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as AssignmentStatus) : undefined,
    role: (ROLES as readonly string[]).includes(role ?? '') ? (role as AssignmentRole) : undefined,
  }
}

/** Whether any filter besides the plan is set. */
export const isFiltered = (f: AssignmentFilter) => [f.sectionId, f.withinUnitId, f.colour, f.status, f.role].some((v) => v !== undefined)

/** A link to the assignment list with these filters (empty ones left out, so URLs stay short). */
export function assignmentsLink(filter: AssignmentFilter): { name: 'assignments'; query: LocationQueryRaw } {
  const query: LocationQueryRaw = {}
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== null && v !== '') query[k] = String(v)
  return { name: 'assignments', query }
}

// ——— the prefecture tile grid ———

export interface TilePlacement {
  col: number
  row: number
  colSpan: number
  rowSpan: number
}

/**
 * Qinghai's eight prefectures on a 6 × 4 grid, by division code, roughly where they lie: 海西 the
 * large west, 玉树 the south-west, 果洛 the south-east, 海南 the centre, 黄南 east of it to the
 * south, 海北 the north, 西宁 and 海东 the east.
 */
export const QINGHAI_TILES: Readonly<Record<string, TilePlacement>> = {
  '632800': { col: 0, row: 0, colSpan: 3, rowSpan: 2 }, // 海西
  '632200': { col: 3, row: 0, colSpan: 3, rowSpan: 1 }, // 海北
  '632500': { col: 3, row: 1, colSpan: 1, rowSpan: 2 }, // 海南
  '630100': { col: 4, row: 1, colSpan: 1, rowSpan: 1 }, // 西宁
  '630200': { col: 5, row: 1, colSpan: 1, rowSpan: 1 }, // 海东
  '632300': { col: 4, row: 2, colSpan: 2, rowSpan: 1 }, // 黄南
  '632700': { col: 0, row: 2, colSpan: 3, rowSpan: 2 }, // 玉树
  '632600': { col: 3, row: 3, colSpan: 3, rowSpan: 1 }, // 果洛
}
export const TILE_COLUMNS = 6
export const TILE_ROWS = 4

/** Completion bands of the tiles, best first; each has a colour and a legend label (never colour alone). */
export const COMPLETION_BANDS = [
  { min: 90, color: '#2a7410', text: '#ffffff', key: 'stats.tiles.band90' },
  { min: 70, color: '#b3e19d', text: '#1f2d1a', key: 'stats.tiles.band70' },
  { min: 40, color: '#f3d19e', text: '#3d2a0a', key: 'stats.tiles.band40' },
  { min: 0, color: '#fab6b6', text: '#4a1414', key: 'stats.tiles.band0' },
] as const
export const NO_TASKS_BAND = { color: '#e4e7ed', text: '#606266', key: 'stats.tiles.none' } as const

export function completionBand(percent: number | null | undefined) {
  if (percent === null || percent === undefined) return NO_TASKS_BAND
  return COMPLETION_BANDS.find((b) => percent >= b.min) ?? COMPLETION_BANDS[COMPLETION_BANDS.length - 1]
}

/** "海西蒙古族藏族自治州" → "海西州", "玉树藏族自治州" → "玉树州"; cities stay as they are. */
export function shortPrefectureName(name: string): string {
  // i18n-exempt: the units' official (Chinese) names, shortened as they are commonly written
  const m = /^(.+?)(?:蒙古族)?藏族自治州$/.exec(name)
  // i18n-exempt: see above
  return m ? `${m[1]}州` : name
}

export interface PrefectureTile extends TilePlacement {
  unitId: number
  code: string
  name: string
  shortName: string
  total: number
  completed: number
  red: number
  /** null when the prefecture has no assignments in scope */
  percent: number | null
  color: string
  textColor: string
  bandKey: string
}

/**
 * The tiles of the prefectures among a dashboard's units, placed by division code; a prefecture the
 * layout does not know (a new code) gets a one-cell tile in a row below the map.
 */
export function prefectureTiles(units: readonly UnitCounts[]): PrefectureTile[] {
  let extra = 0
  return units
    .filter((u) => u.type === 'PREFECTURE' && u.unitId !== undefined)
    .map((u) => {
      const code = u.code ?? ''
      const place = QINGHAI_TILES[code] ?? { col: extra % TILE_COLUMNS, row: TILE_ROWS + Math.floor(extra++ / TILE_COLUMNS), colSpan: 1, rowSpan: 1 }
      const total = u.total ?? 0
      const percent = total > 0 ? (u.completionPercent ?? percentOf(u.completed, total)) : null
      const band = completionBand(percent)
      return {
        ...place,
        unitId: u.unitId as number,
        code,
        name: u.name ?? code,
        shortName: shortPrefectureName(u.name ?? code),
        total,
        completed: u.completed ?? 0,
        red: u.red ?? 0,
        percent,
        color: band.color,
        textColor: band.text,
        bandKey: band.key,
      }
    })
}

// ——— the metric attainment matrix ———

/** A matrix cell for people: the figure with its unit, "已完成 / 未完成" for deadlines, "—" without data. */
export function matrixFigure(row: Pick<MatrixRow, 'kind' | 'displayUnit'>, value: number | null | undefined, t: Translate): string {
  if (value === null || value === undefined) return '—'
  if (row.kind === 'DEADLINE') return value >= 100 ? t('metrics.entry.doneYes') : t('metrics.entry.doneNo')
  const unit = row.displayUnit === '%' ? '%' : (row.displayUnit ?? '')
  return unit === '%' ? formatFigure(value, '%') : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`
}

// ——— annual reports ———

/** The five statutory parts of 年度法治政府建设情况报告, in order, with their headings' i18n keys. */
export const ANNUAL_PARTS = [
  { field: 'measures', key: 'annual.part.measures' },
  { field: 'shortcomings', key: 'annual.part.shortcomings' },
  { field: 'leadership', key: 'annual.part.leadership' },
  { field: 'nextYear', key: 'annual.part.nextYear' },
  { field: 'otherMatters', key: 'annual.part.otherMatters' },
] as const satisfies readonly { field: keyof AnnualReportInput; key: string }[]

export function annualInput(v: AnnualReportInput): AnnualReportInput {
  return { title: v.title, measures: v.measures, shortcomings: v.shortcomings, leadership: v.leadership, nextYear: v.nextYear, otherMatters: v.otherMatters }
}

export function annualChanged(form: AnnualReportInput, saved: AnnualReportInput): boolean {
  const a = annualInput(form)
  const b = annualInput(saved)
  return (Object.keys(a) as (keyof AnnualReportInput)[]).some((k) => a[k] !== b[k])
}

/**
 * Who may change an annual report (the server decides again): supervisors any unit's, reporters
 * their own unit's, and only while it is a draft.
 */
export function canWriteAnnual(report: Pick<AnnualReportView, 'state' | 'unitId'>, me: { roles: readonly string[]; unitId?: number | null } | null): boolean {
  if (!me || report.state !== 'DRAFT') return false
  if (me.roles.includes('SUPERVISOR')) return true
  return me.roles.includes('REPORTER') && me.unitId === report.unitId
}

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
