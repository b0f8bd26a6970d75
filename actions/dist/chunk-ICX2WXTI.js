import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  SEED_A,
  SEED_B,
  hashNumber,
  hashString
} from "./chunk-M552ZNKD.js";

// build/shared/stats/duplicates.js
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
var PARTITIONS = 256;
var PARTITION_CAPACITY = 5120;
var FULL_SIZE_AFTER = 64 * PARTITIONS;
var WORDS = 4;
var NO_WORDS = new Uint32Array(0);
var DuplicateCounter = class {
  makeTempDir;
  /**
   * Every partition's entries in one array, each entry's words side by side, so that an entry
   * is one write: partition p holds entries p * capacity onwards. The capacity grows with the
   * entries, up to PARTITION_CAPACITY, so a counter that sees few values costs little.
   */
  words = NO_WORDS;
  capacity = 0;
  fill = new Int32Array(PARTITIONS);
  inMemory = 0;
  entries = 0;
  spillDir = null;
  spills = [];
  /** Exports of other parts, in row order, read before this counter's own entries. */
  sources = [];
  relocate = (_part, line) => line;
  constructor(makeTempDir) {
    this.makeTempDir = makeTempDir;
  }
  add(hashA, hashB, file, line) {
    const partition = hashA >>> 24;
    let at = this.fill[partition];
    if (at === this.capacity) {
      if (at === PARTITION_CAPACITY) {
        this.spill();
        at = 0;
      } else {
        this.grow();
      }
    }
    const word = (partition * this.capacity + at) * WORDS;
    const words = this.words;
    words[word] = hashA;
    words[word + 1] = hashB;
    words[word + 2] = file;
    words[word + 3] = line;
    this.fill[partition] = at + 1;
    this.entries++;
    this.inMemory++;
  }
  /** Moves every entry to disk; the files stay until the counter that absorbs them finishes. */
  export() {
    if (this.inMemory > 0)
      this.spill();
    return { dir: this.spillDir, spills: this.spills, entries: this.entries };
  }
  /** Takes over the entries of other parts, given in row order, with their lines made global. */
  absorb(exports, relocate) {
    exports.forEach((exported, part) => {
      this.sources.push({ dir: exported.dir, spills: exported.spills, part });
      this.entries += exported.entries;
    });
    this.relocate = relocate;
  }
  async finish(exampleLimit) {
    let duplicates = 0;
    const examples = [];
    const files = this.allSpills().map((file) => ({ ...file, fd: openSync(file.spill.path, "r") }));
    try {
      let largest = 0;
      for (let p = 0; p < PARTITIONS; p++)
        largest = Math.max(largest, files.reduce((sum, file) => sum + file.spill.counts[p], this.fill[p]));
      const scratch = new Scratch(largest);
      for (let p = 0; p < PARTITIONS; p++) {
        const segments = this.loadPartition(p, files, scratch);
        const lineOf = (entry) => {
          const line = scratch.words[entry * WORDS + 3];
          const { part } = segments.find((segment) => entry < segment.end);
          return part >= 0 ? this.relocate(part, line) : line;
        };
        let collected = 0;
        duplicates += countPartition(segments[segments.length - 1]?.end ?? 0, scratch, (entry, first) => {
          if (collected++ >= exampleLimit)
            return;
          const { words } = scratch;
          examples.push({ file: words[entry * WORDS + 2], line: lineOf(entry), firstFile: words[first * WORDS + 2], firstLine: lineOf(first) });
        });
      }
      this.words = NO_WORDS;
      this.capacity = 0;
      examples.sort((a, b) => a.file - b.file || a.line - b.line).splice(exampleLimit);
    } finally {
      for (const file of files)
        closeSync(file.fd);
      for (const dir of [...this.sources.map((source) => source.dir), this.spillDir]) {
        if (dir)
          rmSync(dir, { recursive: true, force: true });
      }
    }
    return { entries: this.entries, duplicates, examples };
  }
  /** Doubles every partition's capacity, or takes the full one once the counter is large. */
  grow() {
    const capacity = this.entries >= FULL_SIZE_AFTER ? PARTITION_CAPACITY : Math.min(Math.max(1, this.capacity * 2), PARTITION_CAPACITY);
    const words = new Uint32Array(PARTITIONS * capacity * WORDS);
    for (let p = 0; p < PARTITIONS; p++) {
      const from = p * this.capacity * WORDS;
      words.set(this.words.subarray(from, from + this.fill[p] * WORDS), p * capacity * WORDS);
    }
    this.words = words;
    this.capacity = capacity;
  }
  spill() {
    this.spillDir ??= mkdtempSync(join(this.makeTempDir(), "dup-"));
    const spill = { path: join(this.spillDir, `spill-${this.spills.length}.bin`), counts: Array.from(this.fill) };
    const fd = openSync(spill.path, "w");
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        const count = this.fill[p];
        if (count === 0)
          continue;
        writeSync(fd, new Uint8Array(this.words.buffer, p * this.capacity * WORDS * 4, count * WORDS * 4));
        this.fill[p] = 0;
      }
    } finally {
      closeSync(fd);
    }
    this.spills.push(spill);
    this.inMemory = 0;
  }
  /** Every spill, in row order: the other parts' first, then this counter's own. */
  allSpills() {
    return [...this.sources, { spills: this.spills, part: -1 }].flatMap((source) => source.spills.map((spill) => ({ spill, part: source.part })));
  }
  /**
   * Reads partition p into the scratch buffer, in row order. Returns where each source's entries
   * end, with their part (-1 for this counter's own, whose lines stand as they are).
   */
  loadPartition(p, files, scratch) {
    const bytes = new Uint8Array(scratch.words.buffer);
    const segments = [];
    let at = 0;
    for (const file of files) {
      const count = file.spill.counts[p];
      if (count === 0)
        continue;
      let offset = 0;
      for (let q = 0; q < p; q++)
        offset += file.spill.counts[q] * WORDS * 4;
      readSync(file.fd, bytes, at * WORDS * 4, count * WORDS * 4, offset);
      at += count;
      segments.push({ end: at, part: file.part });
    }
    const memoryCount = this.fill[p];
    if (memoryCount > 0) {
      const from = p * this.capacity * WORDS;
      scratch.words.set(this.words.subarray(from, from + memoryCount * WORDS), at * WORDS);
      at += memoryCount;
      segments.push({ end: at, part: -1 });
    }
    this.fill[p] = 0;
    return segments;
  }
};
var Scratch = class {
  words;
  table;
  constructor(entries) {
    this.words = new Uint32Array(Math.max(1, entries) * WORDS);
    let capacity = 16;
    while (capacity < entries * 2)
      capacity *= 2;
    this.table = new Int32Array(capacity);
  }
};
function countPartition(n, scratch, repeat) {
  if (n < 2)
    return 0;
  const { words } = scratch;
  let capacity = 16;
  while (capacity < n * 2)
    capacity *= 2;
  const mask = capacity - 1;
  const table = scratch.table.subarray(0, capacity).fill(-1);
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    const hashA = words[i * WORDS];
    const hashB = words[i * WORDS + 1];
    let slot = hashB & mask;
    for (; ; ) {
      const first = table[slot];
      if (first === -1) {
        table[slot] = i;
        break;
      }
      if (words[first * WORDS + 1] === hashB && words[first * WORDS] === hashA) {
        duplicates++;
        repeat(i, first);
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  return duplicates;
}

// build/shared/stats/sort.js
function sortFinite(values, scratch) {
  if (values.length < 1024 || !LITTLE_ENDIAN)
    return values.sort();
  const counts = digitCounts(values);
  let source = values;
  let target = scratch && scratch.length >= values.length ? scratch.subarray(0, values.length) : new Float64Array(values.length);
  for (let pass = 0; pass < SHIFTS.length; pass++) {
    const count = counts.subarray(pass * BUCKETS, (pass + 1) * BUCKETS);
    if (count.includes(values.length))
      continue;
    scatter(source, target, pass, count);
    [source, target] = [target, source];
  }
  if (scratch && source !== values)
    values.set(source);
  return scratch ? values : source;
}
var LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 63;
var BUCKETS = 2048;
var MASK = BUCKETS - 1;
var SHIFTS = [0, 11, 22, 0, 11, 22];
function digitCounts(values) {
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const counts = new Int32Array(SHIFTS.length * BUCKETS);
  for (let i = 0; i < values.length; i++) {
    const high = words[2 * i + 1];
    const flip = high >> 31;
    const low = words[2 * i] ^ flip;
    const top = high ^ (flip | -2147483648);
    counts[low & MASK]++;
    counts[BUCKETS + (low >>> 11 & MASK)]++;
    counts[2 * BUCKETS + (low >>> 22)]++;
    counts[3 * BUCKETS + (top & MASK)]++;
    counts[4 * BUCKETS + (top >>> 11 & MASK)]++;
    counts[5 * BUCKETS + (top >>> 22)]++;
  }
  return counts;
}
function scatter(source, target, pass, count) {
  const words = new Int32Array(source.buffer, source.byteOffset, source.length * 2);
  const next = new Int32Array(BUCKETS);
  for (let d = 1; d < BUCKETS; d++)
    next[d] = next[d - 1] + count[d - 1];
  const shift = SHIFTS[pass];
  const n = source.length;
  if (pass < 3) {
    for (let i = 0; i < n; i++) {
      const low = words[2 * i] ^ words[2 * i + 1] >> 31;
      target[next[low >>> shift & MASK]++] = source[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      const high = words[2 * i + 1];
      const top = high ^ (high >> 31 | -2147483648);
      target[next[top >>> shift & MASK]++] = source[i];
    }
  }
}

// build/shared/stats/distinct.js
var EXACT_LIMIT = 1e4;
var HLL_BITS = 14;
var HLL_SIZE = 1 << HLL_BITS;
var DistinctCounter = class {
  keys = new Array(64).fill(void 0);
  counts = new Float64Array(64);
  mask = 63;
  size = 0;
  registers = null;
  last = void 0;
  lastSlot = 0;
  add(value) {
    if (value === this.last) {
      if (this.registers === null)
        this.counts[this.lastSlot]++;
      return;
    }
    this.addNew(value, typeof value === "number" ? hashNumber(value, 0) : hashString(value, 0));
  }
  /** add(value) for a caller that already has the value's hash (hashNumber or hashString, seed 0). */
  addHashed(value, hash) {
    if (value === this.last) {
      if (this.registers === null)
        this.counts[this.lastSlot]++;
      return;
    }
    this.addNew(value, hash);
  }
  addNew(value, hash) {
    if (this.registers !== null) {
      this.addToSketch(hash);
      this.last = value;
      return;
    }
    const keys = this.keys;
    const mask = this.mask;
    let slot = hash & mask;
    for (; ; ) {
      const key = keys[slot];
      if (key === value) {
        keys[slot] = value;
        this.counts[slot]++;
        break;
      }
      if (key === void 0) {
        this.insert(slot, value);
        break;
      }
      slot = slot + 1 & mask;
    }
    if (this.keys === keys) {
      this.last = value;
      this.lastSlot = slot;
    } else {
      this.last = void 0;
    }
  }
  state() {
    return { entries: this.entries(), registers: this.registers };
  }
  /** Adds another part's counts; exact only while both were exact and the union fits. */
  merge(other) {
    this.last = void 0;
    for (const [value, count] of other.entries)
      this.addCount(value, count);
    if (other.registers) {
      if (this.registers === null)
        this.overflow();
      const registers = this.registers;
      for (let i = 0; i < registers.length; i++)
        if (other.registers[i] > registers[i])
          registers[i] = other.registers[i];
    }
  }
  addCount(value, count) {
    const keys = this.keys;
    let slot = this.hash(value) & this.mask;
    for (; ; ) {
      const key = keys[slot];
      if (key === value) {
        this.counts[slot] += count;
        break;
      }
      if (key === void 0) {
        if (this.registers === null) {
          this.insert(slot, value);
          this.counts[this.slotOf(value)] += count - 1;
        }
        break;
      }
      slot = slot + 1 & this.mask;
    }
    if (this.registers !== null)
      this.addToSketch(this.hash(value));
  }
  slotOf(value) {
    let slot = this.hash(value) & this.mask;
    while (this.keys[slot] !== value)
      slot = slot + 1 & this.mask;
    return slot;
  }
  get exact() {
    return this.registers === null;
  }
  get distinct() {
    return this.registers === null ? this.size : Math.max(this.size, Math.round(estimate(this.registers)));
  }
  /** Counted values; every value while `exact` is true. */
  entries() {
    const out = [];
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (key !== void 0)
        out.push([key, this.counts[slot]]);
    }
    return out;
  }
  /** Most frequent values; exact while `exact` is true, else among the first values seen. */
  top(limit) {
    return topEntries(this.entries(), limit);
  }
  insert(slot, value) {
    this.keys[slot] = value;
    this.counts[slot] = 1;
    this.size++;
    if (this.size > EXACT_LIMIT)
      this.overflow();
    else if (this.size * 2 > this.keys.length)
      this.grow();
  }
  grow() {
    const entries = this.entries();
    const capacity = this.keys.length * 2;
    this.keys = new Array(capacity).fill(void 0);
    this.counts = new Float64Array(capacity);
    this.mask = capacity - 1;
    for (const [key, count] of entries) {
      let slot = this.hash(key) & this.mask;
      while (this.keys[slot] !== void 0)
        slot = slot + 1 & this.mask;
      this.keys[slot] = key;
      this.counts[slot] = count;
    }
  }
  hash(value) {
    return typeof value === "number" ? hashNumber(value, 0) : hashString(value, 0);
  }
  overflow() {
    this.registers = new Uint8Array(HLL_SIZE);
    for (const [key] of this.entries())
      this.addToSketch(this.hash(key));
  }
  addToSketch(hash) {
    addToSketch(this.registers, hash);
  }
};
function topEntries(entries, limit) {
  if (!(limit > 0 && limit <= 64))
    return entries.sort(compareTop).slice(0, limit).map(([value, count]) => ({ value, count }));
  const kept = [];
  for (const entry of entries) {
    if (kept.length === limit && compareTop(entry, kept[limit - 1]) >= 0)
      continue;
    let at = kept.length;
    while (at > 0 && compareTop(entry, kept[at - 1]) < 0)
      at--;
    kept.splice(at, 0, entry);
    if (kept.length > limit)
      kept.pop();
  }
  return kept.map(([value, count]) => ({ value, count }));
}
function addToSketch(registers, hash) {
  const index = hash >>> 32 - HLL_BITS;
  const rest = hash << HLL_BITS | 1 << HLL_BITS - 1;
  const rank = Math.clz32(rest) + 1;
  if (rank > registers[index])
    registers[index] = rank;
}
function compareTop(a, b) {
  return b[1] - a[1] || String(a[0]).localeCompare(String(b[0]));
}
function estimate(registers) {
  const m = registers.length;
  let sum = 0;
  let zeros = 0;
  for (const register of registers) {
    sum += 2 ** -register;
    if (register === 0)
      zeros++;
  }
  const alpha = 0.7213 / (1 + 1.079 / m);
  const raw = alpha * m * m / sum;
  if (raw <= 2.5 * m && zeros > 0)
    return m * Math.log(m / zeros);
  const two32 = 2 ** 32;
  if (raw > two32 / 30)
    return -two32 * Math.log(1 - raw / two32);
  return raw;
}

// build/shared/stats/number-distinct.js
var DENSE_SPAN = 8192;
var DENSE_AFTER = 256;
var NumberDistinctCounter = class {
  keys = new Float64Array(64);
  counts = new Float64Array(64);
  mask = 63;
  /** Distinct values counted, in the table and the window together. */
  size = 0;
  tableSize = 0;
  registers = null;
  /** NaN is never counted, so it stands for "no previous value". */
  last = NaN;
  lastSlot = 0;
  /** Counts of the integers denseBase … denseBase + DENSE_SPAN - 1, by value minus denseBase; none of them is in the table. */
  dense = null;
  denseBase = 0;
  windowTried = false;
  add(value) {
    if (value === this.last) {
      if (this.registers === null)
        this.counts[this.lastSlot]++;
      return;
    }
    const offset = value - this.denseBase;
    if (this.dense !== null && offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset) {
      this.addCount(value, 1);
      return;
    }
    const hash = hashNumber(value, 0);
    if (this.registers !== null) {
      addToSketch(this.registers, hash);
      this.last = value;
      return;
    }
    const keys = this.keys;
    const counts = this.counts;
    const mask = this.mask;
    let slot = hash & mask;
    for (; ; ) {
      if (counts[slot] === 0) {
        this.insert(slot, value);
        break;
      }
      if (keys[slot] === value) {
        counts[slot]++;
        break;
      }
      slot = slot + 1 & mask;
    }
    if (this.counts[slot] !== 0 && this.keys[slot] === value) {
      this.last = value;
      this.lastSlot = slot;
    } else {
      this.last = NaN;
    }
  }
  state() {
    return { entries: this.entries(), registers: this.registers };
  }
  /** Adds another part's counts; exact only while both were exact and the union fits. */
  merge(other) {
    this.last = NaN;
    for (const [value, count] of other.entries)
      this.addCount(value, count);
    if (other.registers) {
      if (this.registers === null)
        this.overflow();
      const registers = this.registers;
      for (let i = 0; i < registers.length; i++)
        if (other.registers[i] > registers[i])
          registers[i] = other.registers[i];
    }
  }
  addCount(value, count) {
    const offset = value - this.denseBase;
    if (this.dense !== null && offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset) {
      if (this.registers === null) {
        if (this.dense[offset] === 0 && ++this.size > EXACT_LIMIT) {
          this.dense[offset] = count;
          this.overflow();
        } else {
          this.dense[offset] += count;
        }
      }
    } else {
      let slot = hashNumber(value, 0) & this.mask;
      for (; ; ) {
        if (this.counts[slot] === 0) {
          if (this.registers === null) {
            this.insert(slot, value);
            if (count > 1)
              this.addCount(value, count - 1);
          }
          break;
        }
        if (this.keys[slot] === value) {
          this.counts[slot] += count;
          break;
        }
        slot = slot + 1 & this.mask;
      }
    }
    if (this.registers !== null)
      addToSketch(this.registers, hashNumber(value, 0));
  }
  get exact() {
    return this.registers === null;
  }
  get distinct() {
    return this.registers === null ? this.size : Math.max(this.size, Math.round(estimate(this.registers)));
  }
  /** Counted values; every value while `exact` is true. */
  entries() {
    const out = this.tableEntries();
    const dense = this.dense;
    if (dense !== null) {
      for (let offset = 0; offset < DENSE_SPAN; offset++)
        if (dense[offset] !== 0)
          out.push([this.denseBase + offset, dense[offset]]);
    }
    return out;
  }
  /** Most frequent values; exact while `exact` is true, else among the first values seen. */
  top(limit) {
    return topEntries(this.entries(), limit);
  }
  tableEntries() {
    const out = [];
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.counts[slot] !== 0)
        out.push([this.keys[slot], this.counts[slot]]);
    return out;
  }
  insert(slot, value) {
    this.keys[slot] = value;
    this.counts[slot] = 1;
    this.size++;
    this.tableSize++;
    if (this.size > EXACT_LIMIT)
      this.overflow();
    else if (this.tableSize * 2 > this.keys.length)
      this.grow();
  }
  grow() {
    let entries = this.tableEntries();
    if (!this.windowTried && this.size >= DENSE_AFTER)
      entries = this.openWindow(entries);
    let capacity = this.keys.length;
    while (entries.length * 2 >= capacity)
      capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.counts = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.tableSize = entries.length;
    for (const [key, count] of entries) {
      let slot = hashNumber(key, 0) & this.mask;
      while (this.counts[slot] !== 0)
        slot = slot + 1 & this.mask;
      this.keys[slot] = key;
      this.counts[slot] = count;
    }
  }
  /**
   * Opens the window over the span that holds the most of the table's integers, when that is at
   * least half of its values, and moves them into it. Returns the entries left for the table.
   */
  openWindow(entries) {
    this.windowTried = true;
    const integers = entries.map(([key]) => key).filter((key) => Number.isSafeInteger(key)).sort((a, b) => a - b);
    let covered = 0;
    let from = 0;
    for (let i = 0, j = 0; j < integers.length; j++) {
      while (integers[j] - integers[i] >= DENSE_SPAN)
        i++;
      if (j - i + 1 > covered) {
        covered = j - i + 1;
        from = i;
      }
    }
    if (covered * 2 < entries.length)
      return entries;
    const low = integers[from];
    const high = integers[from + covered - 1];
    this.denseBase = low - Math.floor((DENSE_SPAN - 1 - (high - low)) / 2);
    const dense = new Float64Array(DENSE_SPAN);
    const rest = [];
    for (const entry of entries) {
      const offset = entry[0] - this.denseBase;
      if (offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset)
        dense[offset] += entry[1];
      else
        rest.push(entry);
    }
    this.dense = dense;
    this.size = rest.length;
    for (let offset = 0; offset < DENSE_SPAN; offset++)
      if (dense[offset] !== 0)
        this.size++;
    this.last = NaN;
    return rest;
  }
  overflow() {
    const registers = new Uint8Array(HLL_SIZE);
    this.registers = registers;
    for (const [key] of this.entries())
      addToSketch(registers, hashNumber(key, 0));
  }
};

// build/shared/stats/moments.js
var RunningMoments = class {
  spread;
  count = 0;
  min = Infinity;
  max = -Infinity;
  mean = 0;
  m2 = 0;
  constructor(spread = true) {
    this.spread = spread;
  }
  add(value) {
    this.count++;
    if (value < this.min)
      this.min = value;
    if (value > this.max)
      this.max = value;
    if (!this.spread)
      return;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (value - this.mean);
  }
  state() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, m2: this.m2 };
  }
  /** Adds another part's values (Chan et al.'s parallel update). */
  merge(other) {
    if (other.count === 0)
      return;
    const count = this.count + other.count;
    const delta = other.mean - this.mean;
    this.mean += delta * other.count / count;
    this.m2 += other.m2 + delta * delta * this.count * other.count / count;
    this.count = count;
    if (other.min < this.min)
      this.min = other.min;
    if (other.max > this.max)
      this.max = other.max;
  }
  /** Sample standard deviation (ddof = 1), as pandas reports it. */
  get std() {
    return this.count > 1 && this.spread ? Math.sqrt(this.m2 / (this.count - 1)) : NaN;
  }
};

