import type { ModelInput } from '../model/index.js'
import type { Column, Table } from '../table/index.js'
import { HttpError, isObject } from './http.js'

/** Rows in one request, at most: a bound on the work one request can ask for besides the body limit. */
export const MAX_ROWS = 100_000

/** Datatypes of the Open Inference Protocol that carry numbers; text is BYTES. */
const NUMBER_DATATYPES = new Set(['FP64', 'FP32', 'FP16', 'INT64', 'INT32', 'INT16', 'INT8', 'UINT64', 'UINT32', 'UINT16', 'UINT8', 'BOOL'])

type Cell = unknown

/**
 * The rows of `POST /predict`: `{"instances": [{feature: value, ...}, ...]}`, one Table column
 * per model input, typed as the manifest says. Extra keys are ignored, as a table's extra columns are.
 */
export function tableFromInstances(body: unknown, inputs: readonly ModelInput[]): Table {
  if (!isObject(body) || !Array.isArray(body.instances)) throw new HttpError(400, 'The body must be a JSON object with "instances": an array of rows, each an object of feature values.')
  const instances = body.instances
  checkRowCount(instances.length)
  instances.forEach((row, i) => {
    if (!isObject(row)) throw new HttpError(400, `instances[${i}] is not an object of feature values.`)
  })
  const rows = instances as Record<string, Cell>[]
  const columns = inputs.map((input) =>
    buildColumn(input, rows.length, (i) => {
      if (!(input.name in rows[i]!)) throw new HttpError(400, `instances[${i}] has no feature '${input.name}'; the model reads ${inputs.map((entry) => entry.name).join(', ')}.`)
      return rows[i]![input.name]
    }, (i) => `instances[${i}].${input.name}`),
  )
  return requestTable(columns, rows.length)
}

/**
 * The inputs of an Open Inference Protocol v2 infer request, as MLServer's pandas codec reads
 * them: one input per feature column, named as the column, shape [N] or [N, 1], data flat or
 * nested by rows. Every input has the same N.
 */
export function tableFromInferRequest(body: unknown, inputs: readonly ModelInput[]): Table {
  if (!isObject(body) || !Array.isArray(body.inputs)) throw new HttpError(400, 'The body must be a JSON object with "inputs": one tensor per feature column.')
  const tensors = new Map<string, { rows: number; data: unknown[]; datatype: string }>()
  body.inputs.forEach((tensor, i) => {
    if (!isObject(tensor) || typeof tensor.name !== 'string') throw new HttpError(400, `inputs[${i}] needs a "name": the feature column it holds.`)
    tensors.set(tensor.name, readTensor(tensor, tensor.name))
  })
  const missing = inputs.find((input) => !tensors.has(input.name))
  if (missing) throw new HttpError(400, `No input '${missing.name}' in the request; the model reads ${inputs.map((entry) => entry.name).join(', ')}.`)
  const rows = tensors.get(inputs[0]!.name)?.rows ?? 0
  for (const input of inputs) {
    const tensor = tensors.get(input.name)!
    if (tensor.rows !== rows) throw new HttpError(400, `Input '${input.name}' has ${tensor.rows} rows where '${inputs[0]!.name}' has ${rows}.`)
    if (input.type === 'number' && !NUMBER_DATATYPES.has(tensor.datatype)) throw new HttpError(400, `Input '${input.name}' is ${tensor.datatype}; the model reads it as numbers (FP64, FP32 or INT64).`)
  }
  const columns = inputs.map((input) => {
    const { data } = tensors.get(input.name)!
    return buildColumn(input, rows, (i) => data[i], (i) => `input '${input.name}' [${i}]`)
  })
  return requestTable(columns, rows)
}

function readTensor(tensor: Record<string, unknown>, name: string): { rows: number; data: unknown[]; datatype: string } {
  const { shape, datatype, data } = tensor
  if (!Array.isArray(shape) || !shape.every((size) => Number.isSafeInteger(size) && (size as number) >= 0)) throw new HttpError(400, `Input '${name}' needs a "shape" of [N] or [N, 1].`)
  if (!(shape.length === 1 || (shape.length === 2 && shape[1] === 1))) throw new HttpError(400, `Input '${name}' has shape [${shape.join(', ')}]; a feature column is [N] or [N, 1].`)
  if (typeof datatype !== 'string') throw new HttpError(400, `Input '${name}' needs a "datatype" (FP64, FP32, INT64 or BYTES).`)
  if (datatype !== 'BYTES' && !NUMBER_DATATYPES.has(datatype)) throw new HttpError(400, `Input '${name}' has datatype '${datatype}'; use FP64, FP32, INT64 or BYTES.`)
  if (!Array.isArray(data)) throw new HttpError(400, `Input '${name}' needs "data": an array of its values.`)
  const flat = data.flat(1)
  const rows = shape[0] as number
  checkRowCount(rows)
  if (flat.length !== rows) throw new HttpError(400, `Input '${name}' has ${flat.length} values where its shape says ${rows}.`)
  return { rows, data: flat, datatype }
}

/** A column typed by the model's input: numbers (null is missing) or text (numbers are taken as their text). */
function buildColumn(input: ModelInput, rows: number, cell: (row: number) => Cell, where: (row: number) => string): Column {
  if (input.type === 'number') {
    const values = new Float64Array(rows)
    for (let i = 0; i < rows; i++) {
      const value = cell(i)
      if (value === null) values[i] = Number.NaN
      else if (typeof value === 'number' && Number.isFinite(value)) values[i] = value
      // JSON's 1e400 parses as Infinity, which no model reads; refused here, before it can join a batch.
      else if (typeof value === 'number') throw new HttpError(400, `${where(i)} is ${value}; feature '${input.name}' is a finite number.`)
      else if (typeof value === 'boolean') values[i] = value ? 1 : 0
      else throw new HttpError(400, `${where(i)} is ${describe(value)}; feature '${input.name}' is a number.`)
    }
    return { name: input.name, kind: 'number', values }
  }
  const values: (string | null)[] = new Array(rows)
  for (let i = 0; i < rows; i++) {
    const value = cell(i)
    if (value === null || typeof value === 'string') values[i] = value
    else if (typeof value === 'number' && Number.isFinite(value)) values[i] = String(value)
    else throw new HttpError(400, `${where(i)} is ${describe(value)}; feature '${input.name}' is text.`)
  }
  return { name: input.name, kind: 'string', values }
}

function describe(value: Cell): string {
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`
  if (value === undefined) return 'missing'
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`
}

function checkRowCount(rows: number): void {
  if (rows === 0) throw new HttpError(400, 'The request holds no rows.')
  if (rows > MAX_ROWS) throw new HttpError(413, `The request holds ${rows} rows; at most ${MAX_ROWS} are answered at once.`)
}

function requestTable(columns: Column[], rows: number): Table {
  const lines = new Int32Array(rows)
  for (let i = 0; i < rows; i++) lines[i] = i + 1
  return { columns, rows, lines, fileOfRow: new Uint16Array(rows), files: [{ path: 'request', format: 'json', sha256: '' }], hash: '' }
}
