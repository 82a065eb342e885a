/**
 * ECharts with only the parts Duban draws: bar and line charts on a grid with tooltip, legend,
 * title, dataset and target mark lines, rendered on canvas. Imported by the chart component only,
 * so ECharts lands in the chunks of the (lazy) pages that show charts, not in the entry.
 */
import { use, init, type ECharts } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent, DatasetComponent, CanvasRenderer])

export { init, type ECharts }
