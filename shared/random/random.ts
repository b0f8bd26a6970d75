/**
 * xoshiro128** streams keyed by (seed, stream). Each bootstrap resample draws from its own
 * stream, so the result does not depend on how resamples are split between threads.
 */
export class RandomStream {
  private readonly state: Int32Array

  /** The raw generator state, for checking against xoshiro128**'s reference outputs. */
  static fromState(words: readonly [number, number, number, number]): RandomStream {
    const stream = new RandomStream(0, 0)
    stream.state.set(words)
    return stream
  }

  constructor(seed: number, stream: number) {
    // Seed the four words through a 32-bit integer hash so nearby seeds and streams diverge.
    const s0 = hash32(hash32(seed ^ 0x9e3779b9) ^ stream)
    const s1 = hash32(s0 + 0x6a09e667)
    const s2 = hash32(s1 + 0x3c6ef372)
    const s3 = hash32(s2 + 0x510e527f)
    // The all-zero state would repeat forever.
    this.state = Int32Array.of((s0 | s1 | s2 | s3) === 0 ? 1 : s0, s1, s2, s3)
  }

  /** The next 32 random bits, as an unsigned integer. */
  nextUint32(): number {
    const s = this.state
    const result = output(s[1]!)
    const t = s[1]! << 9
    s[2] = s[2]! ^ s[0]!
    s[3] = s[3]! ^ s[1]!
    s[1] = s[1]! ^ s[2]!
    s[0] = s[0]! ^ s[3]!
    s[2] = s[2]! ^ t
    s[3] = rotl(s[3]!, 11)
    return result >>> 0
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  nextFloat(): number {
    return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992
  }

  /**
   * `counts[i]` = times row i is drawn in `counts.length` uniform draws with replacement: one
   * bootstrap resample. Indexes are exact (Lemire's multiply-and-reject, no modulo bias).
   */
  drawCounts(counts: Float64Array): void {
    const n = counts.length
    // Up to 2^21 rows one multiply gives an index exactly.
    if (n > 0x200000) return this.drawLarge(counts)
    // Counting in bytes keeps the randomly addressed counts in cache (an eighth of the doubles'
    // size); widening them after is one native copy.
    if (bytes.length < n) bytes = new Uint8Array(n)
    const tally = n === bytes.length ? bytes : bytes.subarray(0, n)
    const start = this.state.slice()
    if (this.drawSmall(tally) <= 0xff) return counts.set(tally)
    // A row drawn 256 times or more wrapped around its byte: draw the same again in doubles.
    this.state.set(start)
    this.drawSmall(counts)
  }

  // The generator step is inlined in the loops below, on locals, because they are the hot
  // path. Each method has one way of taking the index: a choice inside a loop costs registers.

  /**
   * drawCounts for n up to 2^21, where x * n stays below 2^53 and one multiply gives the high
   * word. Returns the bitwise or of the counts, so above 0xff when a count passed a byte.
   */
  private drawSmall(counts: Uint8Array | Float64Array): number {
    const n = counts.length
    const s = this.state
    let s0 = s[0]!
    let s1 = s[1]!
    let s2 = s[2]!
    let s3 = s[3]!
    // Low words below 2^32 mod n are the biased ones to redraw. Flipping the sign bit of both
    // sides lets a signed comparison, all in integers, order them as unsigned words.
    const reject = ((0x100000000 - n) % n) ^ -0x80000000
    // n / 2^32 is exact, and so is x times it: x * n / 2^32 rounded down is the high word.
    const scale = n * 2 ** -32
    counts.fill(0)
    let drawn = 0
    let bits = 0
    // Four words a round share the loop's bookkeeping and V8's checks on `counts`, for about a
    // quarter less time. While four more draws are wanted, a round takes no word the draws one
    // by one would not.
    while (drawn + 4 <= n) {
      // output(s1) and nextUint32's step, written out: V8 checks a called function every call.
      let m = Math.imul(s1, 5)
      const a = Math.imul((m << 7) | (m >>> 25), 9)
      let t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      m = Math.imul(s1, 5)
      const b = Math.imul((m << 7) | (m >>> 25), 9)
      t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      m = Math.imul(s1, 5)
      const c = Math.imul((m << 7) | (m >>> 25), 9)
      t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      m = Math.imul(s1, 5)
      const d = Math.imul((m << 7) | (m >>> 25), 9)
      t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      if (
        (Math.imul(a, n) ^ -0x80000000) < reject ||
        (Math.imul(b, n) ^ -0x80000000) < reject ||
        (Math.imul(c, n) ^ -0x80000000) < reject ||
        (Math.imul(d, n) ^ -0x80000000) < reject
      ) {
        // Rare (a word is redrawn with odds 2^32 mod n in 2^32): take the four in order.
        for (const x of [a, b, c, d]) {
          if ((Math.imul(x, n) ^ -0x80000000) < reject) continue
          const r = ((x >>> 0) * scale) | 0
          const q = counts[r]! + 1
          counts[r] = q
          bits |= q
          drawn++
        }
        continue
      }
      const ra = ((a >>> 0) * scale) | 0
      const qa = counts[ra]! + 1
      counts[ra] = qa
      const rb = ((b >>> 0) * scale) | 0
      const qb = counts[rb]! + 1
      counts[rb] = qb
      const rc = ((c >>> 0) * scale) | 0
      const qc = counts[rc]! + 1
      counts[rc] = qc
      const rd = ((d >>> 0) * scale) | 0
      const qd = counts[rd]! + 1
      counts[rd] = qd
      bits |= qa | qb | qc | qd
      drawn += 4
    }
    while (drawn < n) {
      const m = Math.imul(s1, 5)
      const x = Math.imul((m << 7) | (m >>> 25), 9)
      const t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = (s3 << 11) | (s3 >>> 21)
      if ((Math.imul(x, n) ^ -0x80000000) < reject) continue
      const r = ((x >>> 0) * scale) | 0
      const q = counts[r]! + 1
      counts[r] = q
      bits |= q
      drawn++
    }
    s[0] = s0
    s[1] = s1
    s[2] = s2
    s[3] = s3
    return bits
  }

  /** drawCounts above 2^21 rows, taking the high word in two halves. */
  private drawLarge(counts: Float64Array): void {
    const n = counts.length
    const s = this.state
    let s0 = s[0]!
    let s1 = s[1]!
    let s2 = s[2]!
    let s3 = s[3]!
    // Low words below this are the biased ones to redraw: 2^32 mod n.
    const reject = (0x100000000 - n) % n
    counts.fill(0)
    let drawn = 0
    while (drawn < n) {
      const x = output(s1)
      const t = s1 << 9
      s2 ^= s0
      s3 ^= s1
      s1 ^= s2
      s0 ^= s3
      s2 ^= t
      s3 = rotl(s3, 11)
      if (Math.imul(x, n) >>> 0 < reject) continue
      counts[highWord(x, n)]++
      drawn++
    }
    s[0] = s0
    s[1] = s1
    s[2] = s2
    s[3] = s3
  }
}

/** drawCounts' byte counts, shared by every stream of this thread and grown as needed. */
let bytes = new Uint8Array(0)

/** floor(x * n / 2^32) exactly, in 16-bit halves so every product stays below 2^53. */
export function highWord(x: number, n: number): number {
  return Math.floor(((x >>> 16) * n + Math.floor(((x & 0xffff) * n) / 0x10000)) / 0x10000)
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k))

/** xoshiro128**'s scrambler: rotl(s1 * 5, 7) * 9. */
const output = (s1: number): number => Math.imul(rotl(Math.imul(s1, 5), 7), 9)

/** A 32-bit integer hash with good avalanche (two multiply-xorshift rounds). */
function hash32(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  return x ^ (x >>> 16)
}
