export { DistinctCounter } from './distinct.js'
export { RunningMoments } from './moments.js'
export { DuplicateCounter, type DuplicateExample, type DuplicateSummary } from './duplicates.js'
