import type { Directive } from 'vue'

/**
 * Element Plus' tree (show-checkbox) renders each node's <input type="checkbox"> without a label:
 * the tree item carries aria-checked, but the box itself has no name (axe "label", critical), and
 * the tree takes no prop for it. Put on an <el-tree>, this names every box after its node's text,
 * again whenever nodes are expanded, filtered or re-rendered.
 */
function labelBoxes(root: HTMLElement) {
  for (const row of root.querySelectorAll<HTMLElement>('.el-tree-node__content')) {
    const box = row.querySelector('input.el-checkbox__original')
    const text = row.textContent?.replace(/\s+/g, ' ').trim()
    if (box && text && box.getAttribute('aria-label') !== text) box.setAttribute('aria-label', text)
  }
}

const observers = new WeakMap<HTMLElement, MutationObserver>()

export const vTreeCheckboxLabels: Directive<HTMLElement> = {
  mounted(el) {
    labelBoxes(el)
    const observer = new MutationObserver(() => labelBoxes(el))
    observer.observe(el, { childList: true, subtree: true, characterData: true })
    observers.set(el, observer)
  },
  unmounted(el) {
    observers.get(el)?.disconnect()
    observers.delete(el)
  },
}
