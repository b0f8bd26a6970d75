import { ascendingOrder } from './order.js'
import { perDataset } from './sample.js'
import type { RegressionInput, RegressionMetric, Sample } from './types.js'

interface SortedErrors {
  errors: Float64Array
  order: Int32Array
}

function sortedErrors({ yTrue, yPred }: RegressionInput): SortedErrors {
  const errors = new Float64Array(yTrue.length)
  for (let i = 0; i < errors.length; i++) errors[i] = Math.abs(yPred[i]! - yTrue[i]!)
  return { errors, order: ascendingOrder(errors) }
}

/**
 * sklearn median_absolute_error. Unweighted it is numpy's median (the mean of the two middle
 * values for an even count); with sample weights it is sklearn's _weighted_percentile, the
 * first error whose cumulative weight reaches half the total.
 */
export const medianAe: RegressionMetric = {
  name: 'median_ae',
  task: 'regression',
  greaterIsBetter: false,
  needs: 'labels',
  compute(input) {
    const sorted = perDataset(input, sortedErrors)
    return input.sample.weighted ? weightedMedian(sorted, input.sample.weight) : median(sorted, input.sample)
  },
}

function median({ errors, order }: SortedErrors, { drawn, size }: Sample): number {
  const lower = Math.floor((size - 1) / 2)
  const upper = Math.floor(size / 2)
  let seen = 0
  let low = NaN
  for (let j = 0; j < order.length; j++) {
    const row = order[j]!
    seen += drawn[row]!
    if (Number.isNaN(low) && seen > lower) low = errors[row]!
    if (seen > upper) return (low + errors[row]!) / 2
  }
  return NaN
}

function weightedMedian({ errors, order }: SortedErrors, weight: Float64Array): number {
  // The total is summed in the same order as the running sum, so the two compare exactly.
  let total = 0
  for (let j = 0; j < order.length; j++) total += weight[order[j]!]!
  const half = 0.5 * total
  let cumulative = 0
  for (let j = 0; j < order.length; j++) {
    const row = order[j]!
    if (weight[row] === 0) continue
    cumulative += weight[row]!
    if (cumulative >= half) return errors[row]!
  }
  return NaN
}
