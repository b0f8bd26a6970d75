import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const PARTITIONS = 256
/** Entries kept in memory per partition before all partitions spill: about a million in all. */
const PARTITION_CAPACITY = 5120
/** A partition's first allocation; it doubles up to PARTITION_CAPACITY, so memory follows the entries. */
const FIRST_SIZE = 16
/** Entries after which a partition that must grow makes every partition full size at once. */
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
  /** Partitions share one empty array until their first entry: a counter that sees few values costs little. */
  private keys: Float64Array[] = new Array<Float64Array>(PARTITIONS).fill(NO_KEYS)
  private places: Uint32Array[] = new Array<Uint32Array>(PARTITIONS).fill(NO_PLACES)
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
    const key = (hashA & 0xffffff) * TWO_29 + (hashB >>> 3)
    let at = this.fill[partition]
    if (at === this.keys[partition].length) {
      if (at >= PARTITION_CAPACITY) {
        this.spill()
        at = 0
      } else {
        this.grow(partition)
      }
    }
    this.keys[partition][at] = key
    this.places[partition][2 * at] = file
    this.places[partition][2 * at + 1] = line
    this.fill[partition] = ++at
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
      examples.sort((a, b) => a.file - b.file || a.line - b.line).splice(exampleLimit)
    } finally {
      for (const file of files) closeSync(file.fd)
      for (const dir of [...this.sources.map((source) => source.dir), this.spillDir]) {
        if (dir) rmSync(dir, { recursive: true, force: true })
      }
    }
    return { entries: this.entries, duplicates, examples }
  }

  private allocate(partition: number, size: number): void {
    this.keys[partition] = new Float64Array(size)
    this.places[partition] = new Uint32Array(2 * size)
  }

  private grow(partition: number): void {
    // A counter this large fills every partition: one allocation for all of them at full size
    // costs less than each partition's doublings (and the collections they set off).
    if (this.entries >= FULL_SIZE_AFTER) return this.allocateAllFull()
    const keys = this.keys[partition]
    const places = this.places[partition]
    this.allocate(partition, Math.min(Math.max(keys.length * 2, FIRST_SIZE), PARTITION_CAPACITY))
    this.keys[partition].set(keys)
    this.places[partition].set(places)
  }

  private allocateAllFull(): void {
    const keys = new Float64Array(PARTITIONS * PARTITION_CAPACITY)
    const places = new Uint32Array(2 * PARTITIONS * PARTITION_CAPACITY)
    for (let p = 0; p < PARTITIONS; p++) {
      const fullKeys = keys.subarray(p * PARTITION_CAPACITY, (p + 1) * PARTITION_CAPACITY)
      const fullPlaces = places.subarray(2 * p * PARTITION_CAPACITY, 2 * (p + 1) * PARTITION_CAPACITY)
      fullKeys.set(this.keys[p].subarray(0, this.fill[p]))
      fullPlaces.set(this.places[p].subarray(0, 2 * this.fill[p]))
      this.keys[p] = fullKeys
      this.places[p] = fullPlaces
    }
  }

  private spill(): void {
    this.spillDir ??= mkdtempSync(join(this.makeTempDir(), 'dup-'))
    const spill: Spill = { path: join(this.spillDir, `spill-${this.spills.length}.bin`), counts: Array.from(this.fill) }
    const fd = openSync(spill.path, 'w')
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        const count = this.fill[p]
        if (count === 0) continue
        const keys = this.keys[p]
        const places = this.places[p]
        writeSync(fd, new Uint8Array(keys.buffer, keys.byteOffset, count * 8))
        writeSync(fd, new Uint8Array(places.buffer, places.byteOffset, count * 8))
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
    keys.set(this.keys[p].subarray(0, memoryCount), at)
    places.set(this.places[p].subarray(0, 2 * memoryCount), 2 * at)
    this.keys[p] = NO_KEYS
    this.places[p] = NO_PLACES
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
