// Ours against SciPy, statistic by statistic: equal to 1e-6 relative (1e-12 absolute near 0),
// or, for p-values, both below 1e-300 (where SciPy's are subnormal or 0).
const RELATIVE = 1e-6
const ABSOLUTE = 1e-12
const TINY_P = 1e-300

/** { rows: [{ column, statistic, ours, scipy, difference }], worst, disagree: ['column statistic', …] } */
export function agreement(ours, scipy) {
  const rows = []
  for (const [column, theirs] of Object.entries(scipy)) {
    const mine = ours[column]
    const pairs = theirs.ks
      ? [['ks statistic', mine.ks.statistic, theirs.ks.statistic], ['ks p-value', mine.ks.pValue, theirs.ks.pValue], ['wasserstein', mine.wasserstein, theirs.wasserstein], ['reference std', mine.referenceStd, theirs.referenceStd]]
      : [['chi2 statistic', mine.chi2.statistic, theirs.chi2.statistic], ['chi2 p-value', mine.chi2.pValue, theirs.chi2.pValue]]
    for (const [statistic, a, b] of pairs) rows.push({ column, statistic, ours: a, scipy: b, difference: difference(statistic, a, b) })
  }
  const disagree = rows.filter((row) => !(row.difference <= RELATIVE)).map((row) => `${row.column} ${row.statistic}`)
  return { rows, worst: Math.max(0, ...rows.map((row) => (Number.isFinite(row.difference) ? row.difference : Infinity))), disagree }
}

function difference(statistic, a, b) {
  if (typeof a !== 'number' || typeof b !== 'number') return Infinity
  if (statistic.endsWith('p-value') && a < TINY_P && b < TINY_P) return 0
  const gap = Math.abs(a - b)
  return gap <= ABSOLUTE ? 0 : gap / Math.max(Math.abs(a), Math.abs(b))
}
