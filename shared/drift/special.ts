/**
 * Special functions the p-values need, accurate to about 1e-14 relative over the range the
 * tests use; the fixtures hold them to SciPy's values.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI)
// B_{2j} / (2j (2j-1)), j = 1..8: Stirling's series for log Γ.
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400]

/** log Γ(x) for x > 0: Stirling's series, shifted up to x ≥ 15 where it converges to double precision. */
export function logGamma(x: number): number {
  let shift = 0
  while (x < 15) {
    shift += Math.log(x)
    x += 1
  }
  const inverseSquare = 1 / (x * x)
  let series = 0
  for (let j = STIRLING.length - 1; j >= 0; j--) series = series * inverseSquare + STIRLING[j]!
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + series / x - shift
}

const EPSILON = 1e-16
const TINY = 1e-300
const MAX_ITERATIONS = 100_000

/** Regularised lower incomplete gamma P(a, x) by its power series; for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a
  let sum = term
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

/** Regularised upper incomplete gamma Q(a, x) by Lentz's continued fraction; for x ≥ a + 1. */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), as scipy.special.gammaincc. */
export function upperGammaRegularised(a: number, x: number): number {
  if (x <= 0) return 1
  if (x === Infinity) return 0
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x)
}

/** Survival function of the chi-square distribution, as scipy.stats.chi2.sf. */
export function chiSquareSurvival(statistic: number, degreesOfFreedom: number): number {
  return upperGammaRegularised(degreesOfFreedom / 2, statistic / 2)
}

/** Survival function of the standard normal, as scipy.stats.norm.sf: erfc(z/√2)/2 = Q(1/2, z²/2)/2. */
export function normalSurvival(z: number): number {
  if (z < 0) return 1 - normalSurvival(-z)
  return upperGammaRegularised(0.5, (z * z) / 2) / 2
}
