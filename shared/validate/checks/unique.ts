import { hashNumber, hashString, SEED_A, SEED_B } from '../../hash/index.js'
import { DuplicateCounter, type DuplicateExport } from '../../stats/index.js'
import { firstOccurrence } from './shared.js'
import type { ColumnCheck } from './types.js'

const EXAMPLES = 100

export const unique: ColumnCheck<boolean> = {
  key: 'unique',
  description: 'Every non-missing value appears once. Memory stays bounded: hashes spill to temporary files.',
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 4,
  create(required, context, sink) {
    if (!required) return {}
    const counter = new DuplicateCounter(context.tempDir)
    return {
      value(value, at) {
        if (typeof value === 'number') counter.add(hashNumber(value, SEED_A), hashNumber(value, SEED_B), at.file, at.line)
        else counter.add(hashString(value, SEED_A), hashString(value, SEED_B), at.file, at.line)
      },
      snapshot: () => counter.export(),
      absorb: (snapshots, relocate) => counter.absorb(snapshots as DuplicateExport[], relocate),
      async finish() {
        const summary = await counter.finish(EXAMPLES)
        for (const example of summary.examples) {
          const where = firstOccurrence(example, context.fileName)
          sink.report(`duplicate value: the same value is at ${where}`, example)
        }
        for (let i = summary.examples.length; i < summary.duplicates; i++) sink.report('duplicate value')
      },
    }
  },
}
