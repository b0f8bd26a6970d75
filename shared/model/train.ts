import type * as tf from '@tensorflow/tfjs'
import { UserError } from '../errors/index.js'
import type { Label, Task } from '../metrics/index.js'
import type { Logger } from '../log/index.js'
import type { Table } from '../table/index.js'
import { initBackend, type BackendName } from './backend.js'
import { fitNetwork, show, type EpochRecord, type FitResult } from './fit.js'
import { toLayersModel } from './layers.js'
import { checkClassCount, checkParameterCount, reportPooling } from './limits.js'
import type { NetworkShape } from './network.js'
import type { ModelKind, TrainParams } from './params.js'
import type { Prediction } from './flavor.js'
import { predictTable, type ModelMeta } from './predict.js'
import { fitPreprocessing, stepWidth, transform, type Preprocessing } from './preprocess.js'
import { encodeTarget, type TargetScaling } from './target.js'

/** What trainModel fits: a table in memory, its rows already split. */
export interface TrainModelOptions {
  readonly table: Table
  readonly features: readonly string[]
  readonly target: string
  readonly task: Task
  readonly model: ModelKind
  readonly params: TrainParams
  /** Rows of `table` to fit on; all preprocessing statistics come from these alone. */
  readonly trainRows: Int32Array
  /** Rows of `table` for the per-epoch validation loss and early stopping. */
  readonly validationRows: Int32Array
  readonly seed: number
  readonly log?: Logger
}

export interface TrainedModel extends ModelMeta {
  readonly model: tf.LayersModel
  readonly kind: ModelKind
  readonly target: string
  readonly features: readonly string[]
  readonly preprocessing: Preprocessing
  readonly classes?: readonly Label[]
  readonly targetScaling?: TargetScaling
  readonly history: EpochRecord[]
  /** The epoch whose weights the model has. */
  readonly bestEpoch: number
  readonly backend: BackendName
  readonly stoppedEarly: boolean
  /** Predicts any table holding the feature columns, as the saved model would. */
  predict(table: Table, input?: string): Prediction
}

/**
 * Fits preprocessing and a network on the training rows; the same seed gives the same model.
 * The class count and the network's size are checked before the data is encoded or any weight allocated.
 */
export async function trainModel(options: TrainModelOptions): Promise<TrainedModel> {
  const { table, features, target, task, params, trainRows, validationRows, log } = options
  if (features.includes(target)) throw new UserError(`Input 'features': '${target}' is the target; it cannot also be a feature.`)
  const backend = await initBackend(log)
  const encoded = encodeTarget(table, target, task, trainRows, validationRows)
  if (encoded.classes) checkClassCount(target, encoded.classes.length, trainRows.length + validationRows.length, log)
  const preprocessing = fitPreprocessing(table, features, trainRows, params.maxCategories)
  if (log) reportPooling(preprocessing, log)
  const inputs = preprocessing.steps.reduce((total, step) => total + stepWidth(step), 0)
  const shape = networkShape(options.model, task, inputs, encoded.classes?.length ?? 0, params)
  checkParameterCount(shape, options.model, params.maxParameters)
  const train = transform(preprocessing, table, trainRows)
  const validation = transform(preprocessing, table, validationRows)
  const data = { train, trainTargets: encoded.train, validation, validationTargets: encoded.validation }
  const title = `Training ${options.model} ${task} on ${train.rows} rows x ${train.width} inputs (${backend})`
  const started = performance.now()
  const fit = (): FitResult => fitNetwork(shape, data, params, options.seed, log)
  const result = log ? await log.group(title, async () => summarised(fit(), started, log)) : fit()
  const meta = { task, preprocessing, ...(encoded.classes && { classes: encoded.classes }), ...(encoded.scaling && { targetScaling: encoded.scaling }) }
  const model = toLayersModel(shape, result.weights)
  return {
    ...meta,
    model,
    kind: options.model,
    target,
    features: [...features],
    preprocessing,
    history: result.history,
    bestEpoch: result.bestEpoch,
    backend,
    stoppedEarly: result.stoppedEarly,
    predict: (rows: Table, input?: string) => predictTable(model, meta, rows, input),
  }
}

/** Two classes get one sigmoid output (P of the second class), more get softmax. */
export function networkShape(kind: ModelKind, task: Task, inputs: number, classes: number, params: TrainParams): NetworkShape {
  const hidden = kind === 'mlp' ? params.hiddenUnits : []
  if (task === 'regression') return { inputs, hidden, outputs: 1, head: 'linear' }
  return classes === 2 ? { inputs, hidden, outputs: 1, head: 'sigmoid' } : { inputs, hidden, outputs: classes, head: 'softmax' }
}

function summarised(result: FitResult, started: number, log: Logger): FitResult {
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const best = result.history[result.bestEpoch - 1]!
  const loss = Number.isNaN(best.valLoss) ? `loss ${show(best.loss)}` : `val_loss ${show(best.valLoss)}`
  log.info(`${result.stoppedEarly ? 'Stopped early' : 'Finished'} after ${result.history.length} epochs in ${seconds} s; keeping the weights of epoch ${result.bestEpoch} (${loss}).`)
  return result
}
