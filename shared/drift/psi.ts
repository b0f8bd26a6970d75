import { binIndex, alignCounts, shares } from './frequencies.js'
import { quantile } from './bins.js'
import type { CategoryCounts, DriftTest, SideData } from './types.js'

/** Quantile bins cut from the reference; the outer two are open, so no current value falls outside. */
export const PSI_BIN_COUNT = 10
/** Share given to an empty bin, so that the logarithm stays finite. */
export const PSI_EMPTY_SHARE = 1e-4

/** Interior cut points: the reference's deciles, duplicates merged (a constant reference has one). */
function decileEdges(reference: Float64Array): Float64Array {
  const cuts = Array.from({ length: PSI_BIN_COUNT - 1 }, (_, i) => quantile(reference, (i + 1) * (1 / PSI_BIN_COUNT)))
  return Float64Array.from(new Set(cuts))
}

function binShares(values: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1)
  for (const x of values) counts[binIndex(edges, x)]! += 1
  return shares(counts)
}

function sharePair(reference: SideData, current: SideData): [Float64Array, Float64Array] {
  if (reference instanceof Float64Array) {
    const edges = decileEdges(reference)
    return [binShares(reference, edges), binShares(current as Float64Array, edges)]
  }
  const aligned = alignCounts(reference, current as CategoryCounts)
  return [shares(aligned.reference), shares(aligned.current)]
}

/**
 * Population stability index Σ (c − r) ln(c / r) over the shares r (reference) and c (current)
 * of each bin: the reference's deciles for numbers, each category otherwise. Empty bins count
 * as a share of 1e-4.
 */
export const psi: DriftTest = {
  name: 'psi',
  kinds: ['numeric', 'categorical', 'binary'],
  defaultThreshold: 0.1,
  direction: 'above',
  thresholdRange: [0, Infinity],
  compare(reference, current, threshold) {
    const [r, c] = sharePair(reference, current)
    let statistic = 0
    for (let i = 0; i < r.length; i++) {
      const [ri, ci] = [r[i] || PSI_EMPTY_SHARE, c[i] || PSI_EMPTY_SHARE]
      statistic += (ci - ri) * Math.log(ci / ri)
    }
    return { statistic, pValue: null, drifted: statistic >= threshold }
  },
}
