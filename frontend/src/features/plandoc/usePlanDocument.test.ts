import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiProblem } from '@/api/problem'
import type { CommitPlanDocument, CommitResult, DocumentPreview } from '@/api/types'
import { preview } from './testPreview'
import { usePlanDocument } from './usePlanDocument'

const previewDocument = vi.fn<(source: string | Blob) => Promise<DocumentPreview>>()
const commitPlanDocument = vi.fn<(body: CommitPlanDocument) => Promise<CommitResult>>()
const existingCodes = vi.fn<() => string[]>(() => [])

vi.mock('./api', () => ({
  previewDocument: (source: string | Blob) => previewDocument(source),
  commitPlanDocument: (body: CommitPlanDocument) => commitPlanDocument(body),
}))
vi.mock('@/features/plan/api', () => ({
  listPlans: async () => ({ items: existingCodes().map((code, i) => ({ id: i + 1, code })), total: 0, page: 1, size: 100 }),
}))
vi.mock('@/features/units/api', () => ({
  getUnitTree: async () => [{ id: 1, name: '青海省人民政府', type: 'PROVINCE', children: [{ id: 9, name: '海西蒙古族藏族自治州', type: 'PREFECTURE', children: [] }] }],
}))

const created: CommitResult = { planId: 42, planCode: 'QH-FZZF-2024-2', sections: 2, tasks: 3, measures: 2, metrics: 2, assignments: 4 }

async function parsed() {
  const pd = usePlanDocument()
  pd.text.value = '青海省2024年法治政府建设工作要点\n一、加强组织领导'
  await pd.parse()
  await flushPromises()
  return pd
}

describe('usePlanDocument', () => {
  beforeEach(() => {
    previewDocument.mockReset().mockResolvedValue(preview())
    commitPlanDocument.mockReset()
    existingCodes.mockReturnValue(['QH-FZZF-2024'])
  })

  it('reads a .txt file into the text box and keeps a .docx file to send as it is', async () => {
    const pd = usePlanDocument()
    expect(pd.canParse.value).toBe(false)
    await pd.chooseFile(new File(['一、加强组织领导'], '要点.txt'))
    expect(pd.text.value).toBe('一、加强组织领导')
    expect(pd.readFile.value).toEqual({ name: '要点.txt', fallback: false })
    expect(pd.canParse.value).toBe(true)

    const docx = new File(['PK'], '要点.docx')
    await pd.chooseFile(docx)
    expect(pd.file.value).toBe(docx)
    await pd.parse()
    expect(previewDocument).toHaveBeenCalledWith(docx)
    expect(pd.draft.value?.sourceText).toBeNull()

    pd.back()
    await pd.chooseFile(new File(['%PDF'], 'a.pdf'))
    expect(pd.fileError.value).toBe('plandoc.source.wrongType')
    expect(pd.file.value).toBeNull()
  })

  it('parses the text into a draft with an unused code, the warnings and the unit tree', async () => {
    const pd = await parsed()
    expect(previewDocument).toHaveBeenCalledWith('青海省2024年法治政府建设工作要点\n一、加强组织领导')
    expect(pd.step.value).toBe(1)
    expect(pd.draft.value?.plan.code).toBe('QH-FZZF-2024-2')
    expect(pd.draft.value?.sourceText).toBe('青海省2024年法治政府建设工作要点\n一、加强组织领导')
    expect(pd.warnings.value).toEqual(['work point 3 (2) has no title'])
    expect(pd.unitsById.value.get(9)?.name).toBe('海西蒙古族藏族自治州')
    pd.draft.value!.plan.code = 'changed'
    pd.proposeAgain()
    expect(pd.draft.value?.plan.code).toBe('QH-FZZF-2024')
  })

  it('stays on the document when the parse fails', async () => {
    previewDocument.mockRejectedValueOnce(new ApiProblem({ status: 400, detail: 'the document is empty' }))
    const pd = usePlanDocument()
    pd.text.value = ' x '
    await pd.parse()
    expect(pd.step.value).toBe(0)
    expect(pd.parseError.value).toMatchObject({ detail: 'the document is empty' })
  })

  it('puts the field errors of a refused commit beside the fields and opens the work points concerned', async () => {
    const pd = await parsed()
    commitPlanDocument.mockRejectedValueOnce(
      new ApiProblem({
        status: 400,
        errors: [
          { field: 'sections[0].tasks[1].units[0].unitId', message: 'must not be null' },
          { field: 'plan.title', message: 'must not be blank' },
        ],
      }),
    )
    expect(await pd.commit()).toBe(false)
    expect(pd.step.value).toBe(1)
    // 各市州政府 (unmatched) is not committed: the first committed unit of work point 2 is the draft's second
    expect(pd.err('sections[0].tasks[1].units[1]')).toBe('must not be null')
    expect(pd.err('plan.title')).toBe('must not be blank')
    expect(pd.errors.value.items).toHaveLength(2)
    expect(pd.commitError.value).toBeNull()
    expect(pd.openTasks.value).toEqual([pd.draft.value!.sections[0].tasks[1].key])

    // removing a work point shifts the indexes: the errors go
    pd.edit.removeTask(0, 0)
    expect(pd.errors.value.items).toEqual([])
  })

  it('shows a taken code beside the code, and a refusal of no field on its own', async () => {
    const pd = await parsed()
    commitPlanDocument.mockRejectedValueOnce(new ApiProblem({ status: 409, detail: 'a plan with code QH-FZZF-2024-2 already exists' }))
    await pd.commit()
    expect(pd.err('plan.code')).toBe('a plan with code QH-FZZF-2024-2 already exists')
    commitPlanDocument.mockRejectedValueOnce(new ApiProblem({ status: 500, title: 'Internal Server Error' }))
    await pd.commit()
    expect(pd.err('plan.code')).toBe('')
    expect(pd.commitError.value).toMatchObject({ status: 500 })
  })

  it('commits the draft and shows what was created', async () => {
    const pd = await parsed()
    pd.draft.value!.sections[0].tasks[0].number = '（一）'
    pd.edit.addUnit(0, 0, 9)
    expect(pd.draft.value!.sections[0].tasks[0].units.at(-1)).toMatchObject({ name: '海西蒙古族藏族自治州', unitId: 9, role: 'CO', picked: true })
    commitPlanDocument.mockResolvedValueOnce(created)
    expect(await pd.commit()).toBe(true)
    const body = commitPlanDocument.mock.calls[0][0]
    expect(body.plan.code).toBe('QH-FZZF-2024-2')
    expect(body.sections.flatMap((s) => s.tasks.map((t) => t.number))).toEqual(['1', '2', '3'])
    expect(body.sections[0].tasks[0].units).toContainEqual({ unitId: 9, role: 'CO' })
    expect(pd.step.value).toBe(2)
    expect(pd.result.value).toEqual(created)
    expect(pd.sent.value?.renumbered).toBe(true)

    pd.restart()
    expect(pd.step.value).toBe(0)
    expect(pd.text.value).toBe('')
    expect(pd.draft.value).toBeNull()
  })
})
