import type { EChartsCoreOption } from 'echarts/core'

type Obj = Record<string, unknown>

/** ECharts' default text size, which the option builders' pixel sizes are made for. */
const BASE_FONT = 12

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A copy of `o` with the numeric `keys` multiplied by k; a key it lacks takes the given default, if any. */
function scaled(o: unknown, k: number, keys: Record<string, number | undefined>): Obj {
  const out: Obj = isObj(o) ? { ...o } : {}
  for (const [key, fallback] of Object.entries(keys)) {
    const v = out[key] ?? fallback
    if (typeof v === 'number') out[key] = Math.round(v * k)
  }
  return out
}

/**
 * A chart option made for the wall screen (the big screen): every size the builders give in pixels for 12 px
 * text — fonts, axis label widths, grid margins, legend swatches, bar widths, symbols — scaled to
 * `fontSize`, text in `color` for a dark background, and no background of the chart's own. Pure: the
 * option is copied, the builder's output stays as it is.
 */
export function forWallScreen(option: EChartsCoreOption, fontSize: number, color = '#e5eaf3'): EChartsCoreOption {
  const k = fontSize / BASE_FONT
  const text = (o: unknown): Obj => ({ color, ...scaled(o, k, { fontSize: BASE_FONT, lineHeight: undefined }) })
  const axis = (a: Obj): Obj => ({ ...a, axisLabel: scaled(text(a.axisLabel), k, { width: undefined, margin: 8 }) })
  const transforms: Record<string, (o: Obj) => Obj> = {
    grid: (g) => scaled(g, k, { left: undefined, right: undefined, top: undefined, bottom: undefined }),
    legend: (l) => ({ ...scaled(l, k, { itemWidth: 25, itemHeight: 14, itemGap: 10, top: undefined }), textStyle: text(l.textStyle) }),
    visualMap: (v) => ({ ...scaled(v, k, { itemWidth: 20, itemHeight: 14, itemGap: 10, top: undefined }), textStyle: text(v.textStyle) }),
    tooltip: (t) => ({ ...t, textStyle: scaled(t.textStyle, k, { fontSize: 14 }) }),
    xAxis: axis,
    yAxis: axis,
    series: (s) => ({
      ...scaled(s, k, { barMaxWidth: undefined, symbolSize: undefined }),
      ...(isObj(s.label) ? { label: scaled(s.label, k, { fontSize: BASE_FONT, lineHeight: undefined }) } : {}),
      ...(isObj(s.lineStyle) ? { lineStyle: scaled(s.lineStyle, k, { width: undefined }) } : {}),
    }),
  }
  const out: Obj = { ...(option as Obj), backgroundColor: 'transparent', textStyle: { ...scaled((option as Obj).textStyle, 1, {}), fontSize, color } }
  for (const [key, f] of Object.entries(transforms)) {
    const v = out[key]
    if (Array.isArray(v)) out[key] = v.map((x) => (isObj(x) ? f(x) : x))
    else if (isObj(v)) out[key] = f(v)
  }
  return out
}
