/** Mermaid diagrams for reports. GitHub renders ```mermaid blocks in comments and job summaries. */

import { mermaidText } from './escape.js'

/** Several series of bars over the same groups, e.g. two models over their metrics. */
export interface GroupedBars {
  title: string
  /** One group of bars per entry, e.g. metric names. */
  groups: readonly string[]
  /** `values[g]` belongs to `groups[g]`; `tag` tells the series apart on the x axis, e.g. "B". */
  series: readonly { tag: string; values: readonly number[] }[]
  yAxis: { title: string; min: number; max: number }
}

/** Longest x-axis label kept whole; longer ones are cut with an ellipsis. */
const LABEL_LENGTH = 20

/**
 * An `xychart-beta` block with the series side by side. Mermaid draws several `bar` lines on
 * top of one another, so a taller bar would hide a shorter one: instead each group gets one
 * x slot per series, and each series is 0 in the other series' slots.
 */
export function groupedBarChart(chart: GroupedBars): string {
  const { groups, series, yAxis } = chart
  for (const { tag, values } of series) {
    if (values.length !== groups.length) throw new RangeError(`series ${tag} has ${values.length} values for ${groups.length} groups`)
  }
  const slots = groups.flatMap((group) => series.map(({ tag }) => mermaidString(`${shorten(group)} ${tag}`)))
  const bars = series.map((_, s) => groups.flatMap((_, g) => series.map((__, slot) => (slot === s ? chartNumber(series[s]!.values[g]!) : '0'))))
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidString(chart.title)}`,
    `  x-axis [${slots.join(', ')}]`,
    `  y-axis ${mermaidString(yAxis.title)} ${chartNumber(yAxis.min)} --> ${chartNumber(yAxis.max)}`,
    ...bars.map((values) => `  bar [${values.join(', ')}]`),
    '```',
  ].join('\n')
}

/** A double-quoted Mermaid string. Mermaid has no escape for `"`, so quotes become `'`; see mermaidText. */
export function mermaidString(text: string): string {
  return `"${mermaidText(text)}"`
}

function shorten(text: string): string {
  const chars = [...text]
  return chars.length <= LABEL_LENGTH ? text : `${chars.slice(0, LABEL_LENGTH - 1).join('')}…`
}

/** Plain decimal notation with 4 significant digits: Mermaid's parser reads no exponents. */
function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a chart value must be finite; got ${value}`)
  const rounded = Number(value.toPrecision(4))
  const text = String(rounded)
  return text.includes('e') ? rounded.toFixed(20).replace(/\.?0+$/, '') : text
}
