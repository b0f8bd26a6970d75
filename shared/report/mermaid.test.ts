import { describe, expect, it } from 'vitest'
import { groupedBarChart, mermaidString } from './mermaid.js'

describe('groupedBarChart', () => {
  it('puts each series in its own slot so no bar hides another', () => {
    const chart = groupedBarChart({
      title: 'Two models',
      groups: ['accuracy', 'f1_macro'],
      series: [
        { tag: 'B', values: [0.812345, 0.7] },
        { tag: 'C', values: [0.9, 0.000012] },
      ],
      yAxis: { title: 'value', min: 0, max: 1 },
    })
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "Two models"',
      '  x-axis ["accuracy B", "accuracy C", "f1_macro B", "f1_macro C"]',
      '  y-axis "value" 0 --> 1',
      '  bar [0.8123, 0, 0.7, 0]',
      '  bar [0, 0.9, 0, 0.000012]',
      '```',
    ])
  })

  it('quotes and shortens labels', () => {
    const chart = groupedBarChart({
      title: 'say "hi"',
      groups: ['a "quoted"\nname`', 'a_very_long_metric_name_indeed'],
      series: [{ tag: 'C', values: [0.5, 0.25] }],
      yAxis: { title: '<y>', min: 0, max: 1 },
    })
    expect(chart).toContain(`title "say 'hi'"`)
    expect(chart).toContain(`x-axis ["a 'quoted' name' C", "a_very_long_metric_… C"]`)
    expect(chart).toContain('y-axis "‹y›" 0 --> 1')
  })

  it('refuses series that do not match the groups', () => {
    expect(() => groupedBarChart({ title: 't', groups: ['a'], series: [{ tag: 'C', values: [] }], yAxis: { title: 'y', min: 0, max: 1 } })).toThrow(RangeError)
    expect(mermaidString('plain')).toBe('"plain"')
  })
})
