import { describe, expect, it } from 'vitest'
import type { ProgressReporter } from '../progress/index.js'
import { fitNetwork } from './fit.js'
import { DEFAULT_TRAIN_PARAMS } from './params.js'

describe('fitNetwork progress', () => {
  it('tells the rows of every epoch, batch by batch, and ends once', () => {
    const rows = 100
    const matrix = new Float32Array(rows * 2).map((_, i) => (i % 7) / 7)
    const targets = new Float32Array(rows).map((_, i) => (i % 3) / 3)
    const updates: [number, number | undefined, string | undefined][] = []
    let ended = 0
    const reporter: ProgressReporter = { update: (done, total, unit) => void updates.push([done, total, unit]), end: () => void ended++ }
    const tasks: string[] = []
    const log = { info() {}, warning() {}, group: <T>(_title: string, body: () => Promise<T>) => body(), progress: (task: string) => (tasks.push(task), reporter) }
    const params = { ...DEFAULT_TRAIN_PARAMS, epochs: 3, batchSize: 32, patience: 0 }
    fitNetwork({ inputs: 2, hidden: [], outputs: 1, head: 'linear' }, { train: { matrix, rows, width: 2 }, trainTargets: targets, validation: { matrix: new Float32Array(0), rows: 0, width: 2 }, validationTargets: new Float32Array(0) }, params, 1, log)
    expect(tasks).toEqual(['Training'])
    // 4 batches of an epoch of 100 rows, for 3 epochs.
    expect(updates).toHaveLength(12)
    expect(updates.slice(0, 4).map(([done]) => done)).toEqual([32, 64, 96, 100])
    expect(updates.at(-1)).toEqual([300, 300, 'rows'])
    expect(ended).toBe(1)
  })
})
