export { DistinctCounter, type DistinctState } from './distinct.js'
export { NumberDistinctCounter } from './number-distinct.js'
export { RunningMoments, type MomentsState } from './moments.js'
export { DuplicateCounter, type DuplicateExample, type DuplicateExport, type DuplicateSummary, type Relocate } from './duplicates.js'
