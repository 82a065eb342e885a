import { describe, expect, it } from 'vitest'
import schema from '@/api/schema.d.ts?raw'
import { IMPORT_STATES } from '@/features/imports/imports'
import { ATTAINMENT_STATUSES, METRIC_KINDS } from '@/features/metrics/metricFormat'
import { MENTION_ROLES, REPORT_CADENCES } from '@/features/plandoc/planDocument'
import { COLOURS, COLOUR_REASONS, EXTENSION_STATES, NOTIFICATION_KINDS, REPORT_STATES, URGE_LEVELS } from '@/features/reporting/reporting'
import { PROGRESS_STATUSES, ROLES, STATUSES, UNIT_TYPES, USER_ROLES } from '@/shared/labels'
import { appSources } from './appSources'
import { keyUses, schemaEnum } from './sourceScan'
import zhCN from './zh-CN.json'
import en from './en.json'

type Tree = { [k: string]: string | Tree }
const LOCALES = { 'zh-CN': zhCN as Tree, en: en as Tree }
const NAMESPACES = new Set(Object.keys(zhCN))

function lookup(tree: Tree, key: string): string | Tree | undefined {
  return key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), tree)
}
const isMessage = (key: string) => Object.values(LOCALES).every((tree) => typeof lookup(tree, key) === 'string')
const isGroup = (key: string) => Object.values(LOCALES).every((tree) => typeof lookup(tree, key) === 'object')

/** Strings shaped like keys that are something else: the plan-document form's field paths (plan.code …), the API's event types (urge.issued …). */
const NOT_KEYS: [RegExp, RegExp][] = [
  [/^src\/features\/plandoc\//, /^plan\.\w+$/],
  [/^src\/features\/webhooks\/webhooks\.ts$/, /^[a-z-]+\.[a-z]+$/],
]

/** What in the sources names a message that one of the locale files lacks, as `file:line: key`. */
function missingKeys(sources: Record<string, string>): string[] {
  const out: string[] = []
  for (const [path, src] of Object.entries(sources)) {
    for (const use of keyUses(path, src, NAMESPACES)) {
      const key = use.dynamic ? use.key.replace(/\.$/, '') : use.key
      // a t() call must name a message; a key-shaped string elsewhere may also be a group passed as a prefix
      const ok = use.dynamic ? isGroup(key) : isMessage(key) || (!use.called && isGroup(key))
      const notKey = NOT_KEYS.some(([file, shape]) => file.test(path) && shape.test(use.key))
      if (!ok && !notKey && !(use.dynamic && !key)) out.push(`${path}:${use.line}: ${use.key}`)
    }
  }
  return out
}

describe('finding the keys a source uses', () => {
  it('reads t(), $t(), te() and i18n.global.t() calls, in scripts and templates', () => {
    const src = [
      '<script setup lang="ts">',
      "const a = t('nav.plans')",
      'const b = i18n.global.t("title.plan")',
      "const c = t(ok ? 'action.save' : 'action.cancel')",
      '</script>',
      '<template><p :title="$t(\'nav.units\')">{{ t(`enum.status.${s}`) }} {{ te(\'app.name\') }}</p></template>',
    ].join('\n')
    expect(keyUses('X.vue', src, NAMESPACES).map(({ line, key, dynamic, called }) => [line, key, dynamic, called])).toEqual([
      [2, 'nav.plans', false, true],
      [3, 'title.plan', false, true],
      [4, 'action.save', false, true],
      [4, 'action.cancel', false, true],
      [6, 'nav.units', false, true],
      [6, 'enum.status.', true, true],
      [6, 'app.name', false, true],
    ])
  })

  it('reads keys passed around as data, by their namespace', () => {
    const src = "const NAV = [{ index: '/plans', label: 'nav.plans' }]\nconst meta = { titleKey: 'title.plans', field: 'unit.name', file: 'a.csv' }\nconst k = `enum.role.${r}`"
    expect(keyUses('x.ts', src, NAMESPACES).map((u) => u.key)).toEqual(['nav.plans', 'title.plans', 'enum.role.'])
  })

  it('reports a key missing from the locale files, and one called that names a group', () => {
    const src = "const a = t('nav.plans')\nconst b = t('nav.nowhere')\nconst c = { titleKey: 'title.gone' }\nconst d = t('enum.role')\nconst e = keyIn(list, v, 'enum.role')\nconst f = `enum.nothing.${x}`"
    expect(missingKeys({ 'x.ts': src })).toEqual(['x.ts:2: nav.nowhere', 'x.ts:3: title.gone', 'x.ts:4: enum.role', 'x.ts:6: enum.nothing.'])
  })
})

describe('the SPA sources', () => {
  it('name only keys both locale files have', () => {
    const sources = appSources()
    expect(Object.keys(sources).length).toBeGreaterThan(100)
    expect(missingKeys(sources)).toEqual([])
  }, 60_000)
})

/**
 * Labels looked up as `<group>.${value}`: every value the API may send has a label in both
 * languages, and the list the code checks values against (to fall back to the raw value for a
 * newer server's) is the API's.
 */
const ENUM_LABELS: { group: string; schema?: string; list?: readonly string[] }[] = [
  { group: 'enum.role', schema: 'AssignmentRole', list: ROLES },
  { group: 'enum.status', schema: 'AssignmentStatus', list: STATUSES },
  { group: 'enum.unitType', schema: 'UnitType', list: UNIT_TYPES },
  { group: 'enum.userRole', schema: 'Role', list: USER_ROLES },
  { group: 'enum.progress', schema: 'Progress.status', list: PROGRESS_STATUSES },
  { group: 'enum.metricKind', schema: 'MetricKind', list: METRIC_KINDS },
  { group: 'enum.attainment', schema: 'AttainmentStatus', list: ATTAINMENT_STATUSES },
  { group: 'enum.granularity', schema: 'Granularity' },
  { group: 'enum.aggregation', schema: 'UnitAggregation' },
  { group: 'enum.reportState', schema: 'ReportState', list: REPORT_STATES },
  { group: 'enum.colour', schema: 'AssignmentView.colour', list: COLOURS },
  { group: 'enum.colourReason', list: COLOUR_REASONS },
  { group: 'enum.urgeLevel', schema: 'Level', list: URGE_LEVELS },
  { group: 'enum.extensionState', schema: 'State', list: EXTENSION_STATES },
  { group: 'enum.notificationKind', schema: 'NotificationView.kind', list: NOTIFICATION_KINDS },
  { group: 'annual.state', schema: 'AnnualReportView.state' },
  { group: 'imports.state', schema: 'ImportJobView.state', list: IMPORT_STATES },
  { group: 'plandoc.cadence', schema: 'PlanView.reportCadence', list: REPORT_CADENCES },
  { group: 'plandoc.role', list: MENTION_ROLES },
]

describe('labels of API values', () => {
  it.each(ENUM_LABELS)('$group has a label for every value', ({ group, schema: path, list }) => {
    const values = path ? schemaEnum(schema, path) : []
    if (path) expect(values.length, `${path} is an enum of the API`).toBeGreaterThan(0)
    if (path && list) expect([...list].sort(), `the code's list of ${path}`).toEqual([...values].sort())
    const missing = [...new Set([...values, ...(list ?? [])])].filter((v) => !isMessage(`${group}.${v}`))
    expect(missing).toEqual([])
  })
})
