import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const PARTITIONS = 256
/** Entries kept in memory per partition before all partitions spill: about a million in all. */
const PARTITION_CAPACITY = 5120
/** Entries after which a growing counter takes the full capacity at once. */
const FULL_SIZE_AFTER = 64 * PARTITIONS
const NO_KEYS = new Float64Array(0)
const NO_PLACES = new Uint32Array(0)
const TWO_29 = 2 ** 29

export interface DuplicateExample {
  file: number
  line: number
  firstFile: number
  firstLine: number
}

/** One spill file: for each partition in turn, its keys then its places. */
interface Spill {
  path: string
  counts: number[]
}

/** A counter's entries left on disk for a counter in another thread to take over. */
export interface DuplicateExport {
  dir: string | null
  spills: Spill[]
  entries: number
}

export type Relocate = (part: number, line: number) => number

export interface DuplicateSummary {
  entries: number
  duplicates: number
  examples: DuplicateExample[]
}

/**
 * Counts repeated 61-bit hashes among any number of entries with bounded memory:
 * entries are partitioned by their top hash byte and spilled to temporary files,
 * then each partition is sorted on its own.
 */
export class DuplicateCounter {
  /**
   * Every partition's entries in one array: partition p holds slots p * capacity onwards.
   * The capacity grows with the entries, up to PARTITION_CAPACITY, so a counter that sees few
   * values costs little.
   */
  private keys = NO_KEYS
  /** File index and line of each slot's entry. */
  private places = NO_PLACES
  private capacity = 0
  private fill = new Int32Array(PARTITIONS)
  private inMemory = 0
  private entries = 0
  private spillDir: string | null = null
  private spills: Spill[] = []
  /** Exports of other parts, in row order, read before this counter's own entries. */
  private sources: { dir: string | null; spills: Spill[]; part: number }[] = []
  private relocate: Relocate = (_part, line) => line

  constructor(private readonly makeTempDir: () => string) {}

  add(hashA: number, hashB: number, file: number, line: number): void {
    const partition = hashA >>> 24
    let at = this.fill[partition]
    if (at === this.capacity) {
      if (at === PARTITION_CAPACITY) {
        this.spill()
        at = 0
      } else {
        this.grow()
      }
    }
    const slot = partition * this.capacity + at
    this.keys[slot] = (hashA & 0xffffff) * TWO_29 + (hashB >>> 3)
    this.places[2 * slot] = file
    this.places[2 * slot + 1] = line
    this.fill[partition] = at + 1
    this.entries++
    this.inMemory++
  }

  /** Moves every entry to disk; the files stay until the counter that absorbs them finishes. */
  export(): DuplicateExport {
    if (this.inMemory > 0) this.spill()
    return { dir: this.spillDir, spills: this.spills, entries: this.entries }
  }

  /** Takes over the entries of other parts, given in row order, with their lines made global. */
  absorb(exports: DuplicateExport[], relocate: Relocate): void {
    exports.forEach((exported, part) => {
      this.sources.push({ dir: exported.dir, spills: exported.spills, part })
      this.entries += exported.entries
    })
    this.relocate = relocate
  }

  async finish(exampleLimit: number): Promise<DuplicateSummary> {
    let duplicates = 0
    const examples: DuplicateExample[] = []
    const files = this.allSpills().map((file) => ({ ...file, fd: openSync(file.spill.path, 'r') }))
    try {
      // One set of buffers, sized for the largest partition, serves every partition.
      let largest = 0
      for (let p = 0; p < PARTITIONS; p++) largest = Math.max(largest, files.reduce((sum, file) => sum + file.spill.counts[p], this.fill[p]))
      const scratch = new Scratch(largest)
      for (let p = 0; p < PARTITIONS; p++) {
        const count = this.loadPartition(p, files, scratch)
        duplicates += countPartition(count, scratch, examples, exampleLimit)
      }
      this.keys = NO_KEYS
      this.places = NO_PLACES
      this.capacity = 0
      examples.sort((a, b) => a.file - b.file || a.line - b.line).splice(exampleLimit)
    } finally {
      for (const file of files) closeSync(file.fd)
      for (const dir of [...this.sources.map((source) => source.dir), this.spillDir]) {
        if (dir) rmSync(dir, { recursive: true, force: true })
      }
    }
    return { entries: this.entries, duplicates, examples }
  }

