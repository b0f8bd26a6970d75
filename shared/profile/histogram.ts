import type { Histogram } from './types.js'

/**
 * numpy.histogram(x, bins) for finite values: `bins` equal-width bins over [min, max]
 * (widened by 0.5 each side when min = max). Edges are numpy.linspace's and each value is
 * placed by numpy's own index arithmetic and 1-ulp corrections, so both match numpy exactly.
 */
export function equalWidthHistogram(values: Float64Array, min: number, max: number, bins: number): Histogram {
  const first = min === max ? min - 0.5 : min
  const last = min === max ? max + 0.5 : max
  const edges = linspace(first, last, bins + 1)
  const counts = new Float64Array(bins)
  const norm = bins / (last - first)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    let bin = Math.trunc((value - first) * norm)
    if (bin === bins) bin--
    if (value < edges[bin]) bin--
    else if (value >= edges[bin + 1] && bin !== bins - 1) bin++
    counts[bin]++
  }
  return { edges: Array.from(edges), counts: Array.from(counts) }
}

/** numpy.linspace(start, stop, num) with endpoint=True. */
function linspace(start: number, stop: number, num: number): Float64Array {
  const div = num - 1
  const delta = stop - start
  const step = delta / div
  const edges = new Float64Array(num)
  // numpy divides first when the step underflows to zero (subnormal ranges).
  for (let i = 0; i < num; i++) edges[i] = (step === 0 ? (i / div) * delta : i * step) + start
  edges[num - 1] = stop
  return edges
}
