import { alignCounts, shares } from './frequencies.js'
import type { CategoryCounts, DriftTest } from './types.js'

/** L-infinity distance between the category frequencies, max |r − c|, as TFDV's drift comparator. */
export const linf: DriftTest = {
  name: 'linf',
  kinds: ['categorical', 'binary'],
  defaultThreshold: 0.1,
  direction: 'above',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const aligned = alignCounts(reference as CategoryCounts, current as CategoryCounts)
    const [r, c] = [shares(aligned.reference), shares(aligned.current)]
    let statistic = 0
    for (let i = 0; i < r.length; i++) statistic = Math.max(statistic, Math.abs(r[i]! - c[i]!))
    return { statistic, pValue: null, drifted: statistic >= threshold }
  },
}
