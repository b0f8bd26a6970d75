export { buildReferenceProfile, PROFILE_DEFAULTS, type ProfileOptions } from './build.js'
export { parseReferenceProfile } from './parse.js'
export {
  MAX_CATEGORIES,
  PROFILE_VERSION,
  QUANTILE_LEVELS,
  type CategoryCounts,
  type ColumnProfile,
  type Histogram,
  type NumericColumnProfile,
  type Quantile,
  type ReferenceProfile,
  type SampleInfo,
  type StringColumnProfile,
} from './types.js'
