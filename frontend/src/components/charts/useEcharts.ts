import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import type { EChartsCoreOption } from 'echarts/core'
import { init, type ECharts } from '@/plugins/echarts'

export interface UseEchartsOptions {
  /** a registered theme name, or a theme object */
  theme?: string | object
  /** called with the clicked item's params (series data item in `data`) */
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void
}

/**
 * One ECharts instance for an element: created once the element has a size (a hidden tab has
 * none), fed the option whenever it changes (replacing, not merging), resized with its element and
 * disposed with the component.
 */
export function useEcharts(el: Ref<HTMLElement | null | undefined>, option: Ref<EChartsCoreOption | null | undefined>, opts: UseEchartsOptions = {}) {
  let chart: ECharts | null = null
  let observer: ResizeObserver | null = null

  function hasSize(e: HTMLElement) {
    return e.clientWidth > 0 && e.clientHeight > 0
  }

  function ensure(): ECharts | null {
    if (chart) return chart
    const e = el.value
    if (!e || !hasSize(e)) return null
    chart = init(e, opts.theme ?? null, { renderer: 'canvas' })
    if (opts.onClick) chart.on('click', (p) => opts.onClick!(p as unknown as { name: string; dataIndex: number; data: unknown }))
    return chart
  }

  function render() {
    const c = ensure()
    if (c && option.value) c.setOption(option.value, { notMerge: true })
  }

  onMounted(() => {
    render()
    if (typeof ResizeObserver !== 'undefined' && el.value) {
      observer = new ResizeObserver(() => {
        if (chart) chart.resize()
        else render()
      })
      observer.observe(el.value)
    }
  })

  watch(option, render)

  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
    chart?.dispose()
    chart = null
  })

  return { instance: () => chart, render }
}
