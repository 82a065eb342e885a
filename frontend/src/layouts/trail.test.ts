import { describe, expect, it } from 'vitest'
import type { RouteMeta } from 'vue-router'
import { buildTrail } from './trail'

const metas: Record<string, RouteMeta> = {
  plans: { titleKey: 'title.plans' },
  plan: { titleKey: 'title.plan', parent: 'plans' },
  task: { titleKey: 'title.task', parent: 'plans' },
  loop: { titleKey: 'title.loop', parent: 'loop' },
}
const t = (k: string) => `<${k}>`

describe('buildTrail', () => {
  it('is home, the parents, then the page title when the page names nothing', () => {
    expect(buildTrail(metas.plan, (n) => metas[n], t, null)).toEqual([
      { label: '<nav.homeCrumb>', to: { name: 'home' } },
      { label: '<title.plans>', to: { name: 'plans' } },
      { label: '<title.plan>' },
    ])
  })

  it("ends with the page's own crumbs, the last one without a link", () => {
    const page = [
      { label: 'Plan 2024', to: { name: 'plan', params: { planId: 1 } } },
      { label: 'Task 3', to: { name: 'task', params: { taskId: 3 } } },
    ]
    expect(buildTrail(metas.task, (n) => metas[n], t, page)).toEqual([
      { label: '<nav.homeCrumb>', to: { name: 'home' } },
      { label: '<title.plans>', to: { name: 'plans' } },
      { label: 'Plan 2024', to: { name: 'plan', params: { planId: 1 } } },
      { label: 'Task 3' },
    ])
  })

  it("lets the page's first crumb take its parent's place (the list with its filters)", () => {
    const page = [{ label: 'Plans of 2024', to: { name: 'plans', query: { year: '2024' } } }, { label: 'Task 3' }]
    expect(buildTrail(metas.task, (n) => metas[n], t, page)).toEqual([
      { label: '<nav.homeCrumb>', to: { name: 'home' } },
      { label: 'Plans of 2024', to: { name: 'plans', query: { year: '2024' } } },
      { label: 'Task 3' },
    ])
  })

  it('stops at a parent that loops back', () => {
    expect(buildTrail(metas.loop, (n) => metas[n], t, null).map((c) => c.label)).toEqual(['<nav.homeCrumb>', '<title.loop>', '<title.loop>'])
  })
})
