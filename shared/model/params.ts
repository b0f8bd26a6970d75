import { UserError } from '../errors/index.js'

/** The built-in trainer's models. linear: logistic or linear regression. mlp: ReLU hidden layers of `hiddenUnits`. */
export const MODEL_KINDS = ['linear', 'mlp'] as const
export type ModelKind = (typeof MODEL_KINDS)[number]

/** Hyperparameters of the built-in trainer. */
export interface TrainParams {
  readonly epochs: number
  readonly batchSize: number
  /** Adam's step size. */
  readonly learningRate: number
  /** Width of each hidden ReLU layer; the mlp model only. */
  readonly hiddenUnits: readonly number[]
  /** Epochs without a lower validation loss before training stops; 0 trains every epoch. */
  readonly patience: number
  /** Keras-style L2 penalty on kernels (not biases): l2 * sum(w^2) is added to the loss. */
  readonly l2: number
  /** Trainable weights and biases allowed, checked before anything is allocated. */
  readonly maxParameters: number
  /** Categories of a text feature that get their own input; rarer ones share the unknown input. */
  readonly maxCategories: number
}

// 10 million float32 parameters are 40 MB each for the weights, the gradients, Adam's two
// moments and the best epoch's copy: about 200 MB, well inside a runner's 7 GB.
export const DEFAULT_TRAIN_PARAMS: TrainParams = {
  epochs: 50,
  batchSize: 256,
  learningRate: 0.01,
  hiddenUnits: [64, 64],
  patience: 5,
  l2: 0,
  maxParameters: 10_000_000,
  maxCategories: 100,
}

const INPUT = 'params'
const KEYS = Object.keys(DEFAULT_TRAIN_PARAMS) as (keyof TrainParams)[]

type Check = (value: unknown, key: string) => TrainParams[keyof TrainParams]

const CHECKS: { [K in keyof TrainParams]: Check } = {
  epochs: (value, key) => integer(value, key, 1),
  batchSize: (value, key) => integer(value, key, 1),
  learningRate: (value, key) => positiveNumber(value, key),
  hiddenUnits: (value, key) => layerWidths(value, key),
  patience: (value, key) => integer(value, key, 0),
  l2: (value, key) => nonNegativeNumber(value, key),
  maxParameters: (value, key) => integer(value, key, 1),
  maxCategories: (value, key) => integer(value, key, 1),
}

/**
 * Checks training parameters from YAML or JSON once, at the boundary, and fills in defaults.
 * Keys may be written batchSize, batch-size or batch_size.
 */
export function parseTrainParams(value: unknown): TrainParams {
  if (value === undefined || value === null) return DEFAULT_TRAIN_PARAMS
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`Input '${INPUT}' must be a mapping of training parameters such as {epochs: 50, batchSize: 256}, not ${show(value)}.`)
  }
  const params: Record<string, unknown> = { ...DEFAULT_TRAIN_PARAMS }
  const seen = new Map<string, string>()
  for (const [written, raw] of Object.entries(value)) {
    const key = camelCase(written)
    if (!(KEYS as string[]).includes(key)) throw new UserError(`Input '${INPUT}': unknown key '${written}'; the keys are ${KEYS.join(', ')}.`)
    const earlier = seen.get(key)
    if (earlier) throw new UserError(`Input '${INPUT}': '${earlier}' and '${written}' are the same key; give it once.`)
    seen.set(key, written)
    params[key] = CHECKS[key as keyof TrainParams](raw, written)
  }
  return params as unknown as TrainParams
}

function camelCase(key: string): string {
  return key.replace(/[-_]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}

function integer(value: unknown, key: string, min: number): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value
  throw invalid(key, min === 0 ? 'a non-negative integer' : 'a positive integer', value)
}

function positiveNumber(value: unknown, key: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value
  throw invalid(key, 'a positive number', value)
}

function nonNegativeNumber(value: unknown, key: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
  throw invalid(key, 'a number >= 0', value)
}

function layerWidths(value: unknown, key: string): number[] {
  const widths = typeof value === 'number' ? [value] : value
  if (!Array.isArray(widths) || widths.length === 0) throw invalid(key, 'a list of layer widths such as [64, 64]', value)
  return widths.map((width, i) => integer(width, `${key}[${i}]`, 1))
}

function invalid(key: string, expected: string, value: unknown): UserError {
  return new UserError(`Input '${INPUT}': '${key}' must be ${expected}, not ${show(value)}.`)
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined) return 'nothing'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
