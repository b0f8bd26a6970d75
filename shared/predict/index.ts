// Batch prediction: a dataset of any size, streamed through a model into a CSV, JSON Lines or Parquet file.
import { DEFAULT_MISSING_VALUES, readDataset, type DataFile } from '../data/index.js'
import { UserError } from '../errors/index.js'
import type { Label } from '../metrics/index.js'
import type { LoadedModel, ModelInput } from '../model/index.js'
import type { OutputStream } from '../output/index.js'
import type { ProgressReporter } from '../progress/index.js'
import { TableParquetWriter, TableTextWriter, type Column } from '../table/index.js'
import { BatchCollector, type Batch, type KeptColumn } from './batches.js'
import { parquetTypes, predictionColumns, type PredictionFormat } from './output.js'

export { outputFormat, probabilityColumn, type PredictionFormat } from './output.js'

/** Rows predicted at a time unless `batch-rows` says otherwise: large enough that a batch's fixed costs vanish. */
export const DEFAULT_BATCH_ROWS = 50_000

export interface PredictFileOptions {
  model: LoadedModel
  /** The model's inputs with their types, from its manifest; without them each batch's columns are typed as loadTable types them. */
  inputs?: readonly ModelInput[]
  files: DataFile[]
  /** Columns copied, as text, from each input row to its output row. */
  idColumns: readonly string[]
  batchRows: number
  format: PredictionFormat
  /** Opens the output file; called once, when the first batch is predicted, or at the end for data without rows. */
  openOutput: () => OutputStream
  missingValues?: readonly string[]
  progress?: ProgressReporter
}

export interface PredictFileResult {
  rows: number
  batches: number
  /** The output's columns, in order. */
  columns: string[]
  files: { path: string; format: string }[]
}

/**
 * Reads the data batch by batch, keeping only the id columns and the model's inputs, predicts
 * each batch, and appends its rows to the output: memory holds one batch, however large the
 * data. The output is committed only when every row is written; on any error it is discarded
 * and the file at its path is left as it was.
 */
export async function predictFile(options: PredictFileOptions): Promise<PredictFileResult> {
  const { model, idColumns, format } = options
  const kept = keptColumns(model, options.inputs, idColumns)
  let output: OutputStream | undefined
  let writer: TableTextWriter | TableParquetWriter | undefined
  let names: string[] = []
  let rows = 0
  let batches = 0
  const start = (columns: readonly Column[], classes?: readonly Label[]) => {
    names = columns.map((col) => col.name)
    output = options.openOutput()
    const write = (content: string | Uint8Array) => output!.write(content)
    writer = format === 'parquet' ? new TableParquetWriter(parquetTypes(columns, classes), write, 'mlops-actions predict') : new TableTextWriter(format, names, write)
  }
  const onBatch = async ({ table, ids }: Batch) => {
    const predicted = await model.predict(table, 'data')
    const columns = [...ids, ...predictionColumns(predicted)]
    if (!writer) start(columns, predicted.task === 'classification' ? predicted.classes : undefined)
    writer!.append(columns, table.rows)
    rows += table.rows
    batches++
    options.progress?.update(rows, undefined, 'rows')
  }
  try {
    const collector = new BatchCollector(kept, options.batchRows, onBatch)
    const read = await readDataset(options.files, options.missingValues ?? DEFAULT_MISSING_VALUES, collector, { hash: false })
    await collector.finish()
    // Data with a header and no rows still gets an output, with the columns every prediction has.
    if (!writer) start([...idColumns.map((name): Column => ({ name, kind: 'string', values: [] })), { name: 'prediction', kind: 'string', values: [] }])
    writer!.end()
    output!.commit()
    return { rows, batches, columns: names, files: read.files.map(({ path, format }) => ({ path, format })) }
  } finally {
    output?.discard()
    options.progress?.end()
  }
}

/** The id columns, then the model's inputs not among them, each typed as the manifest says. */
function keptColumns(model: LoadedModel, inputs: readonly ModelInput[] | undefined, idColumns: readonly string[]): KeptColumn[] {
  const types = new Map(inputs?.map((input) => [input.name, input.type]))
  const clash = idColumns.find((name) => name === 'prediction' || name.startsWith('proba_'))
  if (clash) throw new UserError(`Input 'id-columns': '${clash}' is a name the output gives to the model's answers; leave it out or rename the column.`)
  const kindOf = (name: string): KeptColumn['kind'] => (types.has(name) ? (types.get(name) === 'number' ? 'number' : 'text') : 'infer')
  const features = new Set(model.features)
  return [
    ...idColumns.map((name): KeptColumn => ({ name, ...(features.has(name) && { kind: kindOf(name) }), id: true })),
    ...model.features.filter((name) => !idColumns.includes(name)).map((name): KeptColumn => ({ name, kind: kindOf(name), id: false })),
  ]
}
