/** Fast non-cryptographic 32-bit hashes used for counting distinct values and duplicates. */

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

export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return fmix32(h ^ text.length)
}

const floatView = new Float64Array(1)
const wordView = new Uint32Array(floatView.buffer)

export function hashNumber(value: number, seed: number): number {
  floatView[0] = value === 0 ? 0 : value
  return fmix32(Math.imul(wordView[0] ^ seed, 0x9e3779b1) ^ fmix32(wordView[1] + seed))
}

export function combineHashes(a: number, b: number): number {
  return fmix32((Math.imul(a, 31) + b) | 0)
}
