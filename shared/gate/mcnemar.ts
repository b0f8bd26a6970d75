import type { ClassificationInput } from '../metrics/index.js'
import { logBinomialLowerTail } from './binomial.js'

/** The exact McNemar test of paired accuracy on the rows where the two models disagree in being right. */
export interface McNemarResult {
  /** Rows the baseline gets right and the candidate wrong. */
  readonly b: number
  /** Rows the baseline gets wrong and the candidate right. */
  readonly c: number
  /** min(b, c), the binomial count tested, as statsmodels reports it. */
  readonly statistic: number
  /** Two-sided exact p-value. */
  readonly pValue: number
  /** Natural log of the p-value, finite where the p-value underflows to 0. */
  readonly logPValue: number
}

/**
 * Two-sided exact McNemar p-value for b and c discordant pairs: min(1, 2 P(X <= min(b, c)))
 * with X ~ Binomial(b + c, 1/2). This is statsmodels' mcnemar(exact=True), and for p = 1/2
 * also scipy.stats.binomtest(min(b, c), b + c).pvalue: scipy sums the pmf terms no more likely
 * than the observed one, and by symmetry those are the two tails of equal size.
 * With no discordant pairs the p-value is 1, as statsmodels gives (scipy refuses n = 0).
 */
export function mcnemarExact(b: number, c: number): McNemarResult {
  for (const [name, count] of [['b', b], ['c', c]] as const) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`McNemar count ${name} must be a non-negative integer; got ${count}`)
  }
  const n = b + c
  const k = Math.min(b, c)
  // k = n / 2 is the mode: the tails cover everything (scipy's shortcut).
  const logPValue = 2 * k >= n ? 0 : Math.min(0, Math.LN2 + logBinomialLowerTail(k, n, 0.5))
  return { b, c, statistic: k, pValue: Math.exp(logPValue), logPValue }
}

/**
 * Discordant pair counts of two models' predicted labels on the same rows. Rows are counted
 * once each: sample weights do not enter, since the exact test needs counts.
 */
export function discordantPairs(candidate: ClassificationInput, baseline: ClassificationInput): { b: number; c: number } {
  const candidatePred = candidate.yPred
  const baselinePred = baseline.yPred
  if (!candidatePred || !baselinePred) throw new RangeError('discordantPairs needs predicted labels from both models')
  let b = 0
  let c = 0
  for (let i = 0; i < candidate.yTrue.length; i++) {
    const candidateRight = candidatePred[i] === candidate.yTrue[i]
    const baselineRight = baselinePred[i] === baseline.yTrue[i]
    if (baselineRight && !candidateRight) b++
    else if (candidateRight && !baselineRight) c++
  }
  return { b, c }
}
