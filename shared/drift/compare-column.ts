import type { ColumnDrift, DriftFinding } from './dataset-types.js'
import { categoryCounts, columnTest, inferKind, testData } from './columns.js'
import { binnedDistribution, categoryDistribution, sideSummary } from './distribution.js'
import { nullRateFinding, unseenCategories } from './findings.js'
import type { TestChoice } from './options.js'
import type { SideColumn } from './reference.js'

export interface ColumnSettings {
  readonly choice: TestChoice | undefined
  readonly referenceRows: number
  readonly minSamples: number
}

export interface ColumnOutcome {
  readonly drift: ColumnDrift
  readonly findings: DriftFinding[]
}

const NOT_COMPARED = { kind: null, test: null, statistic: null, p_value: null, p_adjusted: null, threshold: null, drifted: false, sampled: false } as const

/**
 * One column's comparison. Checked in this order: missing in current; no reference value, or
 * fewer current values than minSamples (insufficient data, never drifted); numbers on one side
 * and text on the other (kind changed, counted as drifted); else the test runs.
 */
export function compareColumn(reference: SideColumn, current: SideColumn | undefined, settings: ColumnSettings): ColumnOutcome {
  const column = reference.name
  if (!current) {
    return { drift: { column, ...NOT_COMPARED, status: 'missing in current', reference: sideSummary(reference), current: null }, findings: [{ type: 'missing in current', column }] }
  }
  const findings: DriftFinding[] = []
  const nullRate = nullRateFinding(reference, current)
  if (nullRate) findings.push(nullRate)
  const summaries = { reference: sideSummary(reference), current: sideSummary(current) }
  if (reference.present === 0 || current.present < settings.minSamples) {
    return { drift: { column, ...NOT_COMPARED, status: 'insufficient data', ...summaries }, findings }
  }
  if (reference.stored !== current.stored) {
    findings.push({ type: 'kind changed', column, reference: reference.stored, current: current.stored })
    return { drift: { column, ...NOT_COMPARED, drifted: true, status: 'kind changed', ...summaries }, findings }
  }
  const { test, threshold, kind } = columnTest(column, inferKind(reference, current), reference.stored, settings.choice, settings.referenceRows)
  const [referenceData, currentData] = testData(kind, reference, current)
  // A profile whose sample holds no finite value has nothing for a numeric test.
  if (referenceData instanceof Float64Array && referenceData.length === 0) {
    return { drift: { column, ...NOT_COMPARED, status: 'insufficient data', ...summaries }, findings }
  }
  const result = test.compare(referenceData, currentData, threshold)
  if (kind === 'numeric') {
    return { drift: { column, kind, test: test.name, ...outcome(result, threshold), sampled: (reference.stored === 'number' && reference.sampled) || (current.stored === 'number' && current.sampled), ...summaries, distribution: binnedDistribution(referenceData as Float64Array, currentData as Float64Array) }, findings }
  }
  const [refCounts, curCounts] = [categoryCounts(reference), categoryCounts(current)]
  const unseen = unseenCategories(column, refCounts, curCounts, reference.stored === 'string' ? (reference.pooled?.distinct ?? 0) : 0)
  if (unseen) findings.push(unseen)
  return {
    drift: {
      column,
      kind,
      test: test.name,
      ...outcome(result, threshold),
      sampled: false,
      reference: sideSummary(reference, refCounts),
      current: sideSummary(current, curCounts),
      distribution: categoryDistribution(referenceData as ReadonlyMap<string, number>, currentData as ReadonlyMap<string, number>),
    },
    findings,
  }
}

function outcome(result: { statistic: number; pValue: number | null; drifted: boolean }, threshold: number) {
  return { statistic: result.statistic, p_value: result.pValue, p_adjusted: result.pValue, threshold, drifted: result.drifted, status: 'compared' as const }
}
