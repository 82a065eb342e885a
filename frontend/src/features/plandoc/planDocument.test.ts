import { describe, expect, it } from 'vitest'
import { translator } from '@/locales/translator'
import { ACCESS } from '@/router/access'
import {
  buildCommit,
  collectErrors,
  commitCounts,
  commitNumbers,
  decodeText,
  describeLocation,
  documentFileProblem,
  documentFormatOf,
  draftFromPreview,
  fieldId,
  firstDeadline,
  locateFieldError,
  needsRenumbering,
  newMeasure,
  newTarget,
  pickedUnit,
  problemErrors,
  proposeCode,
  targetName,
  taskHasError,
  uniqueCode,
  yearOfTitle,
  type PlanDraft,
} from './planDocument'
import { part, preview } from './testPreview'

const tZh = translator('zh-CN')
const tEn = translator('en')
/** The draft without its v-for keys, which differ from run to run. */
const withoutKeys = <T>(x: T): T => JSON.parse(JSON.stringify(x, (k, v) => (k === 'key' ? undefined : v))) as T
const draft = (): PlanDraft => draftFromPreview(preview(), { sourceText: '全文', today: new Date('2026-03-01') })

describe('the document', () => {
  it('reads .txt and .docx files, in any case, and nothing else', () => {
    expect(documentFormatOf('要点.TXT')).toBe('txt')
    expect(documentFormatOf('a.b.docx')).toBe('docx')
    expect(documentFormatOf('a.doc')).toBeNull()
    expect(documentFormatOf('docx')).toBeNull()
    expect(documentFileProblem({ name: 'a.docx', size: 10 })).toBeNull()
    expect(documentFileProblem({ name: 'a.pdf', size: 10 })).toBe('plandoc.source.wrongType')
    expect(documentFileProblem({ name: 'a.txt', size: 0 })).toBe('plandoc.source.empty')
    expect(documentFileProblem({ name: 'a.txt', size: 25 * 1024 * 1024 + 1 })).toBe('plandoc.source.tooBig')
    for (const key of ['plandoc.source.wrongType', 'plandoc.source.empty', 'plandoc.source.tooBig']) expect(tZh(key)).not.toBe(key)
  })

  it('reads text files as UTF-8 (without a byte-order mark), and GB18030 when they are not UTF-8', () => {
    const utf8 = new TextEncoder().encode('\uFEFF一、加强组织领导')
    expect(decodeText(utf8)).toEqual({ text: '一、加强组织领导', fallback: false })
    // "一、" in GB18030: D2 BB A1 A2 — not valid UTF-8
    expect(decodeText(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]))).toEqual({ text: '一、', fallback: true })
  })
})

