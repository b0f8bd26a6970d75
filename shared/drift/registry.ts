import { chi2 } from './chi2.js'
import { chi2Gof } from './chi2-gof.js'
import { jensenshannon } from './jensenshannon.js'
import { ks } from './ks.js'
import { linf } from './linf.js'
import { psi } from './psi.js'
import { wasserstein } from './wasserstein.js'
import { z } from './z.js'
import type { ColumnKind, DriftTest } from './types.js'

export const DRIFT_TESTS: readonly DriftTest[] = [ks, wasserstein, chi2, chi2Gof, z, jensenshannon, psi, linf]

export const DRIFT_TESTS_BY_NAME: ReadonlyMap<string, DriftTest> = new Map(DRIFT_TESTS.map((test) => [test.name, test]))

/** Above this many reference rows the default is a distance: fixed p-value tests flag almost everything at large n. */
export const LARGE_REFERENCE = 1000

/**
 * The test a column gets unless the user names one, after Evidently's rule: up to 1,000
 * reference rows KS for numbers, chi-square for categories, z for binary; above, normalised
 * Wasserstein for numbers and Jensen–Shannon for categorical and binary columns.
 */
export function defaultTest(kind: ColumnKind, referenceSize: number): DriftTest {
  const small = referenceSize <= LARGE_REFERENCE
  switch (kind) {
    case 'numeric':
      return small ? ks : wasserstein
    case 'categorical':
      return small ? chi2 : jensenshannon
    case 'binary':
      return small ? z : jensenshannon
  }
}
