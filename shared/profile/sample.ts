import { RandomStream } from '../random/index.js'

/**
 * `min(limit, count)` distinct positions in [0, count), every subset of that size equally
 * likely (reservoir sampling, Algorithm R), ascending. Deterministic for a seed. One exact
 * integer draw per position: cheap next to sorting a column, and free of rounding bias.
 */
export function reservoirSample(count: number, limit: number, seed: number): Int32Array {
  const size = Math.min(limit, count)
  const reservoir = new Int32Array(size)
  for (let i = 0; i < size; i++) reservoir[i] = i
  if (size === 0) return reservoir
  const random = new RandomStream(seed, 0)
  for (let i = size; i < count; i++) {
    const slot = uniformBelow(random, i + 1)
    if (slot < size) reservoir[slot] = i
  }
  return reservoir.sort()
}

/** A uniform integer in [0, n) for n < 2^32 (Lemire's multiply-and-reject: no modulo bias). */
function uniformBelow(random: RandomStream, n: number): number {
  // Low words below 2^32 mod n are the biased ones to redraw.
  const reject = (0x100000000 - n) % n
  for (;;) {
    const x = random.nextUint32()
    if (Math.imul(x, n) >>> 0 >= reject) return highWord(x, n)
  }
}

/** floor(x * n / 2^32) exactly, in 16-bit halves so every product stays below 2^53. */
function highWord(x: number, n: number): number {
  return Math.floor(((x >>> 16) * n + Math.floor(((x & 0xffff) * n) / 0x10000)) / 0x10000)
}
