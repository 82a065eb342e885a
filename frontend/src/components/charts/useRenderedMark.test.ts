import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useRenderedMark } from './useRenderedMark'

const MARK = 'test:rendered'
const marks = () => performance.getEntriesByName(MARK).length

describe('useRenderedMark', () => {
  afterEach(() => performance.clearMarks(MARK))

  function start(initial: string[] | null) {
    const expected = ref<string[] | null>(initial)
    const scope = effectScope()
    const drawn = scope.run(() => useRenderedMark(MARK, () => expected.value))!
    return { expected, drawn, scope }
  }

  it('marks once every expected chart has been drawn, and only once', () => {
    const { drawn, scope } = start(['a', 'b'])
    drawn('a')
    expect(marks()).toBe(0)
    drawn('b')
    expect(marks()).toBe(1)
    drawn('a')
    drawn('b')
    expect(marks()).toBe(1)
    scope.stop()
  })

  it('waits for the data: charts drawn before it has arrived count when it does', async () => {
    const { expected, drawn, scope } = start(null)
    drawn('a')
    expect(marks()).toBe(0)
    expected.value = ['a']
    await nextTick()
    expect(marks()).toBe(1)
    scope.stop()
  })

  it('does not wait for a chart that has nothing to draw', async () => {
    const { expected, drawn, scope } = start(null)
    drawn('section')
    expected.value = ['section', 'heatmap']
    await nextTick()
    expect(marks()).toBe(0)
    expected.value = ['section']
    await nextTick()
    expect(marks()).toBe(1)
    scope.stop()
  })
})
