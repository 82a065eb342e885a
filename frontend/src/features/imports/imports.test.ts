import { describe, expect, it } from 'vitest'
import { translator } from '@/locales/translator'
import { ACCESS } from '@/router/access'
import { job } from './testJob'
import {
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  IMPORT_STATES,
  csvCell,
  dryRunPassed,
  errorColumns,
  errorsCsv,
  errorsFileName,
  fileProblem,
  filterErrors,
  formatOf,
  isFinished,
  kindKey,
  kindsForRoles,
  newIdempotencyKey,
  progressPercent,
  resultSummary,
  rowsOf,
  stateKey,
  stateTagType,
} from './imports'

const tZh = translator('zh-CN')
const tEn = translator('en')

describe('who may import what', () => {
  it('gives supervisors units, assignments and metric values; admins units; reporters figures and reports; viewers nothing', () => {
    expect(kindsForRoles(['SUPERVISOR'])).toEqual(['responsibility-units', 'assignments', 'metric-values'])
    expect(kindsForRoles(['ADMIN'])).toEqual(['responsibility-units'])
    expect(kindsForRoles(['REPORTER'])).toEqual(['metric-values', 'progress-reports'])
    expect(kindsForRoles(['VIEWER'])).toEqual([])
    expect(kindsForRoles([])).toEqual([])
  })

  it('joins the kinds of several roles, in the page order, without repeats', () => {
    expect(kindsForRoles(['REPORTER', 'ADMIN'])).toEqual(['responsibility-units', 'metric-values', 'progress-reports'])
    expect(kindsForRoles(['SUPERVISOR', 'REPORTER'])).toEqual([...IMPORT_KINDS])
  })

  it('matches the route: exactly the roles that may import something may open the page', () => {
    for (const role of ['ADMIN', 'SUPERVISOR', 'VIEWER', 'REPORTER']) {
      expect((ACCESS.imports as readonly string[]).includes(role), role).toBe(kindsForRoles([role]).length > 0)
    }
  })

  it('names every kind in both languages', () => {
    for (const k of IMPORT_KINDS) {
      expect(tZh(kindKey(k)), k).not.toBe(kindKey(k))
      expect(tEn(kindKey(k)), k).not.toBe(kindKey(k))
    }
    expect(tZh(kindKey('metric-values'))).toBe('指标数据')
    expect(kindKey('something-new')).toBe('enum.unknown')
  })
})

describe('files', () => {
  it('knows the format by the extension, in any case', () => {
    expect(formatOf('指标.CSV')).toBe('csv')
    expect(formatOf('a.b.xlsx')).toBe('xlsx')
    expect(formatOf('x.json')).toBe('json')
    expect(formatOf('x.xls')).toBeNull()
    expect(formatOf('csv')).toBeNull()
    expect(formatOf('')).toBeNull()
  })

  it('refuses other types, empty files and files over the limit', () => {
    expect(fileProblem({ name: 'a.csv', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'a.pdf', size: 10 })).toBe('imports.file.wrongType')
    expect(fileProblem({ name: 'a.csv', size: 0 })).toBe('imports.file.empty')
    expect(fileProblem({ name: 'a.xlsx', size: IMPORT_MAX_BYTES })).toBeNull()
    expect(fileProblem({ name: 'a.xlsx', size: IMPORT_MAX_BYTES + 1 })).toBe('imports.file.tooBig')
  })
})

describe('states', () => {
  it('knows which states have ended', () => {
    expect(IMPORT_STATES.filter(isFinished)).toEqual(['SUCCEEDED', 'FAILED', 'CANCELLED'])
  })

  it('says a state in words, a dry run that passed or failed differently from an import', () => {
    expect(tZh(stateKey('SUCCEEDED', true))).toBe('校验通过')
    expect(tZh(stateKey('FAILED', true))).toBe('校验未通过')
    expect(tZh(stateKey('SUCCEEDED', false))).toBe('导入成功')
    expect(tZh(stateKey('VALIDATING', true))).toBe('校验中')
    expect(tEn(stateKey('APPLYING', false))).toBe('Writing')
    expect(stateKey('PAUSED', false)).toBe('enum.unknown')
    for (const s of IMPORT_STATES) for (const dry of [true, false]) expect(tEn(stateKey(s, dry))).not.toMatch(/^imports\./)
  })

  it('colours ended jobs by outcome and running ones as busy', () => {
    expect(IMPORT_STATES.map(stateTagType)).toEqual(['info', 'primary', 'primary', 'success', 'danger', 'info'])
    expect(stateTagType('PAUSED')).toBe('warning')
  })
})

describe('progressPercent', () => {
  it('is unknown (an indeterminate bar) until the total is known', () => {
    expect(progressPercent(job({ state: 'QUEUED' }))).toBeNull()
    expect(progressPercent(job({ state: 'VALIDATING', rowsDone: 120, rowsTotal: null }))).toBeNull()
    expect(progressPercent(job({ state: 'VALIDATING', rowsDone: 0, rowsTotal: 0 }))).toBeNull()
  })

  it('counts the rows done, rounded down, within 0–100', () => {
    expect(progressPercent(job({ state: 'VALIDATING', rowsDone: 0, rowsTotal: 3 }))).toBe(0)
    expect(progressPercent(job({ state: 'VALIDATING', rowsDone: 1, rowsTotal: 3 }))).toBe(33)
    expect(progressPercent(job({ state: 'APPLYING', rowsDone: 2999, rowsTotal: 3000 }))).toBe(99)
    expect(progressPercent(job({ state: 'APPLYING', rowsDone: 5, rowsTotal: 3 }))).toBe(100)
    expect(progressPercent(job({ state: 'FAILED', rowsDone: 1, rowsTotal: 4 }))).toBe(25)
  })

  it('is full once the job has succeeded', () => {
    expect(progressPercent(job({ state: 'SUCCEEDED', rowsDone: 0, rowsTotal: null }))).toBe(100)
  })
})

