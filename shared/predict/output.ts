import { extname } from 'node:path'
import { UserError } from '../errors/index.js'
import type { Label } from '../metrics/index.js'
import type { Prediction } from '../model/index.js'
import type { Column, TableFileFormat } from '../table/index.js'

/** The output format its extension names; Parquet is refused until the project can write it. */
export function outputFormat(path: string, input = 'output'): TableFileFormat {
  const extension = extname(path).toLowerCase()
  if (extension === '.csv') return 'csv'
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl'
  if (extension === '.parquet') throw new UserError(`Input '${input}': '${path}': writing Parquet is not supported; give a .csv or .jsonl (JSON Lines) path.`)
  throw new UserError(`Input '${input}': '${path}' has ${extension ? `the extension '${extension}'` : 'no extension'}; give a .csv or .jsonl (JSON Lines) path, which names the format.`)
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
