import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fmix32 } from '../hash/index.js'
import { DuplicateCounter } from './duplicates.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlops-duplicates-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Distinct hash pairs for distinct i: fmix32 is a bijection on 32-bit integers. */
const hashA = (i: number) => fmix32(i)
const hashB = (i: number) => fmix32(i ^ 0x5bd1e995)

describe('DuplicateCounter', () => {
  it('counts repeats and names the first occurrence of each, across files', async () => {
    const counter = new DuplicateCounter(() => root)
    const add = (value: number, file: number, line: number) => counter.add(hashA(value), hashB(value), file, line)
    add(1, 0, 2)
    add(2, 0, 3)
    add(1, 0, 4)
    add(3, 1, 2)
    add(2, 1, 3)
    add(1, 1, 4)
    const summary = await counter.finish(10)
    expect(summary.entries).toBe(6)
    expect(summary.duplicates).toBe(3)
    expect(summary.examples).toEqual([
      { file: 0, line: 4, firstFile: 0, firstLine: 2 },
      { file: 1, line: 3, firstFile: 0, firstLine: 3 },
      { file: 1, line: 4, firstFile: 0, firstLine: 2 },
    ])
  })

  it('keeps the earliest examples up to the limit but counts every repeat', async () => {
    const counter = new DuplicateCounter(() => root)
    for (let line = 1; line <= 50; line++) counter.add(hashA(line % 5), hashB(line % 5), 0, line)
    const summary = await counter.finish(3)
    expect(summary.duplicates).toBe(45)
    expect(summary.examples.map((example) => [example.line, example.firstLine])).toEqual([
      [6, 1],
      [7, 2],
      [8, 3],
    ])
  })

  it('spills to disk past 2^20 entries, finds repeats on both sides, then removes its files', async () => {
    const spillRoot = mkdtempSync(join(root, 'spill-'))
    let tempDirs = 0
    const counter = new DuplicateCounter(() => {
      tempDirs++
      return spillRoot
    })
    const total = (1 << 21) + 150_000
    // Entry i carries value i, except a few planted repeats.
    const planted = new Map([
      [1_000, 10],
      [(1 << 21) + 5, 20],
      [(1 << 21) + 100_000, (1 << 21) + 50],
    ])
    for (let i = 0; i < total; i++) {
      const value = planted.get(i) ?? i
      counter.add(hashA(value), hashB(value), 0, i + 2)
    }
    expect(tempDirs).toBe(1)
    const [spillDir] = readdirSync(spillRoot)
    expect(readdirSync(join(spillRoot, spillDir)).length).toBeGreaterThan(0)

    const summary = await counter.finish(100)
    expect(summary.entries).toBe(total)
    expect(summary.duplicates).toBe(3)
    expect(summary.examples).toEqual([
      { file: 0, line: 1_002, firstFile: 0, firstLine: 12 },
      { file: 0, line: (1 << 21) + 7, firstFile: 0, firstLine: 22 },
      { file: 0, line: (1 << 21) + 100_002, firstFile: 0, firstLine: (1 << 21) + 52 },
    ])
    expect(readdirSync(spillRoot)).toEqual([])
  })

  it('allocates as entries arrive, so a thousand counters of two entries each stay small', async () => {
    const before = process.memoryUsage().arrayBuffers
    const counters = Array.from({ length: 1000 }, () => new DuplicateCounter(() => root))
    counters.forEach((counter, i) => {
      counter.add(hashA(2 * i), hashB(2 * i), 0, 2)
      counter.add(hashA(2 * i), hashB(2 * i), 0, 3)
    })
    // Preallocated partitions held 4 MB per counter.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 << 20)
    const summaries = await Promise.all(counters.map((counter) => counter.finish(1)))
    expect(summaries.every((summary) => summary.duplicates === 1 && summary.examples[0].line === 3)).toBe(true)
  })
})
