export { COLUMN_CHECKS, DATASET_CHECKS, COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from './registry.js'
export type * from './types.js'
