import { UNSEEN_LISTED, type DriftFinding } from './dataset-types.js'
import { POOLED, type SideColumn } from './reference.js'
import { normalSurvival } from './special.js'

/** A change in the share of missing cells smaller than this is never a finding, however many rows. */
export const NULL_RATE_CHANGE = 0.1

/** ...and a change that a two-proportion z-test cannot tell from chance (p ≥ this) neither. */
export const NULL_RATE_ALPHA = 0.05

/**
 * A null-rate finding when the share of missing cells moved by at least 0.1 and a pooled
 * two-proportion z-test puts the move below p = 0.05: the first keeps a million rows from
 * flagging a 0.1 % change, the second keeps 30 rows from flagging a few missing cells.
 */
export function nullRateFinding(reference: SideColumn, current: SideColumn): DriftFinding | undefined {
  const [n1, n2] = [reference.rows, current.rows]
  if (n1 === 0 || n2 === 0) return undefined
  const [k1, k2] = [n1 - reference.present, n2 - current.present]
  const [share1, share2] = [k1 / n1, k2 / n2]
  if (Math.abs(share2 - share1) < NULL_RATE_CHANGE) return undefined
  const pooled = (k1 + k2) / (n1 + n2)
  const z = (share2 - share1) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  const pValue = 2 * normalSurvival(Math.abs(z))
  return pValue < NULL_RATE_ALPHA ? { type: 'null rate', column: reference.name, reference: share1, current: share2, pValue } : undefined
}

/**
 * Current categories the reference never listed, most frequent first, at most UNSEEN_LISTED of
 * them. When a profile pooled categories beyond its first 100, an unseen one may be among
 * them: the finding says how many were pooled.
 */
export function unseenCategories(column: string, reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>, pooledInReference: number): DriftFinding | undefined {
  const unseen: [string, number][] = []
  let rows = 0
  for (const [category, count] of current) {
    if (category === POOLED || reference.has(category)) continue
    unseen.push([category, count])
    rows += count
  }
  if (unseen.length === 0) return undefined
  const listed = topEntries(unseen, UNSEEN_LISTED).map(([category]) => category)
  return { type: 'unseen categories', column, categories: listed, distinct: unseen.length, rows, pooledInReference }
}

/** The k largest counts, ties in code-point order, without sorting them all. */
export function topEntries(entries: Iterable<[string, number]>, k: number): [string, number][] {
  const top: [string, number][] = []
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])
  for (const entry of entries) {
    if (top.length === k && !before(entry, top[k - 1]!)) continue
    let at = top.length === k ? k - 1 : top.length
    while (at > 0 && before(entry, top[at - 1]!)) {
      top[at] = top[at - 1]!
      at--
    }
    top[at] = entry
  }
  return top
}
