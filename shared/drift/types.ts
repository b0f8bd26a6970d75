/**
 * The kind of a column, as the drift tests see it. Which kind a column is (a numeric column
 * with three distinct values may be better treated as categorical) is the caller's decision.
 */
export type ColumnKind = 'numeric' | 'categorical' | 'binary'

/** Category → how many rows hold it. Missing values are not a category: leave them out. */
export type CategoryCounts = ReadonlyMap<string, number>

/**
 * One side of a column, in the one shape each kind has. Numeric values are a Float64Array
 * where NaN marks a missing value (the tests drop them); categorical and binary columns are
 * counts per category, which is also what a training profile keeps.
 */
export type ColumnSample =
  | { readonly kind: 'numeric'; readonly values: Float64Array }
  | { readonly kind: 'categorical' | 'binary'; readonly counts: CategoryCounts }

/** A p-value drifts when below its threshold; a distance when at or above it. */
export type DriftDirection = 'below' | 'above'

export interface DriftResult {
  /** The test's statistic: a distance, or the statistic whose p-value is `pValue`. */
  readonly statistic: number
  /** null for distances. */
  readonly pValue: number | null
  readonly drifted: boolean
}

/** Non-missing data of one side, as the test functions receive it. */
export type SideData = Float64Array | CategoryCounts

export interface DriftTest {
  /** The name users write in `tests`, as Evidently names it. */
  readonly name: string
  readonly kinds: readonly ColumnKind[]
  readonly defaultThreshold: number
  readonly direction: DriftDirection
  /** Threshold range accepted: p-values lie in (0, 1); distances are positive. */
  readonly thresholdRange: readonly [number, number]
  /**
   * The one signature: both sides non-empty, numeric values without NaN (sorted ascending),
   * or category counts with positive totals. `runDriftTest` prepares the data.
   */
  compare(reference: SideData, current: SideData, threshold: number): DriftResult
}
