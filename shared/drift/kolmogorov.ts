/**
 * Survival function of the two-sided one-sample Kolmogorov statistic D_n, as
 * scipy.stats.kstwo.sf(d, n), which ks_2samp's asymptotic branch evaluates at n = round(mn/(m+n)).
 * The same algorithm choice as SciPy (Simard & L'Ecuyer 2011): Ruben–Gambino at the ends,
 * 2 × the one-sided Smirnov tail where it is exact or close, the Durbin matrix (Marsaglia,
 * Tsang, Wang) in the body, Pelz–Good for large n. Where SciPy uses the Pomeranz recursion
 * (n ≤ 140, 0.754693 < n d² ≤ 4) we use the Durbin matrix: both are exact.
 */
import { logGamma } from './special.js'

const clip = (p: number): number => Math.min(1, Math.max(0, p))

/** Above this n SciPy's smirnov switches from the exact sum to an approximation. */
const SMIRNOV_MAX_EXACT_N = 1_000_000
const MIN_LOG = -708.3964185322641

/** P(D+_n ≥ d), as scipy.special.smirnov(n, d). */
export function smirnov(n: number, d: number): number {
  if (d <= 0) return 1
  if (d >= 1) return 0
  if (n === 1) return 1 - d
  if (-2 * n * d * d < MIN_LOG) return 0
  const nd = n * d
  if (nd <= 1) return 1 - d * (1 + d) ** (n - 1)
  if (Math.floor(nd) >= n - 1) return (1 - d) ** n
  if (n > SMIRNOV_MAX_EXACT_N) {
    const logP = -((6 * nd + 1) ** 2) / 18 / n
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP)
  }
  // Birnbaum–Tingey: d Σ_{v ≤ n(1-d)} C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v), all terms
  // positive, summed in log space so no binomial overflows.
  const last = Math.floor(n * (1 - d))
  const logNFactorial = logGamma(n + 1)
  let sum = 0
  for (let v = 0; v <= last; v++) {
    const low = d + v / n
    const high = 1 - low
    if (high <= 0) continue
    sum += Math.exp(logNFactorial - logGamma(v + 1) - logGamma(n - v + 1) + (v - 1) * Math.log(low) + (n - v) * Math.log(high))
  }
  return clip(sum * d)
}

const SCALE = 2 ** 128

/** P(D_n ≤ d) by the Durbin matrix algorithm as Marsaglia, Tsang and Wang compute it. */
function durbinCdf(n: number, d: number): number {
  const nd = n * d
  if (nd <= 0.5) return 0
  if (d >= 1) return 1
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1
  const H: Float64Array[] = Array.from({ length: m }, () => new Float64Array(m))
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let factorial = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial
    factorial /= j
    v[j - 1] = (1 - h ** j) * factorial
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * factorial
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r]![i] = w[r - i + 1]!
  for (let r = 0; r < m; r++) H[r]![0] = v[r]!
  for (let c = 0; c < m; c++) H[m - 1]![c] = v[m - 1 - c]!
  let power: Float64Array[] = identity(m)
  let base: Float64Array[] = H
  let exponent = 0
  let baseExponent = 0
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2) {
      power = multiply(power, base)
      exponent += baseExponent
    }
    base = multiply(base, base)
    baseExponent *= 2
    if (Math.abs(base[k - 1]![k - 1]!) > SCALE) {
      for (const row of base) for (let c = 0; c < m; c++) row[c]! /= SCALE
      baseExponent += 128
    }
  }
  let p = power[k - 1]![k - 1]!
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE
      exponent -= 128
    }
  }
  return clip(p * 2 ** exponent)
}

function identity(m: number): Float64Array[] {
  return Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m)
    row[i] = 1
    return row
  })
}

function multiply(a: Float64Array[], b: Float64Array[]): Float64Array[] {
  const m = a.length
  return a.map((row) => {
    const out = new Float64Array(m)
    for (let k = 0; k < m; k++) {
      const x = row[k]!
      if (x === 0) continue
      const bk = b[k]!
      for (let c = 0; c < m; c++) out[c]! += x * bk[c]!
    }
    return out
  })
}

const PI2 = Math.PI ** 2
const PI4 = PI2 ** 2
const PI6 = PI2 ** 3
const SQRT_2PI = Math.sqrt(2 * Math.PI)

/** Pelz–Good approximation of P(D_n ≤ d), for large n. */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const z = Math.sqrt(n) * x
  const z2 = z * z
  const z4 = z2 * z2
  const z6 = z4 * z2
  const qLog = -PI2 / 8 / z2
  if (qLog < MIN_LOG) return 0
  let q = Math.exp(qLog)
  const k1a = -z2
  const k1b = PI2 / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4
  const k2c = (PI4 * (1 - 2 * z2)) / 16
  const k3d = (PI6 * (5 - 30 * z2)) / 64
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8
  const K = [0, 0, 0, 0]
  const maxK = Math.ceil((16 * z) / Math.PI)
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1
    const m2 = m * m
    const m4 = m2 * m2
    const m6 = m4 * m2
    const qPower = q ** (8 * k)
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6]
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qPower + coefficients[i]!
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10]
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT_2PI) / divisors[i]!
  q = Math.exp(-PI2 / 2 / z2)
  let k2Extra = 0
  let k3Extra = 0
  const sqrt3z = Math.sqrt(3) * z
  for (let k = maxK; k > 0; k--) {
    const kq = k * k * q ** (k * k)
    k2Extra += kq
    k3Extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * kq
  }
  K[2]! += (k2Extra * PI2 * SQRT_2PI) / (-36 * z ** 3)
  K[3]! += (k3Extra * PI2 * SQRT_2PI) / (216 * z6)
  let total = 0
  for (let i = 0; i < 4; i++) total += K[i]! / n ** (i / 2)
  return total
}

/** log(n! / n^n) by Stirling's series with n log n taken out, as SciPy does for n > 140. */
const logFactorialOverPower = (n: number): number => logGamma(n + 1) - n * Math.log(n)

/** P(D_n > d), as scipy.stats.kstwo.sf(d, n). */
export function kolmogorovSurvival(n: number, d: number): number {
  if (d >= 1) return 0
  if (d <= 0) return 1
  const t = n * d
  if (t <= 1) {
    if (t <= 0.5) return 1
    let cdf: number
    if (n <= 140) {
      cdf = 1
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1)
    } else cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1))
    return clip(1 - cdf)
  }
  if (t >= n - 1) return clip(2 * (1 - d) ** n)
  if (d >= 0.5) return clip(2 * smirnov(n, d))
  const ndSquared = t * d
  if (n <= 140) {
    if (ndSquared <= 4) return clip(1 - durbinCdf(n, d))
    return clip(2 * smirnov(n, d))
  }
  if (ndSquared >= 370) return 0
  if (ndSquared >= 2.2) return clip(2 * smirnov(n, d))
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d)
  return clip(1 - cdf)
}
