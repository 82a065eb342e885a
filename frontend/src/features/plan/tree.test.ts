import { describe, expect, it } from 'vitest'
import type { SectionView, TaskView } from '@/api/types'
import { buildSectionTree, countTopLevelTasks, filterSectionTree } from './tree'

const section = (id: number, number: number, title = `S${number}`): SectionView =>
  ({ id, planId: 1, number, label: '一二三'[number - 1] ?? String(number), title, taskCount: 0, version: 0 }) as SectionView

const task = (id: number, sectionId: number, position: number, extra: Partial<TaskView> = {}): TaskView =>
  ({
    id,
    planId: 1,
    sectionId,
    parentId: null,
    number: String(position),
    position,
    title: `T${id}`,
    content: '',
    deadline: null,
    assignmentCount: 0,
    version: 0,
    ...extra,
  }) as TaskView

describe('buildSectionTree', () => {
  it('orders sections by number and tasks by position', () => {
    const tree = buildSectionTree([section(20, 2), section(10, 1)], [task(3, 20, 3), task(1, 10, 1), task(2, 10, 2)])
    expect(tree.map((s) => s.section.number)).toEqual([1, 2])
    expect(tree[0].tasks.map((t) => t.task.id)).toEqual([1, 2])
    expect(tree[1].tasks.map((t) => t.task.id)).toEqual([3])
  })

  it('nests sub-tasks under their parent and does not count them as top-level', () => {
    const tree = buildSectionTree(
      [section(10, 1)],
      [task(1, 10, 1), task(5, 10, 3, { parentId: 1, number: '(2)' }), task(4, 10, 2, { parentId: 1, number: '(1)' })],
    )
    expect(tree[0].tasks).toHaveLength(1)
    expect(tree[0].tasks[0].children.map((c) => c.task.number)).toEqual(['(1)', '(2)'])
    expect(countTopLevelTasks(tree)).toBe(1)
  })

  it('keeps empty sections and shows orphan sub-tasks at the top level', () => {
    const tree = buildSectionTree([section(10, 1), section(20, 2)], [task(7, 10, 1, { parentId: 999 })])
    expect(tree[0].tasks.map((t) => t.task.id)).toEqual([7])
    expect(tree[1].tasks).toEqual([])
  })

  it('drops tasks of unknown sections', () => {
    expect(countTopLevelTasks(buildSectionTree([section(10, 1)], [task(1, 99, 1)]))).toBe(0)
  })

  it('builds the 9 × 26 shape of the Qinghai 2024 plan', () => {
    const sizes = [2, 3, 3, 3, 4, 3, 3, 3, 2]
    const sections = sizes.map((_, i) => section(100 + i, i + 1))
    let n = 0
    const tasks = sizes.flatMap((k, i) => Array.from({ length: k }, () => task(++n, 100 + i, n)))
    const tree = buildSectionTree(sections, tasks)
    expect(tree).toHaveLength(9)
    expect(countTopLevelTasks(tree)).toBe(26)
    expect(tree.flatMap((s) => s.tasks.map((t) => t.task.position))).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
  })
})

describe('filterSectionTree', () => {
  const tree = buildSectionTree(
    [section(10, 1), section(20, 2)],
    [
      task(1, 10, 1, { title: '深入开展法治政府建设示范创建活动' }),
      task(2, 20, 2, { title: '健全行政执法工作体系' }),
      task(3, 20, 3, { parentId: 2, title: '行政执法三项制度', number: '(1)' }),
    ],
  )

  it('returns everything for blank text', () => {
    expect(countTopLevelTasks(filterSectionTree(tree, '  '))).toBe(2)
  })

  it('keeps matching tasks and the parents of matching sub-tasks, but all sections', () => {
    const f = filterSectionTree(tree, '三项制度')
    expect(f).toHaveLength(2)
    expect(f[0].tasks).toEqual([])
    expect(f[1].tasks[0].task.id).toBe(2)
    expect(f[1].tasks[0].children.map((c) => c.task.id)).toEqual([3])
  })
})
