import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-drain-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ROWS = 300_000
/** Rows of about 50 bytes: the file is some 15 MB, many times a read's 1 to 2 MB. */
const PAD = 'x'.repeat(40)

/** Reads the file with a visitor whose drain takes a while; returns the rows seen at each drain and whether any row arrived during one. */
async function readWithSlowDrain(path: string) {
  let rows = 0
  let draining = false
  let rowDuringDrain = false
  const seen: number[] = []
  await readDataset(await resolveDataFiles(path), DEFAULT_MISSING_VALUES, {
    file: () => undefined,
    header: () => undefined,
    row: () => {
      rows++
      if (draining) rowDuringDrain = true
    },
    ragged: () => undefined,
    drain: async () => {
      seen.push(rows)
      draining = true
      await sleep(1)
      draining = false
    },
  })
  return { rows, seen, rowDuringDrain }
}

describe('a visitor that drains', () => {
  const csv = Array.from({ length: ROWS }, (_, i) => `${i},${PAD}\n`).join('')

  it.each([
    ['plain CSV, read in windows', 'rows.csv', `id,x\n${csv}`],
    ['gzipped CSV, read in chunks', 'rows.csv.gz', gzipSync(`id,x\n${csv}`)],
    ['JSON Lines', 'rows.jsonl', Array.from({ length: ROWS }, (_, i) => `{"id":${i},"x":"${PAD}"}\n`).join('')],
  ])('%s: reading waits for it between reads, and it runs many times', async (_, name, content) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    const { rows, seen, rowDuringDrain } = await readWithSlowDrain(path)
    expect(rows).toBe(ROWS)
    expect(rowDuringDrain).toBe(false)
    // Drained after every read, so no drain sees the whole file at once: rows arrive a window at a time.
    expect(seen.length).toBeGreaterThan(2)
    expect(Math.max(...seen.map((count, i) => count - (seen[i - 1] ?? 0)))).toBeLessThan(ROWS / 4)
    expect(seen.at(-1)).toBe(ROWS)
  })
})
