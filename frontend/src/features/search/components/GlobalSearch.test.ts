import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import zhCN from '@/locales/zh-CN.json'
import type { SearchView } from '@/api/types'
import type { SearchQuery } from '../api'
import GlobalSearch from './GlobalSearch.vue'

const roles = { value: ['SUPERVISOR'] }
const search = vi.fn<(q: SearchQuery) => Promise<SearchView>>()
vi.mock('../api', () => ({ search: (q: SearchQuery) => search(q) }))
vi.mock('@/stores/session', () => ({ useSessionStore: () => ({ get me() { return { roles: roles.value } } }) }))

function answer(query: string): SearchView {
  return {
    query,
    limit: 5,
    offset: 0,
    tasks: {
      items: [{ id: 7, planId: 1, planTitle: '工作要点', sectionId: 2, sectionNumber: 1, sectionTitle: '部分', parentId: null, number: '3', title: `${query}示范创建`, excerpt: '' }],
      total: 12,
      capped: false,
    },
    units: { items: [{ id: 12, code: '630100', name: `${query}市`, type: 'PREFECTURE', parentId: null, parentName: null }], total: 1, capped: false },
    reports: { items: [], total: 0, capped: false },
  }
}

const stub = { render: () => null }
async function render() {
  const routes = { home: '/', task: '/tasks/:taskId', unit: '/units/:unitId', 'my-tasks': '/my-tasks', 'assignment-report': '/assignments/:assignmentId/report', search: '/search' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: Object.entries(routes).map(([name, path]) => ({ name, path, component: stub })),
  })
  await router.push('/')
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
  const wrapper = mount(GlobalSearch, { attachTo: document.body, global: { plugins: [router, i18n] } })
  return { wrapper, router, input: wrapper.find('input') }
}

async function type(input: DOMWrapper<HTMLInputElement>, text: string) {
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(300)
  await flushPromises()
}

describe('GlobalSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    roles.value = ['SUPERVISOR']
    search.mockReset()
    search.mockImplementation(async (q) => answer(q.q))
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('is a labelled combobox that controls a listbox', async () => {
    const { input, wrapper } = await render()
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('aria-label')).toBe('全局搜索')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(wrapper.find(`#${input.attributes('aria-controls')}`).attributes('role')).toBe('listbox')
  })

  it('searches once typing has paused, from two characters on, and shows the hits grouped', async () => {
    const { input, wrapper } = await render()
    await type(input, '西')
    expect(search).not.toHaveBeenCalled()
    await input.setValue('西宁')
    await vi.advanceTimersByTimeAsync(100)
    await input.setValue('西宁 ')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(search).toHaveBeenCalledTimes(1)
    expect(search).toHaveBeenCalledWith({ q: '西宁', limit: 5 })
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(wrapper.find('[data-testid="global-search-tasks"]').text()).toContain('1 / 共 12 条')
    expect(wrapper.find('[data-testid="global-search-units"] mark').text()).toBe('西宁')
    expect(wrapper.find('[data-testid="global-search-reports"]').exists()).toBe(false)
  })

  it('moves through the options with the arrow keys and opens the active one with Enter', async () => {
    const { input, router } = await render()
    await type(input, '西宁')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('global-search-list-tasks-7')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('global-search-list-units-12')
    expect(document.getElementById('global-search-list-units-12')?.getAttribute('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('global-search-list-all')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('global-search-list-tasks-7')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/7')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('opens the results page with Enter when no option is active, and closes with Escape', async () => {
    const { input, router } = await render()
    await type(input, '西宁')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/search?q=' + encodeURIComponent('西宁'))
  })

  it("sends a reporter from a unit to their own tasks", async () => {
    roles.value = ['REPORTER']
    const { input, router } = await render()
    await type(input, '西宁')
    await input.trigger('keydown', { key: 'ArrowUp' }) // from the end: "all results"
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('my-tasks')
  })

  it('shows only the answer to what the field says now', async () => {
    let release: (v: SearchView) => void = () => {}
    search.mockImplementationOnce((q) => new Promise((resolve) => (release = () => resolve(answer(q.q)))))
    const { input, wrapper } = await render()
    await type(input, '西宁')
    await type(input, '海东')
    release(answer('西宁'))
    await flushPromises()
    expect(wrapper.find('[data-testid="global-search-units"]').text()).toContain('海东市')
    expect(wrapper.text()).not.toContain('西宁市')
  })

  it('takes the focus on "/" and Ctrl+K, but not while another field is being typed in', async () => {
    const { input } = await render()
    const other = document.createElement('input')
    document.body.appendChild(other)
    other.focus()
    other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }))
    expect(document.activeElement).toBe(other)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))
    expect(document.activeElement).toBe(input.element)
    other.focus()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }))
    expect(document.activeElement).toBe(input.element)
  })
})
