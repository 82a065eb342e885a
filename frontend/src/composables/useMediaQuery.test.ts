import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { useMediaQuery } from './useMediaQuery'

/** A matchMedia stand-in whose answer the test changes, as a resized window would. */
function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>()
  const list = {
    matches: initial,
    addEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.delete(l),
  }
  vi.stubGlobal('matchMedia', vi.fn(() => list))
  return {
    listeners,
    change(matches: boolean) {
      list.matches = matches
      for (const l of listeners) l({ matches } as MediaQueryListEvent)
    },
  }
}

afterEach(() => vi.unstubAllGlobals())

describe('useMediaQuery', () => {
  it('follows the media query and stops listening when the component goes', async () => {
    const media = fakeMatchMedia(true)
    const Probe = defineComponent({
      setup() {
        const phone = useMediaQuery('(max-width: 768px)')
        return () => h('span', phone.value ? 'phone' : 'wide')
      },
    })
    const wrapper = mount(Probe)
    expect(wrapper.text()).toBe('phone')
    media.change(false)
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('wide')
    expect(media.listeners.size).toBe(1)
    wrapper.unmount()
    expect(media.listeners.size).toBe(0)
  })

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined)
    const Probe = defineComponent({ setup: () => { const m = useMediaQuery('(max-width: 1px)'); return () => h('i', String(m.value)) } })
    expect(mount(Probe).text()).toBe('false')
  })
})
