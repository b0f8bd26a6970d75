import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import type { ProgressChannel } from '../progress/index.js'
import { Adam } from './adam.js'
import { emptyBatch, fillBatch, Shuffler } from './batches.js'
import { copyWeights, datasetLoss, initialWeights, trainStep, weightList, zerosLike, type NetworkShape, type Weights } from './network.js'
import type { TrainParams } from './params.js'
import type { Matrix } from './preprocess.js'

export interface EpochRecord {
  readonly epoch: number
  /** Mean training loss over the epoch's batches, as Keras reports it. */
  readonly loss: number
  /** Loss on the validation rows after the epoch; NaN without validation rows. */
  readonly valLoss: number
}

export interface FitData {
  readonly train: Matrix
  readonly trainTargets: Float32Array
  readonly validation: Matrix
  readonly validationTargets: Float32Array
}

export interface FitResult {
  /** The weights of `bestEpoch`. */
  readonly weights: Weights
  readonly history: EpochRecord[]
  readonly bestEpoch: number
  readonly stoppedEarly: boolean
}

/**
 * Minibatch Adam, reshuffled every epoch from the seed. With patience > 0, stops once the
 * validation loss (the training loss without validation rows) has not fallen for `patience`
 * epochs, and returns the weights of the best epoch, like Keras' EarlyStopping with
 * restore_best_weights. With patience 0, trains every epoch and keeps the last weights.
 */
export function fitNetwork(shape: NetworkShape, data: FitData, params: TrainParams, seed: number, log?: Logger & Partial<ProgressChannel>): FitResult {
  const { train, trainTargets } = data
  // Rows of all epochs, told at every batch: the reporter reads the clock, no more, until a line is due.
  const progress = log?.progress?.('Training')
  const totalRows = train.rows * params.epochs
  const weights = initialWeights(shape, seed)
  const gradients = zerosLike(weights)
  const parameters = weightList(weights)
  const parameterGradients = weightList(gradients)
  const adam = new Adam(parameters.map((values) => values.length), params.learningRate)
  const shuffler = new Shuffler(seed)
  const batchSize = Math.min(params.batchSize, train.rows)
  const batch = emptyBatch(batchSize, train.width)
  const history: EpochRecord[] = []
  let best = { epoch: 0, loss: Infinity, weights: copyWeights(weights) }
  let stoppedEarly = false
  try {
    for (let epoch = 1; epoch <= params.epochs; epoch++) {
      const order = shuffler.order(train.rows)
      let sum = 0
      for (let start = 0; start < train.rows; start += batchSize) {
        const size = Math.min(batchSize, train.rows - start)
        fillBatch(batch, train.matrix, train.width, trainTargets, order, start, size)
        sum += size * trainStep(shape, weights, batch, params.l2, gradients)
        adam.step(parameters, parameterGradients)
        progress?.update((epoch - 1) * train.rows + start + size, totalRows, 'rows')
      }
      const loss = sum / train.rows
      const valLoss = datasetLoss(shape, weights, data.validation.matrix, data.validationTargets, params.l2)
      history.push({ epoch, loss, valLoss })
      log?.info(`epoch ${epoch}/${params.epochs}: loss ${show(loss)}${Number.isNaN(valLoss) ? '' : `, val_loss ${show(valLoss)}`}`)
      if (!Number.isFinite(loss)) {
        if (best.epoch === 0) throw new UserError(`Input 'params': training diverged (loss ${loss} in epoch ${epoch}); lower 'learningRate' (now ${params.learningRate}).`)
        log?.warning(`Training diverged in epoch ${epoch}; keeping the weights of epoch ${best.epoch}.`)
        stoppedEarly = true
        break
      }
      const monitored = Number.isNaN(valLoss) ? loss : valLoss
      if (monitored < best.loss) best = { epoch, loss: monitored, weights: copyWeights(weights) }
      else if (params.patience > 0 && epoch - best.epoch >= params.patience) {
        stoppedEarly = true
        break
      }
    }
  } finally {
    progress?.end()
  }
  if (params.patience === 0 && !stoppedEarly) return { weights, history, bestEpoch: history.length, stoppedEarly }
  return { weights: best.weights, history, bestEpoch: best.epoch, stoppedEarly }
}

export function show(loss: number): string {
  return Number.isFinite(loss) ? String(Number(loss.toPrecision(4))) : String(loss)
}
