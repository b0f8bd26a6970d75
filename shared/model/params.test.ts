import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { DEFAULT_TRAIN_PARAMS, parseTrainParams } from './params.js'

describe('parseTrainParams', () => {
  it('fills in the defaults', () => {
    expect(parseTrainParams(undefined)).toEqual({ epochs: 50, batchSize: 256, learningRate: 0.01, hiddenUnits: [64, 64], patience: 5, l2: 0, maxParameters: 10_000_000, maxCategories: 100 })
    expect(parseTrainParams({ epochs: 3 })).toEqual({ ...DEFAULT_TRAIN_PARAMS, epochs: 3 })
  })

  it('reads keys written in camel, kebab or snake case', () => {
    expect(parseTrainParams({ 'batch-size': 32, learning_rate: 0.1, hiddenUnits: 16, patience: 0, l2: 1e-4, 'max-parameters': 500, max_categories: 20 })).toEqual({
      epochs: 50,
      batchSize: 32,
      learningRate: 0.1,
      hiddenUnits: [16],
      patience: 0,
      l2: 1e-4,
      maxParameters: 500,
      maxCategories: 20,
    })
  })

  it.each([
    [{ epochs: 'x' }, `Input 'params': 'epochs' must be a positive integer, not "x".`],
    [{ epochs: 0 }, `Input 'params': 'epochs' must be a positive integer, not 0.`],
    [{ 'batch-size': 2.5 }, `Input 'params': 'batch-size' must be a positive integer, not 2.5.`],
    [{ learningRate: -1 }, `Input 'params': 'learningRate' must be a positive number, not -1.`],
    [{ hiddenUnits: [64, 0] }, `Input 'params': 'hiddenUnits[1]' must be a positive integer, not 0.`],
    [{ hiddenUnits: [] }, `Input 'params': 'hiddenUnits' must be a list of layer widths such as [64, 64], not [].`],
    [{ patience: -1 }, `Input 'params': 'patience' must be a non-negative integer, not -1.`],
    [{ l2: null }, `Input 'params': 'l2' must be a number >= 0, not null.`],
    [{ 'max-parameters': 1e6 + 0.5 }, `Input 'params': 'max-parameters' must be a positive integer, not 1000000.5.`],
    [{ maxCategories: 0 }, `Input 'params': 'maxCategories' must be a positive integer, not 0.`],
    [{ epoch: 5 }, `Input 'params': unknown key 'epoch'; the keys are epochs, batchSize, learningRate, hiddenUnits, patience, l2, maxParameters, maxCategories.`],
    [{ batchSize: 8, batch_size: 8 }, `Input 'params': 'batchSize' and 'batch_size' are the same key; give it once.`],
    [[1, 2], `Input 'params' must be a mapping of training parameters such as {epochs: 50, batchSize: 256}, not [1,2].`],
  ])('rejects %j', (value, message) => {
    expect(() => parseTrainParams(value)).toThrow(new UserError(message))
  })
})
