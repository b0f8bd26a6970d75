/** Format of `profile.json`; bumped on any change a reader must know about. */
export const PROFILE_VERSION = 1

/** Quantile levels every numeric column records. */
export const QUANTILE_LEVELS: readonly number[] = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1]

/** Most categories kept per column; the rest are pooled in `other`. */
export const MAX_CATEGORIES = 100

/** The training data's profile that drift tests compare production data against. */
export interface ReferenceProfile {
  version: typeof PROFILE_VERSION
  /** Rows profiled. */
  rows: number
  /** sha256 of the table the rows come from (Table.hash). */
  dataHash: string
  columns: ColumnProfile[]
  sample: SampleInfo
}

export type ColumnProfile = NumericColumnProfile | StringColumnProfile

export interface NumericColumnProfile {
  name: string
  kind: 'number'
  /** Finite values. */
  count: number
  missing: number
  /** ±Infinity cells: left out of every statistic and null in the sample. */
  infinite: number
  /** Distinct finite values. */
  distinct: number
  /** null when there is no finite value; std also when there is only one. */
  min: number | null
  max: number | null
  mean: number | null
  /** Sample standard deviation (ddof = 1). */
  std: number | null
  /** numpy's default (linear) quantiles at QUANTILE_LEVELS; empty without values. */
  quantiles: Quantile[]
  /** null without values. */
  histogram: Histogram | null
  /** Every value with its count when there are at most MAX_CATEGORIES distinct values, else null. */
  categories: CategoryCounts<number> | null
  /** Values of the sampled rows, aligned with `sample.rows`. */
  sample: (number | null)[]
}

export interface StringColumnProfile {
  name: string
  kind: 'string'
  /** Present values. */
  count: number
  missing: number
  distinct: number
  categories: CategoryCounts<string>
  sample: (string | null)[]
}

export interface Quantile {
  p: number
  value: number
}

/** `counts[i]` values fall in [edges[i], edges[i+1]); the last bin also holds its right edge. */
export interface Histogram {
  edges: number[]
  counts: number[]
}

/** Most frequent first. Frequencies are shares of the present values. */
export interface CategoryCounts<T extends number | string> {
  values: { value: T; count: number; frequency: number }[]
  /** Values beyond the first MAX_CATEGORIES, pooled. */
  other: { count: number; frequency: number; distinct: number }
}

export interface SampleInfo {
  /** Most rows the sample may hold. */
  limit: number
  seed: number
  /** Sampled table rows, ascending. */
  rows: number[]
}
