import { allowed } from './allowed.js'
import { cardinality } from './cardinality.js'
import { ordered, strict } from './columns.js'
import { duplicateRows } from './duplicate-rows.js'
import { labelBalance } from './label-balance.js'
import { length } from './length.js'
import { maxMissing } from './max-missing.js'
import { mean, std } from './moments.js'
import { nullable } from './nullable.js'
import { pattern } from './pattern.js'
import { max, min } from './range.js'
import { rows } from './rows.js'
import type { ColumnCheck, DatasetCheck } from './types.js'
import { unique } from './unique.js'
import { uniqueKeys } from './unique-keys.js'

/** Column checks, in the order they run and are documented. */
export const COLUMN_CHECKS: readonly ColumnCheck<any, any>[] = [nullable, maxMissing, min, max, allowed, unique, pattern, length, mean, std, cardinality]

export const DATASET_CHECKS: readonly DatasetCheck<any, any>[] = [strict, ordered, rows, duplicateRows, uniqueKeys, labelBalance]

export const COLUMN_CHECKS_BY_KEY = new Map(COLUMN_CHECKS.map((check) => [check.key, check]))
export const DATASET_CHECKS_BY_KEY = new Map(DATASET_CHECKS.map((check) => [check.key, check]))
