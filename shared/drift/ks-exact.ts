/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov statistic, as SciPy's
 * `_attempt_exact_2kssamp` computes it: lattice paths of Hodges (1958), in the
 * numerically stable form of Viehmann (2021) that counts 1 − p directly.
 */

/** P(D_{n,n} ≥ h/n): 2 Σ ± C(2n, n−kh)/C(2n, n), evaluated Horner-like to avoid cancellation. */
function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1)
    p = term * (1 - p)
  }
  return 2 * p
}

/** Share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n). */
function probabilityOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m]
  const mg = m / g
  const ng = n / g
  let minJ = 0
  let maxJ = Math.min(Math.ceil(h / mg), n + 1)
  let currentLength = maxJ - minJ
  const column = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1)
  column.fill(0, minJ, maxJ)
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ
    const lastLength = currentLength
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n)
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1)
    if (maxJ <= minJ) return 1
    let value = minJ === 0 ? 0 : 1
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ
      value = (column[jj + minJ - lastMinJ]! * i + value * j) / (i + j)
      column[jj] = value
    }
    currentLength = maxJ - minJ
    if (lastLength > currentLength) column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength))
  }
  return column[maxJ - minJ - 1]!
}

const greatestCommonDivisor = (a: number, b: number): number => (b === 0 ? a : greatestCommonDivisor(b, a % b))

/** Round half to even, as np.round. */
function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/**
 * The statistic snapped to the lattice 1/lcm(n1, n2) and its exact p-value, or null where the
 * computation leaves [0, 1] (SciPy then falls back to the asymptotic distribution).
 */
export function exactKolmogorovSmirnov(n1: number, n2: number, d: number): { statistic: number; pValue: number } | null {
  const g = greatestCommonDivisor(n1, n2)
  const lcm = (n1 / g) * n2
  const h = roundHalfEven(d * lcm)
  const statistic = h / lcm
  if (h === 0) return { statistic, pValue: 1 }
  const pValue = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h)
  return pValue >= 0 && pValue <= 1 ? { statistic, pValue } : null
}

export { roundHalfEven }
