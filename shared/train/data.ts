import { UserError } from '../errors/index.js'
import { inferTask } from '../evaluate/index.js'
import type { Logger } from '../log/index.js'
import type { Task } from '../metrics/index.js'
import { assertFinite } from '../model/index.js'
import { cellText, column, loadTable, type Table } from '../table/index.js'
import { splitRows } from './split.js'
import { warnStrayText } from './text-columns.js'
import type { TrainOptions } from './train.js'

/** The data of a training run, whoever trains: rows of `combined`, split into training and validation. */
export interface TrainingData {
  /** The `data` input's table: its hash is the data version. */
  table: Table
  validationTable?: Table
  /** The data, with the validation data appended when it is given. */
  combined: Table
  train: Int32Array
  validation: Int32Array
  task: Task
  features: string[]
}

/** Reads the data, decides task and features, and splits the rows as both trainers see them. */
export async function loadTrainingData(options: TrainOptions, log: Logger): Promise<TrainingData> {
  const table = await loadTable(options.data, { input: 'data' })
  const target = column(table, options.target, 'target')
  const task = options.task === 'auto' ? inferTask(target) : options.task
  const features = chooseFeatures(table, options)
  warnStrayText(table, features, 'data', log)
  const validationTable = options.validationData.length > 0 ? await loadTable(options.validationData, { input: 'validation-data' }) : undefined
  const { train, validation, combined } = rowsFor(table, validationTable, options)
  return { table, ...(validationTable && { validationTable }), combined, train, validation, task, features }
}

/** `features`, or every column but the target and `ignore`; each must exist. */
function chooseFeatures(table: Table, options: TrainOptions): string[] {
  for (const name of [...options.features, ...options.ignore]) column(table, name, options.features.includes(name) ? 'features' : 'ignore')
  if (options.features.includes(options.target)) throw new UserError(`Input 'features': '${options.target}' is the target and cannot be a feature.`)
  const features = options.features.length > 0 ? options.features : table.columns.map((c) => c.name).filter((name) => name !== options.target && !options.ignore.includes(name))
  if (features.length === 0) throw new UserError(`Input 'features': no feature columns are left besides the target '${options.target}'.`)
  return features
}

export function assertFiniteColumns(table: Table, features: readonly string[], target: string, input: string): void {
  for (const name of [...features, target]) {
    const col = column(table, name, input)
    if (col.kind === 'number') assertFinite(col, table, undefined, input, name === target ? `the target column '${name}'` : `column '${name}'`)
  }
}

/** Training and validation rows, in one table: a random split, or the validation data appended. */
function rowsFor(table: Table, validationTable: Table | undefined, options: TrainOptions) {
  if (!validationTable) return { ...splitRows(table.rows, options.validationSplit, options.seed), combined: table }
  const combined = appendTable(table, validationTable)
  const train = Int32Array.from({ length: table.rows }, (_, i) => i)
  const validation = Int32Array.from({ length: validationTable.rows }, (_, i) => table.rows + i)
  return { train, validation, combined }
}

function appendTable(first: Table, second: Table): Table {
  const columns = first.columns.map((col) => {
    const other = column(second, col.name, 'validation-data')
    if (col.kind === 'number' && other.kind === 'number') {
      const values = new Float64Array(first.rows + second.rows)
      values.set(col.values)
      values.set(other.values, first.rows)
      return { name: col.name, kind: 'number' as const, values }
    }
    return { name: col.name, kind: 'string' as const, values: [...Array.from({ length: first.rows }, (_, r) => cellText(col, r)), ...Array.from({ length: second.rows }, (_, r) => cellText(other, r))] }
  })
  const lines = new Int32Array(first.rows + second.rows)
  lines.set(first.lines)
  lines.set(second.lines, first.rows)
  // Each row keeps its file, so messages about validation rows name the validation file.
  const fileOfRow = new Uint16Array(first.rows + second.rows)
  fileOfRow.set(first.fileOfRow)
  fileOfRow.set(second.fileOfRow.map((file) => file + first.files.length), first.rows)
  return { ...first, columns, rows: first.rows + second.rows, lines, fileOfRow, files: [...first.files, ...second.files] }
}
