import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import type { EChartsCoreOption } from 'echarts/core'
import { i18n, type AppLocale } from '@/i18n'
import type { ECharts } from '@/plugins/echarts'

export interface UseEchartsOptions {
  /** a registered theme name, or a theme object */
  theme?: string | object
  /** called with the clicked item's params (series data item in `data`) */
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void
  /** what the chart shows, in words: the title of ECharts' aria description */
  label?: () => string
  /** called each time ECharts has drawn the option completely (its 'finished' event: animations done) */
  onFinished?: () => void
}

type EchartsModule = typeof import('@/plugins/echarts')
let echartsModule: Promise<EchartsModule> | undefined
/** ECharts, fetched once: its own chunk, so a page's code and its data requests do not wait for it. */
export const loadEcharts = () => (echartsModule ??= import('@/plugins/echarts'))
// Start the download as soon as a page with charts is loading, in parallel with the page's data.
loadEcharts().catch(() => {})

/**
 * No entry animation: a chart shows its final figures in the first frame drawn (ECharts' default grows
 * them for 1 s, which the first-render budget of 1.5 s cannot afford); changes still move for 300 ms.
 * A builder's own values win.
 */
const ANIMATION = { animationDuration: 0, animationDurationUpdate: 300 }

/**
 * One ECharts instance for an element: created once ECharts has loaded and the element has a size
 * (a hidden tab has none), fed the option whenever it changes (replacing, not merging), resized with
 * its element and disposed with the component. It speaks the UI language (ECharts' locale is fixed
 * at init, so a language switch makes a new instance) and describes itself in the element's aria-label.
 */
export function useEcharts(el: Ref<HTMLElement | null | undefined>, option: Ref<EChartsCoreOption | null | undefined>, opts: UseEchartsOptions = {}) {
  let echarts: EchartsModule | null = null
  let chart: ECharts | null = null
  let observer: ResizeObserver | null = null
  let unmounted = false

  function hasSize(e: HTMLElement) {
    return e.clientWidth > 0 && e.clientHeight > 0
  }

  function ensure(): ECharts | null {
    if (chart) return chart
    const e = el.value
    if (!echarts || !e || !hasSize(e)) return null
    chart = echarts.init(e, opts.theme ?? null, { renderer: 'canvas', locale: echarts.echartsLocale(i18n.global.locale.value as AppLocale) })
    if (opts.onClick) chart.on('click', (p) => opts.onClick!(p as unknown as { name: string; dataIndex: number; data: unknown }))
    if (opts.onFinished) chart.on('finished', opts.onFinished)
    return chart
  }

  function render() {
    const c = ensure()
    if (!c || !option.value) return
    const o = option.value
    // ECharts' description begins with the title: a hidden one when the chart shows none
    const title = o.title ?? (opts.label ? { text: opts.label(), show: false } : undefined)
    c.setOption({ ...ANIMATION, ...o, ...(title ? { title } : {}), aria: { enabled: true, ...(o.aria as object | undefined) } }, { notMerge: true })
  }

  function dispose() {
    chart?.dispose()
    chart = null
  }

  onMounted(async () => {
    echarts = await loadEcharts()
    if (unmounted) return
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
  // after the DOM update, so the new description is the last word on the element's aria-label
  watch(
    i18n.global.locale,
    () => {
      if (!chart) return
      dispose()
      render()
    },
    { flush: 'post' },
  )

  onBeforeUnmount(() => {
    unmounted = true
    observer?.disconnect()
    observer = null
    dispose()
  })

  return { instance: () => chart, render }
}
