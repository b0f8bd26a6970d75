import { frequencyPair } from './bins.js'
import type { DriftTest } from './types.js'

/** Σ x log(x/y) with 0 log 0 = 0, as scipy.special.rel_entr summed. */
function relativeEntropy(p: Float64Array, q: Float64Array): number {
  let sum = 0
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) sum += p[i]! * Math.log(p[i]! / q[i]!)
  return sum
}

/**
 * Jensen–Shannon distance in base 2 (so within [0, 1]), as
 * scipy.spatial.distance.jensenshannon(p, q, base=2), of the category frequencies, or for
 * numbers of the frequencies in 30 equal-width bins over both samples' range.
 */
export const jensenshannon: DriftTest = {
  name: 'jensenshannon',
  kinds: ['numeric', 'categorical', 'binary'],
  defaultThreshold: 0.1,
  direction: 'above',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const [p, q] = frequencyPair(reference, current)
    const m = p.map((x, i) => (x + q[i]!) / 2)
    const divergence = (relativeEntropy(p, m) + relativeEntropy(q, m)) / Math.LN2
    const statistic = Math.sqrt(Math.max(0, divergence) / 2)
    return { statistic, pValue: null, drifted: statistic >= threshold }
  },
}
