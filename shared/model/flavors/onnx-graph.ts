import type { Label } from '../../metrics/index.js'

/**
 * Reads and edits the few parts of an ONNX ModelProto the onnx flavor needs, on the protobuf
 * wire format itself, so that no ONNX schema ships in the bundle. Field numbers are onnx.proto's.
 */
const MODEL_GRAPH = 7
const GRAPH_NODE = 1
const GRAPH_OUTPUT = 12
const NODE_INPUT = 1
const NODE_OUTPUT = 2
const NODE_OP_TYPE = 4
const NODE_ATTRIBUTE = 5
const ATTRIBUTE_NAME = 1
const ATTRIBUTE_INTS = 8
const ATTRIBUTE_STRINGS = 9
const TENSOR_FLOAT = 1

const LENGTH_DELIMITED = 2
const CLASS_ATTRIBUTES = new Set(['classlabels_strings', 'classlabels_int64s', 'classlabels_ints'])

/** One field of a message: its number, wire type, and where its bytes are. */
interface Field {
  readonly number: number
  readonly wire: number
  /** The whole record, tag included. */
  readonly start: number
  readonly end: number
  /** The value: the payload of a length-delimited field, the varint's bytes otherwise. */
  readonly valueStart: number
}

export class NotOnnxError extends Error {}

/** What the flavor learns from the graph, and the graph ONNX Runtime can run in JavaScript. */
export interface PreparedGraph {
  readonly bytes: Uint8Array
  /** The class labels a classifier node of the graph declares, in its probability order. */
  readonly classes?: Label[]
  /** ZipMap outputs replaced by their probability tensor: the tensor's name, by the output's. */
  readonly unzipped: ReadonlyMap<string, string>
}

/**
 * onnxruntime-web cannot read a sequence of maps, which scikit-learn converters emit through a
 * final ZipMap. Each ZipMap that gives a graph output is dropped, and the [N, C] probability
 * tensor it reads becomes the output instead: the same numbers, in the order of its classes.
 */
export function prepareGraph(model: Uint8Array): PreparedGraph {
  const modelFields = fieldsOf(model, 0, model.length)
  const graphs = modelFields.filter((field) => field.number === MODEL_GRAPH && field.wire === LENGTH_DELIMITED)
  if (graphs.length !== 1) throw new NotOnnxError('no graph')
  const graph = graphs[0]!
  const graphFields = fieldsOf(model, graph.valueStart, graph.end)
  const outputs = graphFields.filter((field) => field.number === GRAPH_OUTPUT).map((field) => ({ field, name: stringField(model, field, 1) }))
  const outputNames = new Set(outputs.map((output) => output.name))
  const unzipped = new Map<string, string>()
  const dropped = new Set<Field>()
  let classes: Label[] | undefined
  for (const field of graphFields.filter((candidate) => candidate.number === GRAPH_NODE)) {
    const node = fieldsOf(model, field.valueStart, field.end)
    const opType = textOf(model, node.find((f) => f.number === NODE_OP_TYPE))
    classes ??= classLabels(model, node)
    if (opType !== 'ZipMap') continue
    const input = textOf(model, node.find((f) => f.number === NODE_INPUT))
    const output = textOf(model, node.find((f) => f.number === NODE_OUTPUT))
    if (!outputNames.has(output)) continue
    unzipped.set(output, input)
    dropped.add(field)
  }
  if (unzipped.size === 0) return { bytes: model, ...(classes && { classes }), unzipped }
  const replacements = new Map<Field, Uint8Array>()
  for (const { field, name } of outputs) {
    const source = unzipped.get(name)
    if (source === undefined) continue
    // A tensor the graph already gives as an output is not listed twice.
    replacements.set(field, outputNames.has(source) ? new Uint8Array() : record(GRAPH_OUTPUT, floatTensorValueInfo(source)))
  }
  const newGraph = rebuild(model, graphFields, graph.valueStart, graph.end, (field) => (dropped.has(field) ? new Uint8Array() : replacements.get(field)))
  const bytes = rebuild(model, modelFields, 0, model.length, (field) => (field === graph ? record(MODEL_GRAPH, newGraph) : undefined))
  return { bytes, ...(classes && { classes }), unzipped }
}

