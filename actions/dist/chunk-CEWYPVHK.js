import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/random/random.js
var RandomStream = class _RandomStream {
  state;
  /** The raw generator state, for checking against xoshiro128**'s reference outputs. */
  static fromState(words) {
    const stream = new _RandomStream(0, 0);
    stream.state.set(words);
    return stream;
  }
  constructor(seed, stream) {
    const s0 = hash32(hash32(seed ^ 2654435769) ^ stream);
    const s1 = hash32(s0 + 1779033703);
    const s2 = hash32(s1 + 1013904242);
    const s3 = hash32(s2 + 1359893119);
    this.state = Int32Array.of((s0 | s1 | s2 | s3) === 0 ? 1 : s0, s1, s2, s3);
  }
  /** The next 32 random bits, as an unsigned integer. */
  nextUint32() {
    const s = this.state;
    const result = output(s[1]);
    const t = s[1] << 9;
    s[2] = s[2] ^ s[0];
    s[3] = s[3] ^ s[1];
    s[1] = s[1] ^ s[2];
    s[0] = s[0] ^ s[3];
    s[2] = s[2] ^ t;
    s[3] = rotl(s[3], 11);
    return result >>> 0;
  }
  /** A uniform number in [0, 1) with 53 random bits. */
  nextFloat() {
    return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
  }
  /**
   * `counts[i]` = times row i is drawn in `counts.length` uniform draws with replacement: one
   * bootstrap resample. Indexes are exact (Lemire's multiply-and-reject, no modulo bias).
   */
  drawCounts(counts) {
    const n = counts.length;
    if (n > 2097152)
      return this.drawLarge(counts);
    if (bytes.length < n)
      bytes = new Uint8Array(n);
    const tally = n === bytes.length ? bytes : bytes.subarray(0, n);
    const start = this.state.slice();
    if (this.drawSmall(tally) <= 255)
      return counts.set(tally);
    this.state.set(start);
    this.drawSmall(counts);
  }
  // The generator step is inlined in the loops below, on locals, because they are the hot
  // path. Each method has one way of taking the index: a choice inside a loop costs registers.
  /**
   * drawCounts for n up to 2^21, where x * n stays below 2^53 and one multiply gives the high
   * word. Returns the bitwise or of the counts, so above 0xff when a count passed a byte.
   */
  drawSmall(counts) {
    const n = counts.length;
    const s = this.state;
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const reject = (4294967296 - n) % n ^ -2147483648;
    const scale = n * 2 ** -32;
    counts.fill(0);
    let drawn = 0;
    let bits = 0;
    while (drawn + 4 <= n) {
      let m = Math.imul(s1, 5);
      const a = Math.imul(m << 7 | m >>> 25, 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const b = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const c = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const d = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      if ((Math.imul(a, n) ^ -2147483648) < reject || (Math.imul(b, n) ^ -2147483648) < reject || (Math.imul(c, n) ^ -2147483648) < reject || (Math.imul(d, n) ^ -2147483648) < reject) {
        for (const x of [a, b, c, d]) {
          if ((Math.imul(x, n) ^ -2147483648) < reject)
            continue;
          const r = (x >>> 0) * scale | 0;
          const q = counts[r] + 1;
          counts[r] = q;
          bits |= q;
          drawn++;
        }
        continue;
      }
      const ra = (a >>> 0) * scale | 0;
      const qa = counts[ra] + 1;
      counts[ra] = qa;
      const rb = (b >>> 0) * scale | 0;
      const qb = counts[rb] + 1;
      counts[rb] = qb;
      const rc = (c >>> 0) * scale | 0;
      const qc = counts[rc] + 1;
      counts[rc] = qc;
      const rd = (d >>> 0) * scale | 0;
      const qd = counts[rd] + 1;
      counts[rd] = qd;
      bits |= qa | qb | qc | qd;
      drawn += 4;
    }
    while (drawn < n) {
      const m = Math.imul(s1, 5);
      const x = Math.imul(m << 7 | m >>> 25, 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      if ((Math.imul(x, n) ^ -2147483648) < reject)
        continue;
      const r = (x >>> 0) * scale | 0;
      const q = counts[r] + 1;
      counts[r] = q;
      bits |= q;
      drawn++;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    return bits;
  }
  /** drawCounts above 2^21 rows, taking the high word in two halves. */
  drawLarge(counts) {
    const n = counts.length;
    const s = this.state;
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const reject = (4294967296 - n) % n;
    counts.fill(0);
    let drawn = 0;
    while (drawn < n) {
      const x = output(s1);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      if (Math.imul(x, n) >>> 0 < reject)
        continue;
      counts[highWord(x, n)]++;
      drawn++;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
  }
};
var bytes = new Uint8Array(0);
function highWord(x, n) {
  return Math.floor(((x >>> 16) * n + Math.floor((x & 65535) * n / 65536)) / 65536);
}
var rotl = (x, k) => x << k | x >>> 32 - k;
var output = (s1) => Math.imul(rotl(Math.imul(s1, 5), 7), 9);
function hash32(x) {
  x ^= x >>> 16;
  x = Math.imul(x, 2146121005);
  x ^= x >>> 15;
  x = Math.imul(x, 2221713035);
  return x ^ x >>> 16;
}

export {
  RandomStream
};
