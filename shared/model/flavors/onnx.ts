import { join } from 'node:path'
import type { InferenceSession, Tensor } from 'onnxruntime-web'
import { UserError } from '../../errors/index.js'
import { readWholeFile } from '../../fs/index.js'
import type { Label, Task } from '../../metrics/index.js'
import { column, type Column, type Table } from '../../table/index.js'
import type { LoadedModel, ModelFlavor, Prediction } from '../flavor.js'
import { MODEL_DIR_FILES } from '../layout.js'
import { NotOnnxError, prepareGraph } from './onnx-graph.js'
import { loadOnnxRuntime, type Ort } from './onnx-runtime.js'

/** Rows per session run: bounds the input and output tensors whatever the table's size. */
export const ONNX_BATCH_ROWS = 16_384

type InputType = 'float32' | 'float64' | 'int64' | 'string'
const INPUT_TYPES = new Set<string>(['float32', 'float64', 'int64', 'string'])

/** How the table's columns become the graph's inputs. */
type Binding =
  /** One [N, F] tensor of every feature, in order. */
  | { readonly kind: 'tensor'; readonly name: string; readonly type: InputType }
  /** One tensor per graph input, from the column of the same name; [N, 1] or [N]. */
  | { readonly kind: 'named'; readonly inputs: readonly { name: string; type: InputType; rank: number }[] }

/**
 * An ONNX graph run with ONNX Runtime's WebAssembly build (onnxruntime-web, loaded on the first
 * `load`). The graph is the manifest's `.onnx` file, model.onnx by default. The manifest says
 * what the graph does not: the target, the columns in the order of a single tensor input, the
 * task and, when the graph declares none, the classes.
 */
export const onnxFlavor: ModelFlavor = {
  name: 'onnx',
  runtime: 'ONNX Runtime (WebAssembly), bundled with the actions',
  async load(dir, manifest, input) {
    const manifestPath = join(dir, MODEL_DIR_FILES.manifest)
    if (!manifest) throw new UserError(`Input '${input}': '${manifestPath}' is missing; an onnx model needs it to name its target and input columns.`)
    const path = join(dir, manifest.files?.find((file) => file.toLowerCase().endsWith('.onnx')) ?? MODEL_DIR_FILES.onnx)
    const features = manifest.inputs.map((entry) => entry.name)
    const bytes = readWholeFile(input, path, 'weights')
    const notOnnx = (reason: string) => new UserError(`Input '${input}': '${path}' is not an ONNX model ONNX Runtime can load (${reason}).`)
    const unusable = (problem: string) => new UserError(`Input '${input}': '${path}' ${problem}.`)
    let graph: ReturnType<typeof prepareGraph>
    try {
      graph = prepareGraph(bytes)
    } catch (error) {
      if (error instanceof NotOnnxError) throw notOnnx('not an ONNX protobuf')
      throw error
    }
    const { ort, name: runtime } = await loadOnnxRuntime()
    let session: InferenceSession
    try {
      session = await ort.InferenceSession.create(graph.bytes)
    } catch (error) {
      throw notOnnx(firstLine(error))
    }
    const task = manifest.task
    const classes = manifest.classes ?? graph.classes
    if (task === 'classification' && !classes) throw new UserError(`Input '${input}': '${manifestPath}' names no 'classes' and the graph declares none.`)
    const binding = bindInputs(session, features, (problem) => notOnnx(problem))
    const columns = binding.kind === 'tensor' ? features : binding.inputs.map((graphInput) => graphInput.name)
    const outputs = chooseOutputs(session, task, (problem) => notOnnx(problem))
    return {
      flavor: 'onnx',
      runtime,
      task,
      target: manifest.target,
      features: columns,
      ...(task === 'classification' && { classes }),
      predict: (table, tableInput = 'data') => predict(ort, session, binding, outputs, task, classes ?? [], table, columns, tableInput, unusable),
    } satisfies LoadedModel
  },
}