describe('results', () => {
  it('lets only a dry run without errors be committed', () => {
    expect(dryRunPassed(job({ state: 'SUCCEEDED' }))).toBe(true)
    expect(dryRunPassed(job({ state: 'SUCCEEDED', errorCount: 1 }))).toBe(false)
    expect(dryRunPassed(job({ state: 'FAILED' }))).toBe(false)
    expect(dryRunPassed(job({ state: 'CANCELLED' }))).toBe(false)
    expect(dryRunPassed(job({ state: 'VALIDATING' }))).toBe(false)
    expect(dryRunPassed(job({ state: 'SUCCEEDED', dryRun: false }))).toBe(false)
    expect(dryRunPassed(null)).toBe(false)
  })

  it('counts the rows by the total, else by the outcomes', () => {
    expect(rowsOf(job({ rowsTotal: 7, created: 1 }))).toBe(7)
    expect(rowsOf(job({ rowsTotal: null, created: 1, updated: 2, unchanged: 3 }))).toBe(6)
  })

  it('sums a finished job up in one sentence', () => {
    expect(resultSummary(job({ state: 'SUCCEEDED', rowsTotal: 2 }), tZh)).toEqual({ type: 'success', text: '校验通过：2 行都没有错误，尚未写入任何数据，可以确认导入。' })
    expect(resultSummary(job({ state: 'SUCCEEDED', dryRun: false, rowsTotal: 2 }), tZh)).toEqual({ type: 'success', text: '导入完成：已处理 2 行。' })
    expect(resultSummary(job({ state: 'FAILED', errorCount: 3 }), tZh).text).toBe('发现 3 处错误，没有写入任何数据。请修改文件后重新校验。')
    // a file-level failure: the server's message
    expect(resultSummary(job({ state: 'FAILED', message: 'missing column(s): name (单位名称)' }), tEn)).toEqual({
      type: 'error',
      text: 'The import failed: missing column(s): name (单位名称)',
    })
    expect(resultSummary(job({ state: 'CANCELLED' }), tZh)).toEqual({ type: 'info', text: '已取消，没有写入任何数据。' })
  })
})

describe('row errors', () => {
  const errors = [
    { row: 0, column: null, value: null, message: 'missing column(s): 分母' },
    { row: 2, column: '分子', value: '12', message: 'must not exceed the denominator' },
    { row: 3, column: '统计期', value: '2024-Q5', message: 'not a period of this metric' },
    { row: 4, column: '分子', value: 'abc', message: 'not a number' },
  ]

  it('lists the columns with errors once, in order', () => {
    expect(errorColumns(errors)).toEqual(['分子', '统计期'])
  })

  it('filters by column and by text in the value, message or column', () => {
    expect(filterErrors(errors, {}).length).toBe(4)
    expect(filterErrors(errors, { column: '分子' }).map((e) => e.row)).toEqual([2, 4])
    expect(filterErrors(errors, { text: ' Q5 ' }).map((e) => e.row)).toEqual([3])
    expect(filterErrors(errors, { text: 'NUMBER' }).map((e) => e.row)).toEqual([4])
    expect(filterErrors(errors, { text: '分母' }).map((e) => e.row)).toEqual([0])
    expect(filterErrors(errors, { column: '分子', text: 'exceed' }).map((e) => e.row)).toEqual([2])
  })

  it('writes a CSV with a BOM, the headers, CRLF and the whole-file row in words', () => {
    const csv = errorsCsv(errors.slice(0, 2), ['行', '列', '值', '问题'], '整个文件')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')).toEqual(['行,列,值,问题', '整个文件,,,missing column(s): 分母', '2,分子,12,must not exceed the denominator', ''])
  })

  it('quotes commas, quotes and line breaks, and defuses formulas but not numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('-3')).toBe('-3')
    expect(csvCell('+1.5')).toBe('+1.5')
    expect(csvCell('-x')).toBe("'-x")
    expect(csvCell(null)).toBe('')
    expect(csvCell(7)).toBe('7')
  })

  it('names the download after the imported file', () => {
    expect(errorsFileName('指标.xlsx', '错误', '导入')).toBe('指标-错误.csv')
    expect(errorsFileName('a.b.csv', 'errors', 'import')).toBe('a.b-errors.csv')
    expect(errorsFileName(null, '错误', '导入')).toBe('导入-错误.csv')
  })
})

describe('newIdempotencyKey', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

  it('uses crypto.randomUUID where the browser has it', () => {
    expect(newIdempotencyKey({ randomUUID: () => 'u-1', getRandomValues: (a) => a })).toBe('u-1')
    expect(newIdempotencyKey()).toMatch(UUID)
  })

  it('makes a version-4 UUID from random bytes on plain HTTP, where randomUUID is missing', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const key = newIdempotencyKey({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) })
      expect(key).toMatch(UUID)
      seen.add(key)
    }
    expect(seen.size).toBe(200)
    const fixed = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => (new Uint8Array((a as unknown as Uint8Array).buffer).fill(0xff), a) })
    expect(fixed).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })
})
