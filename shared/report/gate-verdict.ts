import type { CriterionResult, MetricVerdict } from '../gate/index.js'
import { MESSAGE_LIMIT, mdText } from './escape.js'
import { greaterIsBetter } from './gate-format.js'

const ICONS = { pass: '✅', fail: '❌', inconclusive: '❔' } as const

/** The verdict column: an icon, the verdict and which criteria decided it, e.g. `❌ fail: below threshold`. */
export function verdictCell(verdict: MetricVerdict): string {
  const { criteria } = verdict
  const skipped = criteria.filter((c) => c.outcome === 'skipped').map((c) => c.criterion)
  if (criteria.length > 0 && skipped.length === criteria.length) return '⏭️ skipped: no baseline'
  if (verdict.verdict === 'pass') return skipped.length > 0 ? `✅ pass (${skipped.join(', ')} skipped)` : '✅ pass'
  const deciding = criteria.filter((c) => c.outcome === verdict.verdict).map((c) => shortReason(c, verdict))
  return `${ICONS[verdict.verdict]} ${verdict.verdict}: ${[...new Set(deciding)].join(', ')}`
}

/** One bullet per failed or inconclusive metric, with the full reason; empty when there are none. */
export function reasonList(verdicts: readonly MetricVerdict[]): string {
  return verdicts
    .filter((v) => v.verdict !== 'pass')
    .map((v) => `- ${ICONS[v.verdict]} **${mdText(v.metric)}**: ${mdText(v.reason, MESSAGE_LIMIT)}`)
    .join('\n')
}

/** How a counted line reads: `2 pass · 1 fail · 1 inconclusive`. */
export function verdictCounts(verdicts: readonly MetricVerdict[]): string {
  const count = (kind: MetricVerdict['verdict']): number => verdicts.filter((v) => v.verdict === kind).length
  const parts = [`${ICONS.pass} ${count('pass')} pass`, `${ICONS.fail} ${count('fail')} fail`]
  if (count('inconclusive') > 0) parts.push(`${ICONS.inconclusive} ${count('inconclusive')} inconclusive`)
  return parts.join(' · ')
}

function shortReason({ criterion, outcome }: CriterionResult, verdict: MetricVerdict): string {
  // A change criterion fails without a baseline value only when the baseline lacks the metric.
  const noBaselineValue = verdict.baseline === undefined
  switch (criterion) {
    case 'missing':
      return 'not computed'
    case 'threshold': {
      const direction = greaterIsBetter(verdict.metric)
      return direction === undefined ? 'threshold' : direction ? 'below threshold' : 'above threshold'
    }
    case 'min-absolute-change':
      return noBaselineValue ? 'missing from baseline' : 'change too small'
    case 'min-relative-change':
      return noBaselineValue ? 'missing from baseline' : 'relative change too small'
    case 'not-worse':
      if (noBaselineValue) return 'missing from baseline'
      if (outcome === 'fail') return 'regressed beyond margin'
      return hasInterval(verdict) ? 'CI straddles margin' : 'no CI'
  }
}

function hasInterval({ interval }: MetricVerdict): boolean {
  return interval !== undefined && !interval.ci.some(Number.isNaN)
}