describe('draftFromPreview', () => {
  it('takes the header, the year from the title and proposes a code', () => {
    const d = draft()
    expect(d.plan).toEqual({
      code: 'QH-FZZF-2024',
      title: '青海省2024年法治政府建设工作要点',
      year: 2024,
      issuer: '青海省人民政府办公厅',
      documentNumber: '青政办函〔2024〕19号',
      issueDate: '2024-02-01',
      reportCadence: 'QUARTER',
    })
    expect(d.createMetrics).toBe(true)
    expect(d.createAssignments).toBe(true)
    expect(d.sourceText).toBe('全文')
  })

  it('drops a title that is only the 文号 line, and takes the year from the date of issue, else this year', () => {
    const p = preview()
    p.header = { title: '青政办函〔2030〕7号', documentNumber: '青政办函〔2030〕7号', issuer: null as unknown as string, issuedOn: '2029-12-20' }
    const d = draftFromPreview(p, { today: new Date('2026-03-01') })
    expect(d.plan.title).toBe('')
    expect(d.plan.issuer).toBe('')
    expect(d.plan.year).toBe(2029)
    expect(d.plan.code).toBe('PLAN-2029')
    expect(d.sourceText).toBeNull()
    expect(draftFromPreview({ header: {}, sections: [], warnings: [] }, { today: new Date('2026-03-01') }).plan).toMatchObject({ year: 2026, issueDate: null, title: '' })
  })

  it('keeps the sections and work points in order, with their numbers as written', () => {
    const d = draft()
    expect(d.sections.map((s) => [s.number, s.title, s.tasks.map((t) => t.number)])).toEqual([
      ['一', '加强组织领导', ['1', '2']],
      ['二', '严格规范执法', ['3']],
    ])
  })

  it("prefills each work point's deadline from its first dated time limit, else leaves it empty (the end of the year)", () => {
    const [a, b] = draft().sections[0].tasks
    expect(a.deadline).toBe('2024-06-30')
    expect(a.deadlineTexts).toEqual(['每年', '2024年6月底前'])
    expect(b.deadline).toBeNull()
    expect(firstDeadline(undefined)).toBeNull()
  })

  it('keeps the units with their roles, matched or not, and the confidence', () => {
    const [a, b] = draft().sections[0].tasks
    expect(withoutKeys(a.units)).toEqual([
      { name: '省司法厅', role: 'LEAD', unitId: 63, confidence: 0.9, picked: false },
      { name: '西宁市', role: 'CO', unitId: 2, confidence: 1, picked: false },
    ])
    expect(withoutKeys(b.units)).toEqual([
      { name: '各市州政府', role: 'RESPONSIBLE', unitId: null, confidence: 0.3, picked: false },
      { name: '省政府', role: 'RESPONSIBLE', unitId: 1, confidence: 0.45, picked: false },
    ])
  })

  it('names targets after the words before their figure; comparisons keep a null value', () => {
    const b = draft().sections[0].tasks[1]
    expect(withoutKeys(b.targets)).toEqual([
      { text: '每年开展专项督察不少于2次', name: '开展专项督察', comparator: '>=', value: 2, unit: '次', comparison: false },
      { text: '行政复议案件纠错率高于本地区同期行政诉讼', name: '行政复议案件纠错率', comparator: '>', value: null, unit: '', comparison: true },
    ])
  })

  it("turns sub-items into measures (deeper items into their text) and gives their units and targets to the work point", () => {
    const c = draft().sections[1].tasks[0]
    expect(withoutKeys(c.children)).toEqual([
      { title: '完善执法程序', text: '完善执法程序。', deadline: '2024-09-30' },
      { title: '', text: '加强执法监督\n① 定期评查案卷', deadline: null },
    ])
    // 西宁市 named by the work point and by a measure: once, as the work point names it
    expect(c.units.map((u) => [u.name, u.role])).toEqual([
      ['西宁市', 'LEAD'],
      ['海东市', 'CO'],
    ])
    expect(c.targets.map((x) => [x.name, x.value])).toEqual([['行政执法案卷评查覆盖率', 100]])
  })

  it('gives every item its own key, and new ones fresh keys', () => {
    const d = draft()
    const keys = [
      ...d.sections.map((s) => s.key),
      ...d.sections.flatMap((s) => s.tasks.flatMap((t) => [t.key, ...t.children.map((c) => c.key), ...t.units.map((u) => u.key), ...t.targets.map((x) => x.key)])),
      newMeasure().key,
      newTarget().key,
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('targetName', () => {
  it('is the words before the figure, or the whole clause when those are too few', () => {
    expect(targetName('国家工作人员学法用法考试不少于5次')).toBe('国家工作人员学法用法考试')
    expect(targetName('各级行政机关负责人出庭应诉率不低于90%。')).toBe('各级行政机关负责人出庭应诉率')
    expect(targetName('行政机关败诉率低于10%')).toBe('行政机关败诉率')
    expect(targetName('实行决策风险评估全覆盖')).toBe('实行决策风险评估')
    expect(targetName('每年至少举办2次以上法治专题讲座')).toBe('每年至少举办2次以上法治专题讲座')
    expect(targetName('每年发布1次行政复议典型案例')).toBe('每年发布1次行政复议典型案例')
    expect(targetName(null)).toBe('')
    expect(targetName('很'.repeat(300)).length).toBe(200)
  })
})

describe('the plan code', () => {
  it('is the province, the topic and the year', () => {
    expect(proposeCode('青海省2024年法治政府建设工作要点', 2024)).toBe('QH-FZZF-2024')
    expect(proposeCode('内蒙古自治区2025年法治政府建设工作要点', 2030)).toBe('NMG-FZZF-2025')
    expect(proposeCode('西宁市2024年依法行政工作要点', 2024)).toBe('YFXZ-2024')
    expect(proposeCode('测试省2099年法治社会建设要点', 2000)).toBe('FZSH-2099')
    expect(proposeCode('工作要点', 2031)).toBe('PLAN-2031')
    expect(proposeCode('', 2031)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  })

  it('gets a suffix when a plan has it already', () => {
    expect(uniqueCode('QH-FZZF-2024', [])).toBe('QH-FZZF-2024')
    expect(uniqueCode('QH-FZZF-2024', ['qh-fzzf-2024', 'QH-FZZF-2024-2'])).toBe('QH-FZZF-2024-3')
  })

  it('reads the year of a title', () => {
    expect(yearOfTitle('青海省2024年法治政府建设工作要点')).toBe(2024)
    expect(yearOfTitle('2021—2025年实施方案')).toBe(2025)
    expect(yearOfTitle('工作要点')).toBeNull()
  })
})

describe('buildCommit', () => {
  it('makes the CommitPlanDocument: RESPONSIBLE as LEAD, unmatched units and comparisons left out', () => {
    const d = draft()
    const commit = buildCommit(d)
    expect(commit.body.plan).toEqual({
      code: 'QH-FZZF-2024',
      title: '青海省2024年法治政府建设工作要点',
      year: 2024,
      issuer: '青海省人民政府办公厅',
      documentNumber: '青政办函〔2024〕19号',
      issueDate: '2024-02-01',
      reportCadence: 'QUARTER',
      sourceText: '全文',
    })
    expect(commit.body.createMetrics).toBe(true)
    expect(commit.body.createAssignments).toBe(true)
    expect(commit.body.sections.map((s) => s.title)).toEqual(['加强组织领导', '严格规范执法'])
    const [a, b] = commit.body.sections[0].tasks
    expect(a).toEqual({
      number: '1',
      title: '健全工作机制',
      text: '健全工作机制。2024年6月底前完成。（省司法厅牵头，西宁市配合）',
      deadline: '2024-06-30',
      children: [],
      units: [
        { unitId: 63, role: 'LEAD' },
        { unitId: 2, role: 'CO' },
      ],
      targets: [],
    })
    expect(b.deadline).toBeNull()
    expect(b.units).toEqual([{ unitId: 1, role: 'LEAD' }])
    expect(b.targets).toEqual([{ name: '开展专项督察', comparator: '>=', value: 2, unit: '次' }])
    expect(commit.body.sections[1].tasks[0].children).toEqual([
      { title: '完善执法程序', text: '完善执法程序。', deadline: '2024-09-30' },
      { title: '', text: '加强执法监督\n① 定期评查案卷', deadline: null },
    ])
    expect(commit).toMatchObject({ renumbered: false, unresolvedUnits: 1, duplicateUnits: 0, skippedTargets: 1 })
    // the unit and target each committed one came from
    expect(commit.origin.units[0]).toEqual([[0, 1], [1]])
    expect(commit.origin.targets[0]).toEqual([[], [0]])
    expect(commitCounts(commit)).toEqual({ sections: 2, tasks: 3, measures: 2, metrics: 2, assignments: 5 })
  })

  it('trims the fields and leaves empty optional plan fields out', () => {
    const d = draft()
    d.plan.code = '  X-1 '
    d.plan.issuer = '  '
    d.plan.documentNumber = ''
    d.plan.issueDate = null
    d.sourceText = null
    d.sections[0].title = ' 加强 '
    d.sections[0].tasks[0].title = ' 标题 '
    const { body } = buildCommit(d)
    expect(body.plan).toEqual({ code: 'X-1', title: '青海省2024年法治政府建设工作要点', year: 2024, reportCadence: 'QUARTER' })
    expect(JSON.parse(JSON.stringify(body.plan))).toEqual(body.plan)
    expect(body.sections[0].title).toBe('加强')
    expect(body.sections[0].tasks[0].title).toBe('标题')
  })

  it('counts a unit listed twice once, as lead when either listing says so, and traces the errors of the rest', () => {
    const d = draft()
    const task = d.sections[0].tasks[1]
    task.units[0].unitId = 1 // 各市州政府 resolved to the unit 省政府 already has: listed twice
    task.units[1].role = 'CO'
    task.units[0].role = 'RESPONSIBLE'
    task.units.push(pickedUnit(task, { id: 9, name: '海西州' }))
    const commit = buildCommit(d)
    expect(commit.body.sections[0].tasks[1].units).toEqual([
      { unitId: 1, role: 'LEAD' },
      { unitId: 9, role: 'CO' },
    ])
    expect(commit.duplicateUnits).toBe(1)
    expect(commit.origin.units[0][1]).toEqual([0, 2])
  })

  it('sends no targets when no metrics are wanted, and says nothing of comparisons then', () => {
    const d = draft()
    d.createMetrics = false
    d.createAssignments = false
    const commit = buildCommit(d)
    expect(commit.body.sections.flatMap((s) => s.tasks.flatMap((t) => t.targets))).toEqual([])
    expect(commit.skippedTargets).toBe(0)
    expect(commitCounts(commit)).toMatchObject({ metrics: 0, assignments: 0 })
    // the units still go: metrics would apply to their kinds of unit
    expect(commit.body.sections[0].tasks[0].units).toHaveLength(2)
  })

  it('leaves out a target whose value was cleared', () => {
    const d = draft()
    d.sections[0].tasks[1].targets[0].value = null
    expect(buildCommit(d).body.sections[0].tasks[1].targets).toEqual([])
  })
})

describe('renumbering', () => {
  it('keeps distinct digit numbers as written', () => {
    const d = draft()
    expect(needsRenumbering(d)).toBe(false)
    expect(commitNumbers(d)).toEqual([['1', '2'], ['3']])
    d.sections[0].tasks[0].number = ' 7 '
    expect(commitNumbers(d)).toEqual([['7', '2'], ['3']])
  })

  it('numbers the work points 1, 2, 3 … through the plan when one is not digits or a number repeats', () => {
    const d = draft()
    d.sections[0].tasks[0].number = '（一）'
    expect(needsRenumbering(d)).toBe(true)
    expect(commitNumbers(d)).toEqual([['1', '2'], ['3']])
    d.sections[0].tasks[0].number = '5'
    d.sections[1].tasks[0].number = '5'
    expect(commitNumbers(d)).toEqual([['1', '2'], ['3']])
    const commit = buildCommit(d)
    expect(commit.renumbered).toBe(true)
    expect(commit.body.sections.flatMap((s) => s.tasks.map((t) => t.number))).toEqual(['1', '2', '3'])
  })

  it('renumbers a document numbered （一）（二） in each part', () => {
    const p = preview()
    p.sections![0].tasks = [part({ number: '（一）' }), part({ number: '（二）' })]
    p.sections![1].tasks = [part({ number: '（一）' })]
    expect(commitNumbers(draftFromPreview(p))).toEqual([['1', '2'], ['3']])
  })
})

describe('the server errors on the draft', () => {
  const origin = buildCommit(draft()).origin

  it('puts plan errors beside the plan fields', () => {
    expect(locateFieldError('plan.code')).toEqual({ scope: 'plan', key: 'plan.code', field: 'code' })
    expect(locateFieldError('commitPlanDocument.body.plan.title')).toEqual({ scope: 'plan', key: 'plan.title', field: 'title' })
    expect(locateFieldError('plan.parentId')).toEqual({ scope: 'plan', key: '', field: 'parentId' })
  })

  it('puts section, work point and measure errors beside their fields', () => {
    expect(locateFieldError('sections[1].title')).toEqual({ scope: 'section', key: 'sections[1].title', section: 1, field: 'title' })
    expect(locateFieldError('sections[1].tasks[0].title')).toEqual({ scope: 'task', key: 'sections[1].tasks[0].title', section: 1, task: 0, field: 'title' })
    expect(locateFieldError('sections[0].tasks[1].number').key).toBe('sections[0].tasks[1].number')
    // the task service calls the text "content"
    expect(locateFieldError('sections[0].tasks[1].content').key).toBe('sections[0].tasks[1].text')
    expect(locateFieldError('sections[0].tasks[1].sectionId')).toEqual({ scope: 'task', key: 'sections[0].tasks[1].title', section: 0, task: 1, field: 'sectionId' })
    expect(locateFieldError('sections[1].tasks[0].children[1].title')).toEqual({
      scope: 'measure',
      key: 'sections[1].tasks[0].children[1].title',
      section: 1,
      task: 0,
      item: 1,
      field: 'title',
    })
    expect(locateFieldError('sections[1].tasks[0].children[0].content').key).toBe('sections[1].tasks[0].children[0].text')
  })

  it('traces unit and target errors back through what the commit left out', () => {
    // task 2 commits 省政府 (draft unit 1) as its first unit, the first target (draft 0)
    expect(locateFieldError('sections[0].tasks[1].units[0].unitId', origin)).toEqual({
      scope: 'unit',
      key: 'sections[0].tasks[1].units[1]',
      section: 0,
      task: 1,
      item: 1,
      field: 'unitId',
    })
    expect(locateFieldError('sections[0].tasks[1].targets[0].unit', origin).key).toBe('sections[0].tasks[1].targets[0].unit')
    expect(locateFieldError('sections[0].tasks[1].targets[0].targetValue', origin).key).toBe('sections[0].tasks[1].targets[0].value')
    expect(locateFieldError('sections[0].tasks[1].targets[0].code', origin).key).toBe('sections[0].tasks[1].targets[0].name')
    expect(locateFieldError('sections[0].tasks[1].targets[0].granularity', origin).key).toBe('sections[0].tasks[1].targets[0].name')
    // without the origin, the index stays
    expect(locateFieldError('sections[0].tasks[1].units[0].unitId').key).toBe('sections[0].tasks[1].units[0]')
  })

  it('keeps errors of no field for the summary only', () => {
    expect(locateFieldError('sections')).toEqual({ scope: 'other', key: '' })
    expect(locateFieldError('body')).toEqual({ scope: 'other', key: '' })
    expect(locateFieldError('')).toEqual({ scope: 'other', key: '' })
  })

  it('collects the messages per field, joining several, and lists all in order', () => {
    const e = collectErrors(
      [
        { field: 'plan.code', message: 'may contain only letters' },
        { field: 'sections[0].tasks[1].title', message: 'must not be blank' },
        { field: 'sections[0].tasks[1].title', message: 'size must be at most 300' },
        { field: 'sections', message: 'must not be empty' },
      ],
      origin,
    )
    expect(e.byKey).toEqual({ 'plan.code': 'may contain only letters', 'sections[0].tasks[1].title': 'must not be blank; size must be at most 300' })
    expect(e.items.map((i) => [i.key, i.message])).toEqual([
      ['plan.code', 'may contain only letters'],
      ['sections[0].tasks[1].title', 'must not be blank'],
      ['sections[0].tasks[1].title', 'size must be at most 300'],
      ['', 'must not be empty'],
    ])
    expect(taskHasError(e.byKey, 0, 1)).toBe(true)
    expect(taskHasError(e.byKey, 0, 0)).toBe(false)
    expect(taskHasError({ 'sections[0].tasks[10].title': 'x' }, 0, 1)).toBe(false)
  })

  it('puts a 409 on the plan code beside the code, and leaves other refusals to be shown on their own', () => {
    expect(problemErrors({ status: 409, detail: 'a plan with code QH-FZZF-2024 already exists', errors: [] })).toEqual({
      byKey: { 'plan.code': 'a plan with code QH-FZZF-2024 already exists' },
      items: [{ scope: 'plan', key: 'plan.code', field: 'code', message: 'a plan with code QH-FZZF-2024 already exists' }],
    })
    expect(problemErrors({ status: 409, detail: '西宁市 is already assigned to task 3', errors: [] })).toEqual({ byKey: {}, items: [] })
    expect(problemErrors({ status: 400, errors: [{ field: 'plan.year', message: 'must be at most 2100' }] }).byKey).toEqual({ 'plan.year': 'must be at most 2100' })
  })

  it('says where an error is in the document’s own numbering, in both languages', () => {
    const d = draft()
    expect(describeLocation(locateFieldError('plan.code'), d, tZh)).toBe('工作要点信息 › 代码')
    expect(describeLocation(locateFieldError('sections[1].tasks[0].children[1].title'), d, tZh)).toBe('第二部分 › 任务 3 › 措施 2 › 标题')
    expect(describeLocation(locateFieldError('sections[0].tasks[1].units[0].unitId', origin), d, tZh)).toBe('第一部分 › 任务 2 › 单位“省政府”')
    expect(describeLocation(locateFieldError('sections[0].tasks[1].targets[0].unit', origin), d, tEn)).toBe('Part 一 › Work point 2 › Target 1 › Unit of measure')
    expect(describeLocation(locateFieldError('sections[0].tasks[1].sectionId'), d, tEn)).toBe('Part 一 › Work point 2 › sectionId')
    expect(describeLocation(locateFieldError('sections'), d, tZh)).toBe('')
  })

  it('gives each field an element id', () => {
    expect(fieldId('sections[0].tasks[1].title')).toBe('pd-sections-0-tasks-1-title')
    expect(fieldId('sections[0].tasks[1].units[2]')).toBe('pd-sections-0-tasks-1-units-2')
    expect(fieldId('plan.code')).toBe('pd-plan-code')
  })
})

describe('the labels', () => {
  it('name every role, cadence and counted thing in both languages, and only supervisors may use the page', () => {
    for (const t of [tZh, tEn]) {
      for (const key of ['plandoc.role.LEAD', 'plandoc.role.CO', 'plandoc.role.RESPONSIBLE', 'plandoc.cadence.QUARTER', 'plandoc.cadence.MONTH']) expect(t(key)).not.toBe(key)
      for (const c of ['sections', 'tasks', 'measures', 'metrics', 'assignments']) expect(t(`plandoc.done.count.${c}`)).not.toMatch(/^plandoc\./)
    }
    expect(tZh('plandoc.role.RESPONSIBLE')).toBe('负责（按牵头）')
    expect(ACCESS.planDocuments).toEqual(['SUPERVISOR'])
  })
})
