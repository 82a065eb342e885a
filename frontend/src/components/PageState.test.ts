import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN.json'
import { ApiProblem } from '@/api/problem'
import PageState from './PageState.vue'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })

function render(props: { loading: boolean; empty?: boolean; emptyText?: string; error?: unknown }) {
  return mount(PageState, { props, slots: { default: '<p class="content">data</p>' }, global: { plugins: [i18n()] } })
}

describe('PageState', () => {
  it('shows a skeleton while the first load runs', () => {
    const w = render({ loading: true, empty: true })
    expect(w.find('[data-testid="state-loading"]').exists()).toBe(true)
    expect(w.find('.content').exists()).toBe(false)
  })

  it('shows the empty text when there is nothing', () => {
    const w = render({ loading: false, empty: true, emptyText: '暂无工作要点' })
    expect(w.find('[data-testid="state-empty"]').text()).toContain('暂无工作要点')
  })

  it("shows the server's detail and a retry button on error", async () => {
    const w = render({ loading: false, empty: true, error: new ApiProblem({ status: 404, title: 'Not Found', detail: 'plan 9 not found' }) })
    const err = w.find('[data-testid="state-error"]')
    expect(err.text()).toContain('加载失败')
    expect(err.text()).toContain('plan 9 not found')
    await err.find('button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })

  it('shows the content when there is data', () => {
    expect(render({ loading: false, empty: false }).find('.content').exists()).toBe(true)
  })
})
