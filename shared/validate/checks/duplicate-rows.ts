import { DuplicateCounter, type DuplicateExport } from '../../stats/index.js'
import { percent, firstOccurrence } from './shared.js'
import type { DatasetCheck } from './types.js'

const EXAMPLES = 10

export const duplicateRows: DatasetCheck<{ 'max-share': number }> = {
  key: 'duplicate-rows',
  description: 'Largest tolerated share of rows that repeat an earlier row exactly: {max-share}. Memory stays bounded.',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['max-share'],
    properties: { 'max-share': { type: 'number', minimum: 0, maximum: 1 } },
  },
  defaultSeverity: 'error',
  cost: 3,
  create(config, context, sink) {
    const counter = new DuplicateCounter(context.tempDir)
    const pair = new Uint32Array(2)
    return {
      row(row, _columnIndex, at) {
        row.hashRecord(pair)
        counter.add(pair[0], pair[1], at.file, at.line)
      },
      snapshot: () => counter.export(),
      absorb: (snapshots, relocate) => counter.absorb(snapshots as DuplicateExport[], relocate),
      async finish(summary) {
        const result = await counter.finish(EXAMPLES)
        const share = summary.rows === 0 ? 0 : result.duplicates / summary.rows
        if (share <= config['max-share']) return
        sink.report(`${percent(share)} of rows are duplicates (${result.duplicates} of ${summary.rows}); at most ${percent(config['max-share'])} allowed`)
        for (const example of result.examples.sort((a, b) => a.file - b.file || a.line - b.line)) {
          const where = firstOccurrence(example, context.fileName)
          sink.report(`row repeats ${where}`, example)
        }
      },
    }
  },
}
