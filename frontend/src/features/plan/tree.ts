import type { SectionView, TaskView } from '@/api/types'

export interface TaskNode {
  task: TaskView
  children: TaskNode[]
}

export interface SectionNode {
  section: SectionView
  tasks: TaskNode[]
}

function byPosition(a: TaskView, b: TaskView): number {
  return a.position - b.position || a.id - b.id
}

/**
 * Groups tasks under their sections (ordered by section number) and sub-tasks under their parent
 * task (ordered by position). A sub-task whose parent is missing is shown at the top level rather
 * than lost; tasks of unknown sections are dropped.
 */
export function buildSectionTree(sections: readonly SectionView[], tasks: readonly TaskView[]): SectionNode[] {
  const nodes = new Map<number, TaskNode>()
  for (const task of [...tasks].sort(byPosition)) nodes.set(task.id, { task, children: [] })

  const roots = new Map<number, TaskNode[]>()
  for (const node of nodes.values()) {
    const parentId = node.task.parentId
    const parent = parentId != null ? nodes.get(parentId) : undefined
    if (parent && parent !== node) {
      parent.children.push(node)
    } else {
      const list = roots.get(node.task.sectionId) ?? []
      list.push(node)
      roots.set(node.task.sectionId, list)
    }
  }

  return [...sections]
    .sort((a, b) => a.number - b.number)
    .map((section) => ({ section, tasks: roots.get(section.id) ?? [] }))
}

/** Number of top-level tasks across the tree. */
export function countTopLevelTasks(tree: readonly SectionNode[]): number {
  return tree.reduce((n, s) => n + s.tasks.length, 0)
}

/** Keeps only tasks whose number, title or content contains the text (case-insensitive); sections stay. */
export function filterSectionTree(tree: readonly SectionNode[], text: string): SectionNode[] {
  const needle = text.trim().toLowerCase()
  if (!needle) return [...tree]
  const hit = (t: TaskView) => [t.number, t.title, t.content].some((s) => (s ?? '').toLowerCase().includes(needle))
  const keep = (n: TaskNode): TaskNode | null => {
    const children = n.children.map(keep).filter((c): c is TaskNode => c !== null)
    return hit(n.task) || children.length ? { task: n.task, children } : null
  }
  return tree.map((s) => ({ section: s.section, tasks: s.tasks.map(keep).filter((c): c is TaskNode => c !== null) }))
}
