import { combineHashes, SEED_A, SEED_B } from '../../hash/index.js'
import { SchemaError } from '../schema/errors.js'
import { DuplicateCounter, type DuplicateExport } from '../../stats/index.js'
import { firstOccurrence } from './shared.js'
import type { DatasetCheck, DatasetCheckRun } from './types.js'

const EXAMPLES = 100

export const uniqueKeys: DatasetCheck<string[][]> = {
  key: 'unique',
  description: 'Compound keys: each entry is a list of columns whose combined values must not repeat, e.g. [[store, date]].',
  schema: {
    type: 'array',
    items: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  },
  defaultSeverity: 'error',
  cost: 3,
  settings(keys, context) {
    keys.forEach((key, index) => {
      const unknown = key.find((name) => !(name in context.schema.columns))
      if (unknown) throw new SchemaError(`${context.path}[${index}]`, `column '${unknown}' is not defined under columns`)
    })
    return keys
  },
  create(keys, context, sink): DatasetCheckRun {
    const counters = keys.map(() => new DuplicateCounter(context.tempDir))
    return {
      row(row, columnIndex, at) {
        keys.forEach((key, k) => {
          let a = SEED_A
          let b = SEED_B
          for (const name of key) {
            const index = columnIndex(name)
            const missing = index < 0 || row.missing(index)
            a = combineHashes(a, missing ? 0 : row.hashCell(index, SEED_A))
            b = combineHashes(b, missing ? 0 : row.hashCell(index, SEED_B))
          }
          counters[k].add(a, b, at.file, at.line)
        })
      },
      snapshot: () => counters.map((counter) => counter.export()),
      absorb(snapshots, relocate) {
        counters.forEach((counter, k) => counter.absorb((snapshots as DuplicateExport[][]).map((exports) => exports[k]), relocate))
      },
      async finish() {
        for (const [k, counter] of counters.entries()) {
          const result = await counter.finish(EXAMPLES)
          const label = `(${keys[k].join(', ')})`
          for (const example of result.examples) {
            const where = firstOccurrence(example, context.fileName)
            sink.report(`duplicate key ${label}: the same key is at ${where}`, example)
          }
          for (let i = result.examples.length; i < result.duplicates; i++) sink.report(`duplicate key ${label}`)
        }
      },
    }
  },
}
