import type { Correction } from './dataset-types.js'

/**
 * P-values adjusted for testing several columns at once, in the order given, as statsmodels'
 * `multipletests(p, method)` returns them: `bonferroni` multiplies by the number of tests;
 * `fdr` is Benjamini–Hochberg (`fdr_bh`), p(i) · m / i made monotone from the largest down.
 * Both are capped at 1. A column drifts when its adjusted p-value is below its threshold.
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length
  if (correction === 'none' || m === 0) return [...pValues]
  if (correction === 'bonferroni') return pValues.map((p) => Math.min(1, p * m))
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b)
  const adjusted = new Array<number>(m)
  let running = 1
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1]!
    running = Math.min(running, (pValues[index]! * m) / rank)
    adjusted[index] = running
  }
  return adjusted
}
