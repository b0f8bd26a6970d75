import { appendFileSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const PARTITIONS = 256
const MEMORY_ENTRIES = 1 << 21
const TWO_29 = 2 ** 29

export interface DuplicateExample {
  file: number
  line: number
  firstFile: number
  firstLine: number
}

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
  private keys: Float64Array[] = []
  private places: Uint32Array[] = []
  private fill = new Int32Array(PARTITIONS)
  private inMemory = 0
  private entries = 0
  private spillDir: string | null = null

  constructor(private readonly makeTempDir: () => string) {
    for (let p = 0; p < PARTITIONS; p++) this.allocate(p, 1024)
  }

  add(hashA: number, hashB: number, file: number, line: number): void {
    const partition = hashA >>> 24
    const key = (hashA & 0xffffff) * TWO_29 + (hashB >>> 3)
    let at = this.fill[partition]
    if (at === this.keys[partition].length) {
      this.grow(partition)
    }
    this.keys[partition][at] = key
    this.places[partition][2 * at] = file
    this.places[partition][2 * at + 1] = line
    this.fill[partition] = ++at
    this.entries++
    if (++this.inMemory >= MEMORY_ENTRIES) this.spill()
  }

  async finish(exampleLimit: number): Promise<DuplicateSummary> {
    let duplicates = 0
    const examples: DuplicateExample[] = []
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        const { keys, places } = this.loadPartition(p)
        duplicates += countPartition(keys, places, examples, exampleLimit)
      }
      examples.sort((a, b) => a.file - b.file || a.line - b.line).splice(exampleLimit)
    } finally {
      if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true })
    }
    return { entries: this.entries, duplicates, examples }
  }

  private allocate(partition: number, size: number): void {
    this.keys[partition] = new Float64Array(size)
    this.places[partition] = new Uint32Array(2 * size)
  }

  private grow(partition: number): void {
    const keys = this.keys[partition]
    const places = this.places[partition]
    this.allocate(partition, keys.length * 2)
    this.keys[partition].set(keys)
    this.places[partition].set(places)
  }

  private spill(): void {
    this.spillDir ??= mkdtempSync(join(this.makeTempDir(), 'dup-'))
    for (let p = 0; p < PARTITIONS; p++) {
      const count = this.fill[p]
      if (count === 0) continue
      const base = join(this.spillDir, String(p))
      appendFileSync(`${base}.keys`, new Uint8Array(this.keys[p].buffer, 0, count * 8))
      appendFileSync(`${base}.places`, new Uint8Array(this.places[p].buffer, 0, count * 8))
      this.fill[p] = 0
    }
    this.inMemory = 0
  }

  private loadPartition(p: number): { keys: Float64Array; places: Uint32Array } {
    const base = this.spillDir ? join(this.spillDir, String(p)) : null
    const storedKeys = base && existsSync(`${base}.keys`) ? readFileSync(`${base}.keys`) : Buffer.alloc(0)
    const storedPlaces = base && existsSync(`${base}.places`) ? readFileSync(`${base}.places`) : Buffer.alloc(0)
    const storedCount = storedKeys.length / 8
    const memoryCount = this.fill[p]
    const keys = new Float64Array(storedCount + memoryCount)
    const places = new Uint32Array(2 * keys.length)
    new Uint8Array(keys.buffer).set(storedKeys)
    new Uint8Array(places.buffer).set(storedPlaces)
    keys.set(this.keys[p].subarray(0, memoryCount), storedCount)
    places.set(this.places[p].subarray(0, 2 * memoryCount), 2 * storedCount)
    this.allocate(p, 1)
    this.fill[p] = 0
    return { keys, places }
  }
}

/**
 * Counts entries whose key appeared earlier in the partition, with a hash table on the
 * key's low bits (the keys are already uniform hashes). Entries are in read order, so
 * the first entry of a key is its first occurrence, and the examples kept per partition
 * include the earliest duplicates of the whole set.
 */
function countPartition(keys: Float64Array, places: Uint32Array, examples: DuplicateExample[], limit: number): number {
  const n = keys.length
  if (n < 2) return 0
  let capacity = 16
  while (capacity < n * 2) capacity *= 2
  const mask = capacity - 1
  const table = new Int32Array(capacity).fill(-1)
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
