import { extname } from 'node:path'
import { UserError } from '../errors/index.js'
import type { Label } from '../metrics/index.js'
import type { Prediction } from '../model/index.js'
import type { Column, ParquetColumnType, TableFileFormat } from '../table/index.js'

export type PredictionFormat = TableFileFormat | 'parquet'

/** The output format its extension names. */
export function outputFormat(path: string, input = 'output'): PredictionFormat {
  const extension = extname(path).toLowerCase()
  if (extension === '.csv') return 'csv'
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl'
  if (extension === '.parquet') return 'parquet'
  throw new UserError(`Input '${input}': '${path}' has ${extension ? `the extension '${extension}'` : 'no extension'}; give a .csv, .jsonl (JSON Lines) or .parquet path, which names the format.`)
}

const INT32 = 2 ** 31

/** Parquet types of the output's columns: a classifier whose classes are all 32-bit integers writes its labels as INT32, as pandas would read them back. */
export function parquetTypes(columns: readonly Column[], classes?: readonly Label[]): { name: string; type: ParquetColumnType }[] {
  const integerLabels = classes !== undefined && classes.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= -INT32 && c < INT32)
  return columns.map(({ name, kind }) => ({ name, type: kind === 'string' ? 'STRING' : name === 'prediction' && integerLabels ? 'INT32' : 'DOUBLE' }))
}

/** The column of each class's probability. */
export function probabilityColumn(label: Label): string {
  return `proba_${label}`
}

/** The columns of the prediction itself: `prediction`, then `proba_<class>` per class when the flavor gives probabilities. */
export function predictionColumns(prediction: Prediction): Column[] {
  if (prediction.task === 'regression') return [{ name: 'prediction', kind: 'number', values: prediction.values }]
  const { labels, classes, probabilities } = prediction
  // Numeric classes stay numbers, so that JSON Lines writes 2 and not "2".
  const label: Column = classes.every((c) => typeof c === 'number')
    ? { name: 'prediction', kind: 'number', values: Float64Array.from(labels as number[]) }
    : { name: 'prediction', kind: 'string', values: labels.map(String) }
  return [label, ...(probabilities ?? []).map((values, c): Column => ({ name: probabilityColumn(classes[c]!), kind: 'number', values }))]
}
