import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const PARTITIONS = 256
/** Entries kept in memory per partition before all partitions spill: about 1.3 million in all. */
const PARTITION_CAPACITY = 5120
/** Entries after which a growing counter takes the full capacity at once. */
const FULL_SIZE_AFTER = 64 * PARTITIONS
/** An entry is four words: the two hashes, the file index and the line. */
const WORDS = 4
const NO_WORDS = new Uint32Array(0)

export interface DuplicateExample {
  file: number
  line: number
  firstFile: number
  firstLine: number
}

/** One spill file: for each partition in turn, its entries. */
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
 * Counts repeated 64-bit hashes among any number of entries with bounded memory: entries are
 * partitioned by their top hash byte and spilled to temporary files, then each partition is
 * counted on its own.
 */
export class DuplicateCounter {
  /**
   * Every partition's entries in one array, each entry's words side by side, so that an entry
   * is one write: partition p holds entries p * capacity onwards. The capacity grows with the
   * entries, up to PARTITION_CAPACITY, so a counter that sees few values costs little.
   */
  private words = NO_WORDS
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
    const word = (partition * this.capacity + at) * WORDS
    const words = this.words
    words[word] = hashA
    words[word + 1] = hashB
    words[word + 2] = file
    words[word + 3] = line
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
        const segments = this.loadPartition(p, files, scratch)
        // Lines of other parts are made global only for the examples.
        const lineOf = (entry: number): number => {
          const line = scratch.words[entry * WORDS + 3]
          const { part } = segments.find((segment) => entry < segment.end)!
          return part >= 0 ? this.relocate(part, line) : line
        }
        let collected = 0
        duplicates += countPartition(segments[segments.length - 1]?.end ?? 0, scratch, (entry, first) => {
          if (collected++ >= exampleLimit) return
          const { words } = scratch
          examples.push({ file: words[entry * WORDS + 2], line: lineOf(entry), firstFile: words[first * WORDS + 2], firstLine: lineOf(first) })
        })
      }
      this.words = NO_WORDS
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
    const words = new Uint32Array(PARTITIONS * capacity * WORDS)
    for (let p = 0; p < PARTITIONS; p++) {
      const from = p * this.capacity * WORDS
      words.set(this.words.subarray(from, from + this.fill[p] * WORDS), p * capacity * WORDS)
    }
    this.words = words
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
        writeSync(fd, new Uint8Array(this.words.buffer, p * this.capacity * WORDS * 4, count * WORDS * 4))
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

  /**
   * Reads partition p into the scratch buffer, in row order. Returns where each source's entries
   * end, with their part (-1 for this counter's own, whose lines stand as they are).
   */
  private loadPartition(p: number, files: { spill: Spill; part: number; fd: number }[], scratch: Scratch): Segment[] {
    const bytes = new Uint8Array(scratch.words.buffer)
    const segments: Segment[] = []
    let at = 0
    for (const file of files) {
      const count = file.spill.counts[p]
      if (count === 0) continue
      let offset = 0
      for (let q = 0; q < p; q++) offset += file.spill.counts[q] * WORDS * 4
      readSync(file.fd, bytes, at * WORDS * 4, count * WORDS * 4, offset)
      at += count
      segments.push({ end: at, part: file.part })
    }
    const memoryCount = this.fill[p]
    if (memoryCount > 0) {
      const from = p * this.capacity * WORDS
      scratch.words.set(this.words.subarray(from, from + memoryCount * WORDS), at * WORDS)
      at += memoryCount
      segments.push({ end: at, part: -1 })
    }
    this.fill[p] = 0
    return segments
  }
}

interface Segment {
  end: number
  part: number
}

class Scratch {
  readonly words: Uint32Array
  readonly table: Int32Array

  constructor(entries: number) {
    this.words = new Uint32Array(Math.max(1, entries) * WORDS)
    let capacity = 16
    while (capacity < entries * 2) capacity *= 2
    this.table = new Int32Array(capacity)
  }
}

/**
 * Counts entries whose hashes appeared earlier in the partition, with a hash table on the
 * second hash (already uniform), and calls `repeat` with each repeat and its first entry.
 * Entries are in read order, so the first entry of a key is its first occurrence.
 */
function countPartition(n: number, scratch: Scratch, repeat: (entry: number, first: number) => void): number {
  if (n < 2) return 0
  const { words } = scratch
  let capacity = 16
  while (capacity < n * 2) capacity *= 2
  const mask = capacity - 1
  const table = scratch.table.subarray(0, capacity).fill(-1)
  let duplicates = 0
  for (let i = 0; i < n; i++) {
    const hashA = words[i * WORDS]
    const hashB = words[i * WORDS + 1]
    let slot = hashB & mask
    for (;;) {
      const first = table[slot]
      if (first === -1) {
        table[slot] = i
        break
      }
      if (words[first * WORDS + 1] === hashB && words[first * WORDS] === hashA) {
        duplicates++
        repeat(i, first)
        break
      }
      slot = (slot + 1) & mask
    }
  }
  return duplicates
}
