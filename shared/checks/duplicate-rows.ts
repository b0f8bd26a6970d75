import { DuplicateCounter } from '../stats/index.js'
import { percent } from './shared.js'
import type { DatasetCheck } from './types.js'
import { SEED_A, SEED_B } from './unique.js'

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
  create(config, context, sink) {
    const counter = new DuplicateCounter(context.tempDir)
    return {
      row(row, _columnIndex, at) {
        counter.add(row.hashRecord(SEED_A), row.hashRecord(SEED_B), at.file, at.line)
      },
      async finish(summary) {
        const result = await counter.finish(EXAMPLES)
        const share = summary.rows === 0 ? 0 : result.duplicates / summary.rows
        if (share <= config['max-share']) return
        sink.report(`${percent(share)} of rows are duplicates (${result.duplicates} of ${summary.rows}); at most ${percent(config['max-share'])} allowed`)
        for (const example of result.examples.sort((a, b) => a.file - b.file || a.line - b.line)) {
          const where = example.firstFile === example.file ? `line ${example.firstLine}` : `${context.fileName(example.firstFile)}:${example.firstLine}`
          sink.report(`row repeats ${where}`, example)
        }
      },
    }
  },
}
