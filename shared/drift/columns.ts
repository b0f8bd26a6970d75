import { checkChoiceForKind, type TestChoice } from './options.js'
import { POOLED, type NumberSide, type SideColumn } from './reference.js'
import { defaultTest } from './registry.js'
import type { CategoryCounts, ColumnKind, SideData } from './types.js'

/**
 * A column of numbers with at most this many distinct values, over both sides, is compared as
 * categories: Evidently's NUMBER_UNIQUE_AS_CATEGORICAL, which its default test choice also
 * applies to numeric columns (chi-square or z up to 1,000 reference rows, Jensen–Shannon above).
 */
export const CATEGORICAL_DISTINCT = 5

/**
 * The kind a column is compared as, both sides stored alike: text is categorical; numbers are
 * categorical when both sides together hold at most CATEGORICAL_DISTINCT distinct values, else
 * numeric. Either is binary when both sides together hold exactly two distinct values.
 */
export function inferKind(reference: SideColumn, current: SideColumn): ColumnKind {
  if (reference.stored === 'string' && current.stored === 'string') {
    if (reference.pooled) return 'categorical'
    return categoricalKind(unionSize(reference.counts, current.counts))
  }
  const [a, b] = [reference as NumberSide, current as NumberSide]
  if (a.distinct > CATEGORICAL_DISTINCT || b.distinct > CATEGORICAL_DISTINCT) return 'numeric'
  const union = unionSize(a.counts()!, b.counts()!)
  return union > CATEGORICAL_DISTINCT ? 'numeric' : categoricalKind(union)
}

const categoricalKind = (distinct: number): ColumnKind => (distinct === 2 ? 'binary' : 'categorical')

function unionSize(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let size = a.size
  for (const key of b.keys()) if (!a.has(key)) size++
  return size
}

/** The test a column runs and the kind it sees it as. */
export interface ColumnTest extends TestChoice {
  readonly kind: ColumnKind
}

/**
 * The user's test when there is one, else the default for the kind and the reference's rows. A
 * test for numbers named on a column of few distinct numbers compares it as numbers; a test for
 * categories on a binary column compares it as categories. Anything else that does not fit
 * the kind is a UserError naming input 'tests' and the column.
 */
export function columnTest(column: string, inferred: ColumnKind, stored: 'number' | 'string', choice: TestChoice | undefined, referenceRows: number): ColumnTest {
  if (!choice) {
    const test = defaultTest(inferred, referenceRows)
    return { test, threshold: test.defaultThreshold, kind: inferred }
  }
  const kinds = choice.test.kinds
  let kind = inferred
  if (!kinds.includes(kind) && stored === 'number' && kinds.includes('numeric')) kind = 'numeric'
  if (!kinds.includes(kind) && kind === 'binary' && kinds.includes('categorical')) kind = 'categorical'
  checkChoiceForKind(column, choice, kind)
  return { ...choice, kind }
}

/** Both sides' data as the test takes it: sorted finite numbers, or counts per category. */
export function testData(kind: ColumnKind, reference: SideColumn, current: SideColumn): [SideData, SideData] {
  if (kind === 'numeric') return [(reference as NumberSide).sorted, (current as NumberSide).sorted]
  const [a, b] = [categoryCounts(reference), categoryCounts(current)]
  return [a, reference.stored === 'string' && reference.pooled ? poolUnlisted(b, a) : b]
}

export function categoryCounts(side: SideColumn): Map<string, number> {
  return side.stored === 'string' ? side.counts : side.counts()!
}

/**
 * Current categories a profile did not list go in its pooled bucket: they may be among the
 * categories it pooled, and comparing them one by one against nothing would show drift that
 * is not there.
 */
function poolUnlisted(current: CategoryCounts, reference: CategoryCounts): Map<string, number> {
  const pooled = new Map<string, number>()
  let rest = 0
  for (const [category, count] of current) {
    if (reference.has(category) && category !== POOLED) pooled.set(category, count)
    else rest += count
  }
  if (rest > 0) pooled.set(POOLED, rest)
  return pooled
}
