/**
 * ECharts with only the parts Duban draws: bar, line and heatmap charts on a grid with tooltip,
 * legend, title, dataset, target mark lines and a piecewise visual map (the heatmap's status
 * legend), rendered on canvas. Imported by the chart component only, so ECharts lands in the
 * chunks of the (lazy) pages that show charts, not in the entry.
 */
import { use, init, type ECharts } from 'echarts/core'
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
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
  CanvasRenderer,
])

export { init, type ECharts }
