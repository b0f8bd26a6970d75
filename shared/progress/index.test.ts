import { describe, expect, it } from 'vitest'
import { progressLine, throttledProgress } from './index.js'

describe('throttledProgress', () => {
  it('writes at most one line per interval, however often it is told, and a final line when it showed any', () => {
    let time = 0
    const lines: [string, boolean][] = []
    const reporter = throttledProgress('Reading', { intervalMs: 10_000, now: () => time, write: (line, final) => lines.push([line, final]) })
    for (let done = 1; done <= 1000; done++) {
      time += 100 // 100 s in all, told 1,000 times
      reporter.update(done, 1000, 'rows')
    }
    reporter.end()
    expect(lines.filter(([, final]) => !final)).toHaveLength(10)
    expect(lines.at(-1)).toEqual(['Reading: 1,000 rows of 1,000 rows (100%), 10 rows/s', true])
  })

  it('writes nothing for work shorter than the interval', () => {
    let time = 0
    const lines: string[] = []
    const reporter = throttledProgress('Training', { intervalMs: 10_000, now: () => time, write: (line) => lines.push(line) })
    for (let epoch = 1; epoch <= 50; epoch++) reporter.update(epoch, 50, 'epochs'), (time += 100)
    reporter.end()
    expect(lines).toEqual([])
  })
})

describe('progressLine', () => {
  it('shows bytes in decimal units with the rate, and a count without a total', () => {
    expect(progressLine('Validating big.csv', 1_500_000_000, 3_000_000_000, 'bytes', 10_000)).toBe('Validating big.csv: 1.5 GB of 3.0 GB (50%), 150.0 MB/s')
    expect(progressLine('Validating big.csv', 163_840, undefined, 'rows', 2_000)).toBe('Validating big.csv: 163,840 rows, 81,900 rows/s')
    expect(progressLine('Validating big.csv', 2_000_000, 4_000_000, 'bytes', 4_000, { count: 100_000, unit: 'rows' })).toBe('Validating big.csv: 2.0 MB of 4.0 MB (50%), 500.0 kB/s; 100,000 rows, 25,000 rows/s')
  })
})
