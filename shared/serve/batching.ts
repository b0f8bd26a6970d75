import type { Prediction } from '../model/index.js'
import type { Column, Table } from '../table/index.js'

/** Rows predicted in one call at most; a request this large or larger is predicted on its own. */
export const MAX_BATCH_ROWS = 1024

type Predict = (table: Table) => Prediction | Promise<Prediction>

interface Waiting {
  readonly table: Table
  resolve(prediction: Prediction): void
  reject(error: unknown): void
}

/**
 * Micro-batching: requests for one version that arrive before the event loop turns (or until
 * `maxRows` rows wait) are predicted in one call, and each gets its own rows' answer. One model
 * call per request costs far more than its rows do. Requests are decoded and checked before
 * they wait here; if a batch still fails, each of its requests is predicted alone, so a request
 * that makes the model fail never fails the others. `predict` must answer row by row: a row's
 * prediction may not depend on the other rows of its call.
 */
export function batchedPredict(predict: Predict, maxRows = MAX_BATCH_ROWS): (table: Table) => Promise<Prediction> {
  let waiting: Waiting[] = []
  let rows = 0
  let timer: NodeJS.Immediate | undefined
  const flush = () => {
    if (timer) clearImmediate(timer)
    timer = undefined
    const batch = waiting
    waiting = []
    rows = 0
    void predictBatch(predict, batch)
  }
  return (table) => {
    if (table.rows >= maxRows) return Promise.resolve().then(() => predict(table))
    return new Promise<Prediction>((resolve, reject) => {
      waiting.push({ table, resolve, reject })
      rows += table.rows
      if (rows >= maxRows) flush()
      else timer ??= setImmediate(flush)
    })
  }
}

async function predictBatch(predict: Predict, batch: readonly Waiting[]): Promise<void> {
  if (batch.length === 1) return predictAlone(predict, batch[0]!)
  let prediction: Prediction
  try {
    prediction = await predict(concatTables(batch.map((entry) => entry.table)))
  } catch {
    await Promise.all(batch.map((entry) => predictAlone(predict, entry)))
    return
  }
  let start = 0
  for (const entry of batch) {
    entry.resolve(slicePrediction(prediction, start, start + entry.table.rows))
    start += entry.table.rows
  }
}

async function predictAlone(predict: Predict, entry: Waiting): Promise<void> {
  try {
    entry.resolve(await predict(entry.table))
  } catch (error) {
    entry.reject(error)
  }
}

/** The rows of tables with the same columns, one after another, numbered from line 1 as one request. */
export function concatTables(tables: readonly Table[]): Table {
  const first = tables[0]!
  const rows = tables.reduce((total, table) => total + table.rows, 0)
  const columns = first.columns.map((column, c): Column => {
    if (column.kind === 'number') {
      const values = new Float64Array(rows)
      let offset = 0
      for (const table of tables) {
        const part = table.columns[c] as typeof column
        values.set(part.values, offset)
        offset += table.rows
      }
      return { name: column.name, kind: 'number', values }
    }
    const values: (string | null)[] = []
    for (const table of tables) for (const value of (table.columns[c] as typeof column).values) values.push(value)
    return { name: column.name, kind: 'string', values }
  })
  const lines = new Int32Array(rows)
  for (let i = 0; i < rows; i++) lines[i] = i + 1
  return { columns, rows, lines, fileOfRow: new Uint16Array(rows), files: first.files, hash: '' }
}

/** Rows `start` to `end` (excluded) of a prediction. */
export function slicePrediction(prediction: Prediction, start: number, end: number): Prediction {
  if (prediction.task === 'regression') return { task: 'regression', values: prediction.values.slice(start, end) }
  return {
    task: 'classification',
    classes: prediction.classes,
    labels: prediction.labels.slice(start, end),
    ...(prediction.probabilities && { probabilities: prediction.probabilities.map((column) => column.slice(start, end)) }),
  }
}
