// Binomial probabilities in log space, accurate to a few ulps for n up to 10^6 and beyond.
// Factorials are never formed: Loader's saddle-point form writes the pmf as Stirling-series
// corrections and a deviance term that is computed without cancellation near the mean.
// (C. Loader, "Fast and Accurate Computation of Binomial Probabilities", 2000.)

const LOG_2PI = Math.log(2 * Math.PI)

/** ln(k!) - ln(sqrt(2 pi k) (k/e)^k) for k = 1..15, computed to 40 digits (test/fixtures/gate). */
export const STIRLING_ERRORS: readonly number[] = [
  0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193,
  0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733, 0.00833056343336287,
  0.007573675487951841, 0.00694284010720953, 0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
]

/** Error of Stirling's formula for ln(k!), k a positive integer. */
export function stirlingError(k: number): number {
  if (k <= 15) return STIRLING_ERRORS[k - 1]!
  // The asymptotic series 1/12k - 1/360k^3 + ...; for k >= 16 the next term is below 1e-16.
  const k2 = k * k
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * k2)) / k2) / k2) / k2) / k
}

/**
 * x ln(x / m) + m - x, without the cancellation the direct form suffers when x is near m.
 * With v = (x - m) / (x + m) it is (x - m) v + 2x (v^3/3 + v^5/5 + ...); for |v| < 1/2 the
 * series converges within 30 terms and is far more accurate.
 */
export function deviance(x: number, m: number): number {
  const v = (x - m) / (x + m)
  if (Math.abs(v) >= 0.5) return x * Math.log(x / m) + m - x
  const v2 = v * v
  let sum = (x - m) * v
  let power = 2 * x * v
  for (let j = 3; ; j += 2) {
    power *= v2
    const next = sum + power / j
    if (next === sum) return sum
    sum = next
  }
}

/** ln P(X = k) for X ~ Binomial(n, p), k and n integers, 0 <= k <= n, 0 < p < 1. */
export function logBinomialPmf(k: number, n: number, p: number): number {
  if (k === 0) return n * Math.log1p(-p)
  if (k === n) return n * Math.log(p)
  const exponent = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * (1 - p))
  return exponent - 0.5 * (LOG_2PI + Math.log(k) + Math.log(n - k) - Math.log(n))
}

/**
 * ln P(X <= k) for k at or below the mean n p: the pmf at k times the sum of the ratios down
 * to 0. Each ratio is below 1 there, so the terms shrink and the sum stops once they no longer
 * change it.
 */
export function logBinomialLowerTail(k: number, n: number, p: number): number {
  if (k > n * p) throw new RangeError(`logBinomialLowerTail needs k <= n p; got k = ${k}, n p = ${n * p}`)
  const odds = (1 - p) / p
  let term = 1
  let sum = 1
  for (let i = k; i > 0; i--) {
    // P(X = i - 1) / P(X = i)
    term *= (i / (n - i + 1)) * odds
    const next = sum + term
    if (next === sum) break
    sum = next
  }
  return logBinomialPmf(k, n, p) + Math.log(sum)
}
