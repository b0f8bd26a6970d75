import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/hash/index.js
var SEED_A = 625341585;
var SEED_B = 1821285621;
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function hashBytes(bytes, start, end, seed) {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = start; i < end; i++)
    h = Math.imul(h ^ bytes[i], 16777619);
  return fmix32(h ^ end - start);
}
function hashBytesPair(bytes, start, end, out, view) {
  const words = view ?? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let a = 2166136261;
  let b = 625341585;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const low = words.getUint32(i, true) | 0;
    const high = words.getUint32(i + 4, true) | 0;
    a = Math.imul(a ^ low, 16777619);
    a = Math.imul(a ^ a >>> 15 ^ high, 16777619);
    b = Math.imul(b + low, 1540483477);
    b = Math.imul((b ^ b >>> 13) + high, 1540483477);
    a ^= a >>> 15;
    b ^= b >>> 13;
  }
  for (; i < end; i++) {
    a = Math.imul(a ^ bytes[i], 16777619);
    b = Math.imul(b + bytes[i], 1540483477) ^ b >>> 15;
  }
  out[0] = fmix32(a ^ end - start);
  out[1] = fmix32(b + end - start);
}
function hashString(text, seed) {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return fmix32(h ^ text.length);
}
var floatView = new Float64Array(1);
var wordView = new Uint32Array(floatView.buffer);
function hashNumber(value, seed) {
  if ((value | 0) === value && !Object.is(value, -0))
    return fmix32(Math.imul(value ^ seed, 2654435761) ^ 1540483477);
  floatView[0] = value === 0 ? 0 : value;
  return fmix32(Math.imul(wordView[0] ^ seed, 2654435761) ^ fmix32(wordView[1] + seed));
}
function combineHashes(a, b) {
  return fmix32(Math.imul(a, 31) + b | 0);
}

// build/shared/data/numbers.js
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
var DIGIT_0 = 48;
var MINUS = 45;
var PLUS = 43;
var DOT = 46;
function parseNumberBytes(bytes, start, end) {
  let i = start;
  while (i < end && bytes[i] === 32)
    i++;
  while (end > i && bytes[end - 1] === 32)
    end--;
  if (i >= end)
    return NaN;
  let negative = false;
  const first = bytes[i];
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenDot = false;
  let any = false;
  for (; i < end; i++) {
    const c = bytes[i];
    const d = c - DIGIT_0;
    if (d >= 0 && d <= 9) {
      any = true;
      if (digits > 0 || d !== 0)
        digits++;
      mantissa = mantissa * 10 + d;
      if (seenDot)
        scale++;
    } else if (c === DOT && !seenDot) {
      seenDot = true;
    } else {
      return parseSlow(latin1(bytes, start, end));
    }
  }
  if (!any)
    return NaN;
  if (digits > 15 || scale > 22)
    return parseSlow(latin1(bytes, start, end));
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}
function latin1(bytes, start, end) {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
}
function parseSlow(text) {
  const trimmed = text.trim();
  if (trimmed === "")
    return NaN;
  if (/^[+-]?0[xXbBoO]/.test(trimmed))
    return NaN;
  const value = Number(trimmed);
  if (Number.isNaN(value)) {
    const lower = trimmed.toLowerCase();
    if (lower === "inf" || lower === "+inf" || lower === "infinity")
      return Infinity;
    if (lower === "-inf" || lower === "-infinity")
      return -Infinity;
  }
  return value;
}
var NON_FINITE_WORD = /^[+-]?(?:inf|infinity|nan)$/i;
function isNonFiniteNumber(text) {
  const trimmed = text.trim();
  if (NON_FINITE_WORD.test(trimmed))
    return true;
  const value = parseSlow(trimmed);
  return value === Infinity || value === -Infinity;
}

// build/shared/data/value-row.js
var ValueRow = class {
  tokens;
  values = [];
  constructor(tokens) {
    this.tokens = tokens;
  }
  get size() {
    return this.values.length;
  }
  missing(index) {
    const value = this.values[index];
    if (value === null || value === void 0)
      return true;
    if (typeof value === "number")
      return Number.isNaN(value);
    return typeof value === "string" && this.tokens.matchesText(value);
  }
  text(index) {
    const value = this.values[index];
    if (value instanceof Date)
      return value.toISOString();
    if (typeof value === "object" && value !== null)
      return JSON.stringify(value);
    return String(value);
  }
  pooledText(index, pool) {
    const text = this.text(index);
    pool.hash = hashString(text, 0);
    pool.asciiText = false;
    return text;
  }
  countText(index, counter) {
    counter.addText(this.text(index));
  }
  number(index) {
    const value = this.values[index];
    if (typeof value === "number")
      return value;
    if (typeof value === "bigint")
      return Number(value);
    if (typeof value === "string")
      return parseSlow(value);
    return NaN;
  }
  date(index, parser) {
    const value = this.values[index];
    return value instanceof Date ? value.getTime() : parser.text(this.text(index).trim());
  }
  hashCell(index, seed) {
    const value = this.values[index];
    if (typeof value === "number" || typeof value === "bigint")
      return hashNumber(Number(value), seed);
    return hashString(this.text(index), seed);
  }
  hashRecord(out) {
    let a = SEED_A;
    let b = SEED_B;
    for (let i = 0; i < this.values.length; i++) {
      const missing = this.missing(i);
      a = combineHashes(a, missing ? 0 : this.hashCell(i, SEED_A));
      b = combineHashes(b, missing ? 0 : this.hashCell(i, SEED_B));
    }
    out[0] = a;
    out[1] = b;
  }
};

export {
  SEED_A,
  SEED_B,
  hashBytes,
  hashBytesPair,
  hashString,
  hashNumber,
  combineHashes,
  parseNumberBytes,
  parseSlow,
  isNonFiniteNumber,
  ValueRow
};
