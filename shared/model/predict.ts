import * as tf from '@tensorflow/tfjs'
import type { Label, Task } from '../metrics/index.js'
import type { Table } from '../table/index.js'
import type { Prediction } from './flavor.js'
import { transform, type Preprocessing } from './preprocess.js'
import type { TargetScaling } from './target.js'


/** What turns table rows into model inputs and model outputs back into predictions. */
export interface ModelMeta {
  readonly task: Task
  readonly preprocessing: Preprocessing
  readonly classes?: readonly Label[]
  readonly targetScaling?: TargetScaling
}

/** Rows encoded and predicted at a time: memory stays flat however many rows there are. */
const PREDICT_ROWS = 16_384

/** Predicts every row; a classification's label is the most probable class, the first such on a tie. */
export function predictTable(model: tf.LayersModel, meta: ModelMeta, table: Table, input = 'data'): Prediction {
  const outputs = meta.task === 'classification' ? meta.classes!.length : 1
  const columns = Array.from({ length: outputs }, () => new Float64Array(table.rows))
  for (let start = 0; start < table.rows; start += PREDICT_ROWS) {
    const rows = Int32Array.from({ length: Math.min(PREDICT_ROWS, table.rows - start) }, (_, i) => start + i)
    const { matrix, width } = transform(meta.preprocessing, table, rows, input)
    // predictOnBatch, as predict would split the chunk into batches of 32 rows.
    const output = tf.tidy(() => model.predictOnBatch(tf.tensor2d(matrix, [rows.length, width])) as tf.Tensor)
    const values = output.dataSync()
    output.dispose()
    spread(values, meta, columns, start, rows.length)
  }
  if (meta.task === 'regression') return { task: 'regression', values: columns[0]! }
  const classes = meta.classes!
  return { task: 'classification', classes, labels: mostProbable(columns, classes), probabilities: columns }
}

/** Writes one chunk of model outputs into the per-class (or value) columns. */
function spread(values: ArrayLike<number>, meta: ModelMeta, columns: Float64Array[], start: number, count: number): void {
  if (meta.task === 'regression') {
    const { mean, scale } = meta.targetScaling!
    for (let i = 0; i < count; i++) columns[0]![start + i] = values[i]! * scale + mean
  } else if (columns.length === 2 && values.length === count) {
    // A sigmoid head gives P(second class) alone.
    for (let i = 0; i < count; i++) {
      columns[0]![start + i] = 1 - values[i]!
      columns[1]![start + i] = values[i]!
    }
  } else {
    const classes = columns.length
    for (let i = 0; i < count; i++) for (let c = 0; c < classes; c++) columns[c]![start + i] = values[i * classes + c]!
  }
}

function mostProbable(columns: Float64Array[], classes: readonly Label[]): Label[] {
  const rows = columns[0]!.length
  const labels: Label[] = new Array(rows)
  for (let i = 0; i < rows; i++) {
    let best = 0
    for (let c = 1; c < columns.length; c++) if (columns[c]![i]! > columns[best]![i]!) best = c
    labels[i] = classes[best]!
  }
  return labels
}
