import type { Label } from './types.js'

/** Orders labels as numpy does: numbers numerically, strings by Unicode code point. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return compareCodePoints(String(a), String(b))
}

// JavaScript compares UTF-16 code units, which puts astral characters (surrogate pairs)
// before U+E000..U+FFFF. Lifting surrogates above that range gives code point order.
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000
  if (unit >= 0xe000) return unit - 0x800
  return unit
}

export function sortLabels(labels: Iterable<Label>): Label[] {
  return [...labels].sort(compareLabels)
}

/** How a label reads in a message: strings quoted, so '1' and 1 differ. */
export function showLabel(label: Label): string {
  return typeof label === 'string' ? JSON.stringify(label) : String(label)
}

export function showLabels(labels: readonly Label[]): string {
  return labels.map(showLabel).join(', ')
}