  /** Doubles every partition's capacity, or takes the full one once the counter is large. */
  private grow(): void {
    const capacity = this.entries >= FULL_SIZE_AFTER ? PARTITION_CAPACITY : Math.min(Math.max(1, this.capacity * 2), PARTITION_CAPACITY)
    const keys = new Float64Array(PARTITIONS * capacity)
    const places = new Uint32Array(2 * PARTITIONS * capacity)
    for (let p = 0; p < PARTITIONS; p++) {
      const from = p * this.capacity
      keys.set(this.keys.subarray(from, from + this.fill[p]), p * capacity)
      places.set(this.places.subarray(2 * from, 2 * (from + this.fill[p])), 2 * p * capacity)
    }
    this.keys = keys
    this.places = places
    this.capacity = capacity
  }

  private spill(): void {
    this.spillDir ??= mkdtempSync(join(this.makeTempDir(), 'dup-'))
    const spill: Spill = { path: join(this.spillDir, `spill-${this.spills.length}.bin`), counts: Array.from(this.fill) }
    const fd = openSync(spill.path, 'w')
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        const count = this.fill[p]
        if (count === 0) continue
        const from = p * this.capacity
        writeSync(fd, new Uint8Array(this.keys.buffer, from * 8, count * 8))
        writeSync(fd, new Uint8Array(this.places.buffer, from * 8, count * 8))
        this.fill[p] = 0
      }
    } finally {
      closeSync(fd)
    }
    this.spills.push(spill)
    this.inMemory = 0
  }

  /** Every spill, in row order: the other parts' first, then this counter's own. */
  private allSpills(): { spill: Spill; part: number }[] {
    return [...this.sources, { spills: this.spills, part: -1 }].flatMap((source) => source.spills.map((spill) => ({ spill, part: source.part })))
  }

  /** Reads partition p into the scratch buffers, in row order, and returns its entry count. */
  private loadPartition(p: number, files: { spill: Spill; part: number; fd: number }[], scratch: Scratch): number {
    const { keys, places } = scratch
    const keyBytes = new Uint8Array(keys.buffer)
    const placeBytes = new Uint8Array(places.buffer)
    let at = 0
    for (const file of files) {
      const count = file.spill.counts[p]
      if (count === 0) continue
      let offset = 0
      for (let q = 0; q < p; q++) offset += file.spill.counts[q] * 16
      readSync(file.fd, keyBytes, at * 8, count * 8, offset)
      readSync(file.fd, placeBytes, at * 8, count * 8, offset + count * 8)
      if (file.part >= 0) for (let i = at; i < at + count; i++) places[2 * i + 1] = this.relocate(file.part, places[2 * i + 1])
      at += count
    }
    const memoryCount = this.fill[p]
    const from = p * this.capacity
    keys.set(this.keys.subarray(from, from + memoryCount), at)
    places.set(this.places.subarray(2 * from, 2 * (from + memoryCount)), 2 * at)
    this.fill[p] = 0
    return at + memoryCount
  }
}

class Scratch {
  readonly keys: Float64Array
  readonly places: Uint32Array
  readonly table: Int32Array

  constructor(entries: number) {
    this.keys = new Float64Array(Math.max(1, entries))
    this.places = new Uint32Array(2 * Math.max(1, entries))
    let capacity = 16
    while (capacity < entries * 2) capacity *= 2
    this.table = new Int32Array(capacity)
  }
}

/**
 * Counts entries whose key appeared earlier in the partition, with a hash table on the
 * key's low bits (the keys are already uniform hashes). Entries are in read order, so
 * the first entry of a key is its first occurrence, and the examples kept per partition
 * include the earliest duplicates of the whole set.
 */
function countPartition(n: number, scratch: Scratch, examples: DuplicateExample[], limit: number): number {
  if (n < 2) return 0
  const { keys, places } = scratch
  let capacity = 16
  while (capacity < n * 2) capacity *= 2
  const mask = capacity - 1
  const table = scratch.table.subarray(0, capacity).fill(-1)
  let duplicates = 0
  let collected = 0
  for (let i = 0; i < n; i++) {
    const key = keys[i]
    let slot = (key >>> 0) & mask
    for (;;) {
      const first = table[slot]
      if (first === -1) {
        table[slot] = i
        break
      }
      if (keys[first] === key) {
        duplicates++
        if (collected < limit) {
          collected++
          examples.push({ file: places[2 * i], line: places[2 * i + 1], firstFile: places[2 * first], firstLine: places[2 * first + 1] })
        }
        break
      }
      slot = (slot + 1) & mask
    }
  }
  return duplicates
}
