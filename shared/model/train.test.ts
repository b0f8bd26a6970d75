import { beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import type { Label } from '../metrics/index.js'
import type { Logger } from '../log/index.js'
import { loadTable, type Column, type Table } from '../table/index.js'
import { parseTrainParams } from './params.js'
import { trainModel, type TrainModelOptions } from './train.js'

const data = (name: string): string => `node_modules/vega-datasets/data/${name}`
const PENGUIN_FEATURES = ['Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex']

let penguins: Table
let cars: Table

beforeAll(async () => {
  penguins = await loadTable(data('penguins.json'))
  cars = await loadTable(data('cars.json'))
})

/** Every fifth row validates, the rest train. */
function split(rows: number[]): { trainRows: Int32Array; validationRows: Int32Array } {
  return { trainRows: Int32Array.from(rows.filter((_, i) => i % 5 !== 0)), validationRows: Int32Array.from(rows.filter((_, i) => i % 5 === 0)) }
}

const allRows = (table: Table): number[] => Array.from({ length: table.rows }, (_, i) => i)

/** A one-file table from literal columns, rows on lines 2, 3, … of data.csv. */
function literalTable(columns: Record<string, number[] | string[]>): Table {
  const cols: Column[] = Object.entries(columns).map(([name, values]) =>
    typeof values[0] === 'string' ? { name, kind: 'string', values: values as string[] } : { name, kind: 'number', values: Float64Array.from(values as number[]) },
  )
  const rows = Object.values(columns)[0]!.length
  return { columns: cols, rows, lines: Int32Array.from({ length: rows }, (_, i) => i + 2), fileOfRow: new Uint16Array(rows), files: [{ path: 'data.csv', format: 'csv', sha256: '' }], hash: '' }
}

/** A logger that keeps its lines, warnings prefixed. */
function recordingLog(lines: string[]): Logger {
  return { info: (message) => lines.push(message), warning: (message) => lines.push(`warning: ${message}`), group: async (_title, body) => body() }
}

function penguinOptions(overrides: Partial<TrainModelOptions> = {}): TrainModelOptions {
  return {
    table: penguins,
    features: PENGUIN_FEATURES,
    target: 'Species',
    task: 'classification',
    model: 'mlp',
    params: parseTrainParams({ epochs: 60 }),
    ...split(allRows(penguins)),
    seed: 1,
    ...overrides,
  }
}

function accuracy(table: Table, target: string, labels: readonly Label[], rows: Int32Array): number {
  const truth = table.columns.find((col) => col.name === target)!.values
  let right = 0
  for (const row of rows) if (labels[row] === truth[row]) right++
  return right / rows.length
}

describe('trainModel', () => {
  it.each(['linear', 'mlp'] as const)('classifies penguin species with validation accuracy above 0.9 with a %s model, on wasm', async (model) => {
    const options = penguinOptions({ model })
    const trained = await trainModel(options)
    expect(trained.backend).toBe('wasm')
    expect(trained.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo'])
    const prediction = trained.predict(penguins)
    expect(prediction.task).toBe('classification')
    if (prediction.task !== 'classification') return
    expect(accuracy(penguins, 'Species', prediction.labels, options.validationRows)).toBeGreaterThan(0.9)
    for (let row = 0; row < penguins.rows; row += 37) {
      expect(prediction.probabilities!.reduce((sum, column) => sum + column[row]!, 0)).toBeCloseTo(1, 5)
    }
  })

  it('gives identical predictions for the same seed and different ones for another', async () => {
    const first = (await trainModel(penguinOptions({ params: parseTrainParams({ epochs: 5, patience: 0 }) }))).predict(penguins)
    const again = (await trainModel(penguinOptions({ params: parseTrainParams({ epochs: 5, patience: 0 }) }))).predict(penguins)
    const other = (await trainModel(penguinOptions({ params: parseTrainParams({ epochs: 5, patience: 0 }), seed: 2 }))).predict(penguins)
    if (first.task !== 'classification' || again.task !== 'classification' || other.task !== 'classification') throw new Error('not classification')
    expect(again.probabilities).toEqual(first.probabilities)
    expect(other.probabilities).not.toEqual(first.probabilities)
  })

  it('stops early on validation loss, keeps the best epoch, and logs each epoch in a group', async () => {
    const lines: string[] = []
    const log: Logger = {
      info: (message) => lines.push(message),
      warning: (message) => lines.push(`warning: ${message}`),
      group: async (title, body) => {
        lines.push(`group: ${title}`)
        return body()
      },
    }
    const trained = await trainModel(penguinOptions({ params: parseTrainParams({ epochs: 300, patience: 3 }), log }))
    expect(trained.stoppedEarly).toBe(true)
    expect(trained.history.length).toBe(trained.bestEpoch + 3)
    const best = Math.min(...trained.history.map((epoch) => epoch.valLoss))
    expect(trained.history[trained.bestEpoch - 1]!.valLoss).toBe(best)
    expect(lines[0]).toBe('group: Training mlp classification on 275 rows x 12 inputs (wasm)')
    expect(lines[1]).toMatch(/^epoch 1\/300: loss \d\.\d+, val_loss \d\.\d+$/)
  })

  it('predicts car horsepower from the other columns with R² above 0.8', async () => {
    const horsepower = cars.columns.find((col) => col.name === 'Horsepower')!.values as Float64Array
    const known = allRows(cars).filter((row) => !Number.isNaN(horsepower[row]!))
    const { trainRows, validationRows } = split(known)
    for (const model of ['linear', 'mlp'] as const) {
      const trained = await trainModel({
        table: cars,
        features: ['Miles_per_Gallon', 'Cylinders', 'Displacement', 'Weight_in_lbs', 'Acceleration', 'Origin'],
        target: 'Horsepower',
        task: 'regression',
        model,
        params: parseTrainParams({ epochs: 200, batchSize: 32 }),
        trainRows,
        validationRows,
        seed: 0,
      })
      const prediction = trained.predict(cars)
      if (prediction.task !== 'regression') throw new Error('not regression')
      const truth = [...validationRows].map((row) => horsepower[row]!)
      const mean = truth.reduce((a, b) => a + b, 0) / truth.length
      const residual = [...validationRows].reduce((sum, row, i) => sum + (prediction.values[row]! - truth[i]!) ** 2, 0)
      const total = truth.reduce((sum, value) => sum + (value - mean) ** 2, 0)
      expect(1 - residual / total).toBeGreaterThan(0.8)
      expect(trained.targetScaling!.mean).toBeGreaterThan(90)
    }
  })

  it('predicts rows from an island it never saw, through the unknown column', async () => {
    const trained = await trainModel(penguinOptions({ model: 'linear' }))
    const columns = penguins.columns.map((col) => (col.name === 'Island' ? { ...col, kind: 'string' as const, values: Array.from({ length: penguins.rows }, () => 'Atlantis') } : col)) as Table['columns']
    const prediction = trained.predict({ ...penguins, columns })
    if (prediction.task !== 'classification') throw new Error('not classification')
    expect(prediction.labels).toHaveLength(penguins.rows)
    expect(prediction.probabilities!.every((column) => column.every((p) => p >= 0 && p <= 1))).toBe(true)
  })

  it('names the target column and the first line of a row without a target', async () => {
    const options = { ...penguinOptions(), table: cars, target: 'Horsepower', task: 'regression' as const, features: ['Cylinders'], ...split(allRows(cars)) }
    await expect(trainModel(options)).rejects.toThrow(UserError)
    await expect(trainModel(options)).rejects.toThrow(/^Input 'target': column 'Horsepower' has no value on line 39 of .*cars\.json and 5 more rows\./)
  })

  it('refuses a target among the features and text as a regression target', async () => {
    await expect(trainModel(penguinOptions({ features: ['Species', 'Island'] }))).rejects.toThrow(`Input 'features': 'Species' is the target; it cannot also be a feature.`)
    await expect(trainModel(penguinOptions({ task: 'regression' }))).rejects.toThrow(`Input 'target': column 'Species' holds text ("Adelie" on line`)
  })

  it('refuses a network over maxParameters before allocating any of it, naming the params and the count', async () => {
    const started = performance.now()
    await expect(trainModel(penguinOptions({ params: parseTrainParams({ hiddenUnits: [30000, 30000] }) }))).rejects.toThrow(
      new UserError(
        `Input 'params': the mlp model would have 900,510,003 trainable parameters (12 inputs, hiddenUnits [30000, 30000], 3 outputs), more than 'maxParameters' (10,000,000); use fewer or narrower hidden layers ('hiddenUnits'), or raise 'maxParameters'.`,
      ),
    )
    expect(performance.now() - started).toBeLessThan(5000)
    await expect(trainModel(penguinOptions({ model: 'linear', params: parseTrainParams({ maxParameters: 38 }) }))).rejects.toThrow(
      `Input 'params': the linear model would have 39 trainable parameters (12 inputs, 3 outputs), more than 'maxParameters' (38); use fewer features or a lower 'maxCategories', or raise 'maxParameters'.`,
    )
  })

  it('gives a text feature at most maxCategories inputs, pooling the rarer categories and saying so', async () => {
    // 300 distinct cities, city 0 on 61 rows and every other on 1 of the remaining 299.
    const cities = Array.from({ length: 360 }, (_, i) => `city ${i < 61 ? 0 : i - 60}`)
    const table = literalTable({ city: cities, x: cities.map((_, i) => i % 7), y: cities.map((_, i) => (i % 3 === 0 ? 'yes' : 'no')) })
    const lines: string[] = []
    const rows = Int32Array.from(allRows(table))
    const trained = await trainModel({ table, features: ['city', 'x'], target: 'y', task: 'classification', model: 'linear', params: parseTrainParams({ epochs: 1 }), trainRows: rows, validationRows: new Int32Array(0), seed: 0, log: recordingLog(lines) })
    const step = trained.preprocessing.steps[0]!
    expect(step.kind === 'category' && step.categories.length).toBe(100)
    expect(step.kind === 'category' && step.pooled).toEqual({ maxCategories: 100, categories: 200, rows: 200 })
    expect(trained.model.inputs[0]!.shape[1]).toBe(102)
    expect(lines).toContain(
      `warning: Input 'data': column 'city' has 300 categories in the training rows; the 100 most frequent get an input each and the other 200 (200 rows) share 'city=<unknown>'. Raise 'maxCategories' in 'params' to keep more.`,
    )
    // A pooled city predicts as an unseen one does.
    const pooled = trained.predict(literalTable({ city: ['city 299'], x: [1] }))
    const unseen = trained.predict(literalTable({ city: ['Atlantis'], x: [1] }))
    if (pooled.task !== 'classification' || unseen.task !== 'classification') throw new Error('not classification')
    expect(pooled.probabilities).toEqual(unseen.probabilities)
  })

  it('warns about a target with as many classes as an id, and refuses more than 1,000', async () => {
    const train = async (classes: number, rows: number, lines: string[] = []) => {
      const table = literalTable({ x: Array.from({ length: rows }, (_, i) => i), id: Array.from({ length: rows }, (_, i) => `c${i % classes}`) })
      const split = Int32Array.from(allRows(table))
      return trainModel({ table, features: ['x'], target: 'id', task: 'classification', model: 'linear', params: parseTrainParams({ epochs: 1 }), trainRows: split, validationRows: new Int32Array(0), seed: 0, log: recordingLog(lines) })
    }
    const lines: string[] = []
    await train(150, 300, lines)
    expect(lines).toContain(`warning: Input 'target': column 'id' has 150 classes for 300 rows; is it an id?`)
    const few: string[] = []
    await train(3, 4, few)
    expect(few.filter((line) => line.startsWith('warning'))).toEqual([])
    await expect(train(1001, 1200)).rejects.toThrow(
      new UserError(`Input 'target': column 'id' has 1,001 classes for 1,200 rows; the built-in trainer takes at most 1,000. Is it an id? Choose another target or group its classes.`),
    )
  })

  it('refuses an infinite number in a feature or a regression target before training, naming the line and file', async () => {
    const options = (x: number[], y: number[]): TrainModelOptions => {
      const table = literalTable({ x, y })
      return { table, features: ['x'], target: 'y', task: 'regression', model: 'linear', params: parseTrainParams({ epochs: 1 }), ...split(allRows(table)), seed: 0 }
    }
    await expect(trainModel(options([1, 2, 3, Infinity, 5, 6], [1, 2, 3, 4, 5, 6]))).rejects.toThrow(
      new UserError(`Input 'data': column 'x' holds Infinity on line 5 of data.csv; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`),
    )
    // Row 0 is a validation row: it counts too.
    await expect(trainModel(options([1, 2, 3, 4, 5, 6], [-Infinity, 2, 3, 4, 5, Infinity]))).rejects.toThrow(
      new UserError(`Input 'data': the target column 'y' holds -Infinity on line 2 of data.csv; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`),
    )
  })
})