function classLabels(bytes: Uint8Array, node: Field[]): Label[] | undefined {
  for (const attribute of node.filter((field) => field.number === NODE_ATTRIBUTE)) {
    const fields = fieldsOf(bytes, attribute.valueStart, attribute.end)
    const name = textOf(bytes, fields.find((field) => field.number === ATTRIBUTE_NAME))
    if (!CLASS_ATTRIBUTES.has(name)) continue
    if (name === 'classlabels_strings') return fields.filter((field) => field.number === ATTRIBUTE_STRINGS).map((field) => textOf(bytes, field))
    const labels: number[] = []
    for (const field of fields.filter((candidate) => candidate.number === ATTRIBUTE_INTS)) {
      if (field.wire !== LENGTH_DELIMITED) labels.push(Number(BigInt.asIntN(64, readVarint(bytes, field.valueStart).value)))
      // Packed: one varint after another.
      else for (let at = field.valueStart; at < field.end; ) {
        const { value, next } = readVarint(bytes, at)
        labels.push(Number(BigInt.asIntN(64, value)))
        at = next
      }
    }
    return labels
  }
  return undefined
}

function fieldsOf(bytes: Uint8Array, from: number, to: number): Field[] {
  const fields: Field[] = []
  let at = from
  while (at < to) {
    const start = at
    const tag = readVarint(bytes, at)
    const number = Number(tag.value >> 3n)
    const wire = Number(tag.value & 7n)
    if (number === 0) throw new NotOnnxError('field 0')
    at = tag.next
    let valueStart = at
    if (wire === 0) at = readVarint(bytes, at).next
    else if (wire === 1) at += 8
    else if (wire === 5) at += 4
    else if (wire === LENGTH_DELIMITED) {
      const length = readVarint(bytes, at)
      valueStart = length.next
      at = length.next + Number(length.value)
    } else throw new NotOnnxError(`wire type ${wire}`)
    if (at > to) throw new NotOnnxError('truncated')
    fields.push({ number, wire, start, end: at, valueStart })
  }
  return fields
}

function readVarint(bytes: Uint8Array, from: number): { value: bigint; next: number } {
  let value = 0n
  for (let at = from, shift = 0n; at < bytes.length && shift < 70n; at++, shift += 7n) {
    const byte = bytes[at]!
    value |= BigInt(byte & 0x7f) << shift
    if (byte < 0x80) return { value, next: at + 1 }
  }
  throw new NotOnnxError('bad varint')
}

function textOf(bytes: Uint8Array, field: Field | undefined): string {
  return field && field.wire === LENGTH_DELIMITED ? new TextDecoder().decode(bytes.subarray(field.valueStart, field.end)) : ''
}

function stringField(bytes: Uint8Array, message: Field, number: number): string {
  return textOf(bytes, fieldsOf(bytes, message.valueStart, message.end).find((field) => field.number === number))
}

/** The message's bytes with some records replaced (by `replace`'s answer) and the rest kept. */
function rebuild(bytes: Uint8Array, fields: Field[], from: number, to: number, replace: (field: Field) => Uint8Array | undefined): Uint8Array {
  const parts: Uint8Array[] = []
  let at = from
  for (const field of fields) {
    const replacement = replace(field)
    if (replacement === undefined) continue
    parts.push(bytes.subarray(at, field.start), replacement)
    at = field.end
  }
  parts.push(bytes.subarray(at, to))
  return concat(parts)
}

/** ValueInfoProto {name, type: {tensor_type: {elem_type: FLOAT}}}. */
function floatTensorValueInfo(name: string): Uint8Array {
  const tensorType = concat([varint(1 << 3), varint(TENSOR_FLOAT)])
  return concat([record(1, new TextEncoder().encode(name)), record(2, record(1, tensorType))])
}

function record(number: number, payload: Uint8Array): Uint8Array {
  return concat([varint((number << 3) | LENGTH_DELIMITED), varint(payload.length), payload])
}

function varint(value: number): Uint8Array {
  const out: number[] = []
  for (let rest = value; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) {
      out.push(rest)
      return Uint8Array.from(out)
    }
    out.push((rest % 128) | 0x80)
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