function bindInputs(session: InferenceSession, features: readonly string[], notOnnx: (problem: string) => UserError): Binding {
  const described = session.inputMetadata
  const types = described.map((entry) => (entry.isTensor && INPUT_TYPES.has(entry.type) ? (entry.type as InputType) : undefined))
  const unsupported = described.findIndex((_, index) => !types[index])
  if (unsupported >= 0) throw notOnnx(`its input '${described[unsupported]!.name}' is not a float, int64 or string tensor`)
  // One input that is not itself a column takes every feature; otherwise inputs are columns by name.
  if (described.length === 1 && !(features.length === 1 && features[0] === described[0]!.name)) {
    return { kind: 'tensor', name: described[0]!.name, type: types[0]! }
  }
  const inputs = described.map((entry, index) => ({ name: entry.name, type: types[index]!, rank: entry.isTensor ? entry.shape.length : 1 }))
  return { kind: 'named', inputs }
}

interface Outputs {
  readonly label?: string
  readonly scores?: string
}

/** The label and probability outputs of a classifier (a text or integer tensor, and a float one); a regressor's float output. */
function chooseOutputs(session: InferenceSession, task: Task, notOnnx: (problem: string) => UserError): Outputs {
  const tensors = session.outputMetadata.filter((entry) => entry.isTensor)
  const float = tensors.find((entry) => entry.isTensor && (entry.type === 'float32' || entry.type === 'float64'))
  if (task === 'regression') {
    if (!float) throw notOnnx('it has no float output for a regression')
    return { scores: float.name }
  }
  const label = tensors.find((entry) => entry.isTensor && (entry.type === 'string' || entry.type === 'int64' || entry.type === 'int32'))
  if (!label && !float) throw notOnnx('it has neither a label nor a probability output')
  return { ...(label && { label: label.name }), ...(float && { scores: float.name }) }
}

async function predict(ort: Ort, session: InferenceSession, binding: Binding, outputs: Outputs, task: Task, classes: readonly Label[],
  table: Table, columns: readonly string[], input: string, unusable: (problem: string) => UserError): Promise<Prediction> {
  const tableColumns = columns.map((name) => column(table, name, input))
  // With probabilities, the label is their argmax (as scikit-learn's predict and skl2onnx's label
  // output are), so the label tensor is neither fetched nor converted.
  const readLabels = task === 'classification' && !outputs.scores
  const fetches = [readLabels ? outputs.label : undefined, outputs.scores].filter((name): name is string => name !== undefined)
  const labels = new Array<Label>(task === 'classification' ? table.rows : 0)
  const probabilities = classes.map(() => new Float64Array(table.rows))
  const values = new Float64Array(table.rows)
  // Every full batch fills the same input arrays; ONNX Runtime copies them in before it runs.
  const buffers = new Map<string, TensorData>()
  for (let from = 0; from < table.rows; from += ONNX_BATCH_ROWS) {
    const rows = Math.min(ONNX_BATCH_ROWS, table.rows - from)
    const feeds = buildFeeds(ort, binding, tableColumns, table, from, rows, input, buffers)
    const results = await session.run(feeds, fetches)
    if (task === 'regression') {
      const scores = results[outputs.scores!]!
      if (scores.size !== rows) throw unusable(`gives ${scores.size} values for ${rows} rows; a regression needs one per row`)
      values.set(scores.data as Float32Array | Float64Array, from)
      continue
    }
    if (outputs.scores) {
      const scores = results[outputs.scores]!
      if (scores.size !== rows * classes.length) throw unusable(`gives ${scores.size / rows} probabilities per row for ${classes.length} classes (${classes.join(', ')})`)
      copyScores(scores.data as Float32Array | Float64Array, probabilities, from, rows)
      labelByArgmax(scores.data as Float32Array | Float64Array, classes, labels, from, rows)
    } else {
      labelsOf(results[outputs.label!]!).forEach((label, row) => (labels[from + row] = label))
    }
  }
  if (task === 'regression') return { task, values }
  return { task, classes, labels, ...(outputs.scores && { probabilities }) }
}

