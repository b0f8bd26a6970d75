import { UserError } from '../errors/index.js'
import { total } from './frequencies.js'
import type { ColumnSample, DriftResult, DriftTest, SideData } from './types.js'

/** The outcome for one column: compared, or not enough data on a side (never NaN, never drifted). */
export type DriftOutcome =
  | ({ readonly status: 'compared' } & DriftResult)
  | { readonly status: 'insufficient data'; readonly emptySide: 'reference' | 'current'; readonly statistic: null; readonly pValue: null; readonly drifted: false }

/** Non-missing values sorted ascending, or the counts of categories that occur. */
function sideData(sample: ColumnSample): SideData {
  if (sample.kind === 'numeric') return sample.values.filter((x) => !Number.isNaN(x)).sort()
  return new Map([...sample.counts].filter(([, count]) => count > 0))
}

const isEmpty = (data: SideData): boolean => (data instanceof Float64Array ? data.length === 0 : total([...data.values()]) === 0)

/** Checks that the test applies to the column's kind and that the threshold lies in the test's range. */
export function checkTestChoice(test: DriftTest, kind: ColumnSample['kind'], threshold: number): void {
  if (!test.kinds.includes(kind)) {
    throw new UserError(`Drift test '${test.name}' does not apply to ${kind} columns; it takes ${test.kinds.join(', ')} columns.`)
  }
  const [low, high] = test.thresholdRange
  if (!(threshold > low && threshold <= high) || (test.direction === 'below' && threshold === high)) {
    const range = high === Infinity ? `greater than ${low}` : test.direction === 'below' ? `between ${low} and ${high}, exclusive` : `in (${low}, ${high}]`
    throw new UserError(`Drift test '${test.name}': threshold ${threshold} must be ${range}.`)
  }
}

/**
 * Runs a drift test on one column: drops missing values, sorts numbers, and reports a side
 * with no data left (empty, or all missing) as insufficient data rather than computing on it.
 */
export function runDriftTest(test: DriftTest, reference: ColumnSample, current: ColumnSample, threshold = test.defaultThreshold): DriftOutcome {
  if (reference.kind !== current.kind) throw new Error(`Column kinds differ: ${reference.kind} reference, ${current.kind} current`)
  checkTestChoice(test, reference.kind, threshold)
  const [a, b] = [sideData(reference), sideData(current)]
  for (const [side, data] of [['reference', a], ['current', b]] as const) {
    if (isEmpty(data)) return { status: 'insufficient data', emptySide: side, statistic: null, pValue: null, drifted: false }
  }
  return { status: 'compared', ...test.compare(a, b, threshold) }
}
