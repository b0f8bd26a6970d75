import type { ColumnKind } from './types.js'

/** Where the reference came from: a data file read whole, or a model's training profile. */
export type ReferenceKind = 'data' | 'profile'

/** Multiple-test correction of the p-value tests; distances are left as they are. */
export type Correction = 'none' | 'bonferroni' | 'fdr'

export const CORRECTIONS: readonly Correction[] = ['none', 'bonferroni', 'fdr']

/**
 * - `compared`: a test ran on both sides.
 * - `insufficient data`: fewer current values than `minSamples`, or no reference value; never drifted.
 * - `missing in current`: the current data has no such column; not counted.
 * - `kind changed`: numbers on one side, text on the other; counted as drifted.
 */
export type ColumnStatus = 'compared' | 'insufficient data' | 'missing in current' | 'kind changed'

export type DatasetVerdict = 'drifted' | 'not drifted' | 'insufficient data'

/** How a column was stored on one side: numbers, or text. */
export type StoredKind = 'number' | 'string'

export interface SideSummary {
  stored: StoredKind
  /** Present values: finite numbers, or text. */
  count: number
  /** Cells without a present value: empty, NaN or ±Infinity. */
  missing: number
  /** Mean of the finite values, for columns stored as numbers (the whole column's, for a profile too). */
  mean?: number | null
  /** Most frequent categories, for columns compared as categories. */
  top?: { value: string; count: number }[]
}

/** Shares (summing to 1 per side) for a chart of reference against current. */
export type Distribution =
  | { kind: 'bins'; edges: number[]; reference: number[]; current: number[] }
  | {
      kind: 'categories'
      categories: string[]
      reference: number[]
      current: number[]
      /** Every category not listed, pooled: a profile's `other` among them. */
      rest: { reference: number; current: number }
    }

export interface ColumnDrift {
  column: string
  /** The kind the test saw; null when the column was not compared. */
  kind: ColumnKind | null
  test: string | null
  statistic: number | null
  /** null for distances and for columns not compared. */
  p_value: number | null
  /** The p-value after `correction` (the same without one); null where p_value is. */
  p_adjusted: number | null
  threshold: number | null
  drifted: boolean
  status: ColumnStatus
  /** True when a numeric test ran on a sample of a side's values: a profile's, or one kept within a number budget. */
  sampled: boolean
  reference: SideSummary
  /** null when the column is missing in current. */
  current: SideSummary | null
  distribution?: Distribution
}

/** Most unseen categories listed per column; `distinct` says how many there were. */
export const UNSEEN_LISTED = 20

export type DriftFinding =
  | { type: 'missing in current'; column: string }
  | { type: 'kind changed'; column: string; reference: StoredKind; current: StoredKind }
  /** Shares of missing cells; see README for when it is a finding. */
  | { type: 'null rate'; column: string; reference: number; current: number; pValue: number }
  | {
      type: 'unseen categories'
      column: string
      categories: string[]
      distinct: number
      /** Current rows holding one of them. */
      rows: number
      /** Distinct values the profile pooled as `other`: an unseen category may be among them. */
      pooledInReference: number
    }

export interface DriftReport {
  reference: {
    kind: ReferenceKind
    rows: number
    /** For a profile: the rows of its seeded sample, which numeric tests ran on. */
    sampleRows?: number
  }
  current: { rows: number }
  verdict: DatasetVerdict
  /** Drifted over compared columns; 0 when none was compared (never NaN). */
  driftShare: number
  /** The `drift-share` the verdict is held to. */
  driftShareThreshold: number
  comparedColumns: number
  driftedColumns: string[]
  correction: Correction
  minSamples: number
  columns: ColumnDrift[]
  findings: DriftFinding[]
}