// build/shared/stats/text-cut.js
var TEXT_CUT = 200;
var ELLIPSIS = "\u2026";
var KEY_MARK = "\0\0";
var HASH_DIGITS = 16;
function cutText(text) {
  if (text.length <= TEXT_CUT)
    return text;
  let end = 0;
  for (let points = 0; points < TEXT_CUT; points++) {
    if (end >= text.length)
      return text;
    const code = text.charCodeAt(end);
    end += code >= 55296 && code <= 56319 && end + 1 < text.length ? 2 : 1;
  }
  return end >= text.length ? text : text.slice(0, end) + ELLIPSIS;
}
function boundedKey(text) {
  const cut = cutText(text);
  if (cut === text)
    return text;
  return cut + KEY_MARK + hex(hashString(text, SEED_A)) + hex(hashString(text, SEED_B));
}
function shownKey(key) {
  const at = key.length - HASH_DIGITS - KEY_MARK.length;
  return at > 0 && key.startsWith(KEY_MARK, at) ? key.slice(0, at) : key;
}
function hex(word) {
  return word.toString(16).padStart(8, "0");
}

export {
  DistinctCounter,
  NumberDistinctCounter,
  RunningMoments,
  DuplicateCounter,
  TEXT_CUT,
  cutText,
  boundedKey,
  shownKey,
  sortFinite
};
