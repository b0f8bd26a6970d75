import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'mlops-windows-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function readRows(path: string) {
  const rows: { line: number; cells: string[] }[] = []
  const read = await readDataset(await resolveDataFiles(path), DEFAULT_MISSING_VALUES, {
    file: () => undefined,
    header: () => undefined,
    row: (row, line) => rows.push({ line, cells: Array.from({ length: row.size }, (_, i) => row.text(i)) }),
    ragged: () => undefined,
  })
  return { rows, read }
}

describe('reading a plain file through one reused buffer', () => {
  it('reads a record longer than the buffer, with its line breaks, and the lines after it', async () => {
    const long = 'x'.repeat(3 << 20) + '\n' + 'y'.repeat(1 << 20)
    const text = `id,blob,n\n1,"${long}",7\n2,short,8\n`
    const path = join(dir, 'long.csv')
    writeFileSync(path, text)
    const { rows, read } = await readRows(path)
    expect(rows.map((row) => [row.line, row.cells[0], row.cells[1].length, row.cells[2]])).toEqual([
      [2, '1', long.length, '7'],
      [4, '2', 5, '8'],
    ])
    expect(read.hash).toBe(createHash('sha256').update(text).digest('hex'))
  })

  it('gives the same rows and lines as many small windows would, on a file of many buffers', async () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => `${i},"a ${i}\nb",${i % 7}`)
    const text = `id,note,k\n${lines.join('\n')}\n`
    const path = join(dir, 'many.csv')
    writeFileSync(path, text)
    const { rows } = await readRows(path)
    expect(rows).toHaveLength(150_000)
    expect(rows[149_999]).toEqual({ line: 2 + 2 * 149_999, cells: ['149999', 'a 149999\nb', String(149_999 % 7)] })
  })
})
