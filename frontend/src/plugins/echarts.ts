/**
 * ECharts with only the parts Duban draws: bar, line and heatmap charts on a grid with tooltip,
 * legend, title, dataset, target mark lines and a piecewise visual map (the heatmap's status
 * legend), rendered on canvas, with the aria description (ECharts' own sentences about the chart,
 * in the chart's locale, as the element's aria-label). Imported by the chart component only, so
 * ECharts lands in the chunks of the (lazy) pages that show charts, not in the entry.
 */
import { use, init, type ECharts } from 'echarts/core'
import type { AppLocale } from '@/i18n'
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  DatasetComponent,
  VisualMapPiecewiseComponent,
  AriaComponent,
  CanvasRenderer,
])

/** ECharts' locale for the UI language; echarts/core registers ZH and EN itself. */
export const echartsLocale = (locale: AppLocale): 'ZH' | 'EN' => (locale === 'en' ? 'EN' : 'ZH')

export { init, type ECharts }
