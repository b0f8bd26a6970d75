/** Fast non-cryptographic 32-bit hashes used for counting distinct values and duplicates. */

export const SEED_A = 0x2545f491
export const SEED_B = 0x6c8e9cf5

export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function hashBytes(bytes: Uint8Array, start: number, end: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193)
  return fmix32(h ^ (end - start))
}

/**
 * Two hashes in one pass over the bytes, into out[0] and out[1], eight bytes a step.
 * `view` must be a DataView over the same memory as `bytes` (one per buffer, to save allocations).
 */
export function hashBytesPair(bytes: Uint8Array, start: number, end: number, out: Uint32Array, view?: DataView): void {
  const words = view ?? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let a = 0x811c9dc5
  let b = 0x2545f491
  let i = start
  for (; i + 8 <= end; i += 8) {
    const low = words.getUint32(i, true) | 0
    const high = words.getUint32(i + 4, true) | 0
    a = Math.imul(a ^ low, 0x01000193)
    a = Math.imul(a ^ (a >>> 15) ^ high, 0x01000193)
    b = Math.imul(b + low, 0x5bd1e995)
    b = Math.imul((b ^ (b >>> 13)) + high, 0x5bd1e995)
    a ^= a >>> 15
    b ^= b >>> 13
  }
  for (; i < end; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193)
    b = Math.imul(b + bytes[i], 0x5bd1e995) ^ (b >>> 15)
  }
  out[0] = fmix32(a ^ (end - start))
  out[1] = fmix32(b + end - start)
}

export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return fmix32(h ^ text.length)
}

const floatView = new Float64Array(1)
const wordView = new Uint32Array(floatView.buffer)

export function hashNumber(value: number, seed: number): number {
  if ((value | 0) === value && !Object.is(value, -0)) return fmix32(Math.imul(value ^ seed, 0x9e3779b1) ^ 0x5bd1e995)
  floatView[0] = value === 0 ? 0 : value
  return fmix32(Math.imul(wordView[0] ^ seed, 0x9e3779b1) ^ fmix32(wordView[1] + seed))
}

export function combineHashes(a: number, b: number): number {
  return fmix32((Math.imul(a, 31) + b) | 0)
}
