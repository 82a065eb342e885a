import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, withDirectives } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { ElTree } from 'element-plus'
import { vTreeCheckboxLabels } from './treeCheckboxLabels'

const UNITS = [
  { id: 1, name: '西宁市', children: [{ id: 11, name: '城东区' }] },
  { id: 2, name: '海东市' },
]

function mountTree() {
  const Host = defineComponent({
    setup: () => () =>
      withDirectives(h(ElTree, { data: UNITS, nodeKey: 'id', showCheckbox: true, props: { label: 'name', children: 'children' } }), [[vTreeCheckboxLabels]]),
  })
  return mount(Host, { attachTo: document.body })
}

const labels = (w: ReturnType<typeof mountTree>) => w.findAll('input[type=checkbox]').map((i) => i.attributes('aria-label'))

describe('vTreeCheckboxLabels', () => {
  it("names each node's check box after the node", async () => {
    const w = mountTree()
    await flushPromises()
    expect(labels(w)).toEqual(['西宁市', '海东市'])
    w.unmount()
  })

  it('names the boxes of nodes that appear when a node is expanded', async () => {
    const w = mountTree()
    await flushPromises()
    await w.find('.el-tree-node__expand-icon').trigger('click')
    await flushPromises()
    await nextTick() // the observer runs after the DOM change
    await new Promise((r) => setTimeout(r, 0))
    expect(labels(w)).toEqual(['西宁市', '城东区', '海东市'])
    w.unmount()
  })
})
