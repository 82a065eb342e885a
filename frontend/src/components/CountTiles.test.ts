import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN.json'
import ImportResult from '@/features/imports/components/ImportResult.vue'
import { job } from '@/features/imports/testJob'
import CountTiles from './CountTiles.vue'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })

describe('CountTiles', () => {
  it('shows each figure under its label, with a test id per key and bad figures marked', () => {
    const w = mount(CountTiles, {
      props: { testidPrefix: 'x-count', items: [{ key: 'tasks', label: '任务', value: 3 }, { key: 'errors', label: '错误', value: 1, bad: true }] },
    })
    expect(w.find('[data-testid="x-count-tasks"]').text()).toBe('任务3')
    expect(w.find('[data-testid="x-count-errors"]').classes()).toContain('bad')
    expect(w.find('[data-testid="x-count-tasks"]').classes()).not.toContain('bad')
  })

  it("are an import result's counts", () => {
    const w = mount(ImportResult, { props: { job: job({ state: 'FAILED', created: 2, errorCount: 1 }) }, global: { plugins: [i18n()] } })
    expect(w.find('[data-testid="import-counts"]').exists()).toBe(true)
    expect(w.find('[data-testid="import-count-created"]').text()).toBe('新增2')
    expect(w.find('[data-testid="import-count-errors"]').classes()).toContain('bad')
  })
})