function buildFeeds(ort: Ort, binding: Binding, columns: readonly Column[], table: Table, from: number, rows: number, input: string, buffers: Map<string, TensorData>): Record<string, Tensor> {
  const reuse = (name: string, type: InputType, size: number): TensorData => {
    if (rows < ONNX_BATCH_ROWS) return newTensorData(type, size)
    const kept = buffers.get(name) ?? newTensorData(type, size)
    buffers.set(name, kept)
    return kept
  }
  if (binding.kind === 'tensor') {
    const width = columns.length
    const data = reuse(binding.name, binding.type, rows * width)
    columns.forEach((col, c) => fillColumn(data, col, table, from, rows, c, width, binding.type, input))
    return { [binding.name]: new ort.Tensor(binding.type, data, [rows, width]) }
  }
  const feeds: Record<string, Tensor> = {}
  binding.inputs.forEach((graphInput, index) => {
    const data = reuse(graphInput.name, graphInput.type, rows)
    fillColumn(data, columns[index]!, table, from, rows, 0, 1, graphInput.type, input)
    feeds[graphInput.name] = new ort.Tensor(graphInput.type, data, graphInput.rank === 2 ? [rows, 1] : [rows])
  })
  return feeds
}

type TensorData = Float32Array | Float64Array | BigInt64Array | string[]

function newTensorData(type: InputType, size: number): TensorData {
  if (type === 'float32') return new Float32Array(size)
  if (type === 'float64') return new Float64Array(size)
  if (type === 'int64') return new BigInt64Array(size)
  return new Array<string>(size).fill('')
}

/** Copies rows [from, from + rows) of a column into column `c` of a row-major [rows, width] tensor. */
function fillColumn(data: TensorData, col: Column, table: Table, from: number, rows: number, c: number, width: number, type: InputType, input: string): void {
  if (type === 'string') {
    for (let row = 0; row < rows; row++) (data as string[])[row * width + c] = col.kind === 'string' ? (col.values[from + row] ?? '') : String(col.values[from + row])
    return
  }
  if (col.kind === 'string') {
    const row = col.values.findIndex((value) => value !== null)
    const where = row >= 0 ? ` ('${col.values[row]}' on line ${table.lines[row]} of ${table.files[table.fileOfRow[row]!]?.path ?? 'the data'})` : ''
    throw new UserError(`Input '${input}': column '${col.name}' holds text${where}, but the model reads numbers from it.`)
  }
  if (type === 'int64') {
    for (let row = 0; row < rows; row++) {
      const value = col.values[from + row]!
      if (!Number.isInteger(value)) throw new UserError(`Input '${input}': column '${col.name}' holds ${value} on line ${table.lines[from + row]}, but the model reads integers from it.`)
      ;(data as BigInt64Array)[row * width + c] = BigInt(value)
    }
    return
  }
  const numbers = data as Float32Array | Float64Array
  for (let row = 0; row < rows; row++) numbers[row * width + c] = col.values[from + row]!
}

/** Labels as the metrics compare them: int64 labels as numbers. */
function labelsOf(tensor: Tensor): Label[] {
  const data = tensor.data
  if (data instanceof BigInt64Array) return Array.from(data, Number)
  if (Array.isArray(data)) return data
  return Array.from(data as ArrayLike<number>)
}

/** Row-major [rows, C] scores into one column per class, one class at a time (a tight loop per column). */
function copyScores(data: Float32Array | Float64Array, columns: Float64Array[], from: number, rows: number): void {
  const width = columns.length
  for (let c = 0; c < width; c++) {
    const column = columns[c]!
    for (let row = 0, at = c; row < rows; row++, at += width) column[from + row] = data[at]!
  }
}

/** The class of each row's largest score; the first on a tie, as numpy's argmax. */
function labelByArgmax(data: Float32Array | Float64Array, classes: readonly Label[], labels: Label[], from: number, rows: number): void {
  const width = classes.length
  for (let row = 0, at = 0; row < rows; row++, at += width) {
    let best = 0
    for (let c = 1; c < width; c++) if (data[at + c]! > data[at + best]!) best = c
    labels[from + row] = classes[best]!
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim()
}

/** The class labels a classifier node of the ONNX graph at `path` declares, if any. */
export function onnxGraphClasses(path: string, input: string): Label[] | undefined {
  try {
    return prepareGraph(readWholeFile(input, path, 'weights')).classes
  } catch (error) {
    if (error instanceof NotOnnxError) throw new UserError(`Input '${input}': '${path}' is not an ONNX model ONNX Runtime can load (not an ONNX protobuf).`)
    throw error
  }
}
