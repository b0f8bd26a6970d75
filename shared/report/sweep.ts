import type { Sweep } from '../sweep/index.js'
import { mdCode } from './escape.js'
import { formatCount, md, table } from './markdown.js'

/** The job summary of a sweep: one row per leg, one column per varied param, and the params every leg shares. */
export function renderSweepSummary(sweep: Sweep, base: Record<string, unknown>): string {
  const varied = sweep.varied
  const legs = sweep.legs.length
  const lines = [`## Sweep: ${formatCount(legs)} leg${legs === 1 ? '' : 's'} over ${varied.map((name) => mdCode(name)).join(', ')}`, '']
  const shared = Object.entries(base).filter(([name]) => !varied.includes(name))
  if (shared.length > 0) lines.push(`Every leg also trains with ${shared.map(([name, value]) => mdCode(`${name}: ${JSON.stringify(value)}`)).join(', ')}.`, '')
  const rows = sweep.legs.map((leg) => [md(mdCode(leg.name)), ...varied.map((name) => (name in leg.point ? JSON.stringify(leg.point[name]) : '—'))])
  lines.push(table(['leg', ...varied], rows))
  return `${lines.join('\n')}\n`
}
