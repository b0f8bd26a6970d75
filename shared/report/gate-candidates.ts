import { mdCode } from './escape.js'
import { countOf } from './gate-format.js'
import type { GateReportView } from './gate-view.js'
import { details, formatStat, md, table } from './markdown.js'

/** Longer lists are folded away, so that the gate's own tables stay in view. */
const OPEN_CANDIDATES = 10

/** Every candidate with its params and the metric it was selected by; the gated one marked. */
export function candidatesSection(view: GateReportView): string | undefined {
  const { candidates } = view
  if (!candidates) return undefined
  const { metric, greaterIsBetter } = candidates
  const intro =
    `**Candidates**: the best of ${countOf(candidates.candidates.length, 'candidate')} by ${mdCode(metric)} on its own validation rows ` +
    `(${greaterIsBetter ? 'higher' : 'lower'} is better; a tie goes to the first by name) is the one gated.`
  const rows = candidates.candidates.map((candidate) => [
    candidate.selected ? md('✅ gated') : '',
    candidate.name,
    md(mdCode(paramsText(candidate.params))),
    formatStat(candidate.value),
  ])
  const list = table(['', 'candidate', 'params', metric], rows, ['left', 'left', 'left', 'right'])
  return candidates.candidates.length > OPEN_CANDIDATES ? `${intro}\n\n${details(`${candidates.candidates.length} candidates`, list)}` : `${intro}\n\n${list}`
}

/** `epochs: 20, learning-rate: 0.01` for a mapping of params; anything else as JSON. */
function paramsText(params: unknown): string {
  if (params === undefined) return ''
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return JSON.stringify(params)
  return Object.entries(params)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ')
}
