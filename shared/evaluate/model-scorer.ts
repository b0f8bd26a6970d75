import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { prepareClassification, prepareRegression, type MetricInput } from '../metrics/index.js'
import { loadModelDir, type LoadedModel } from '../model/index.js'
import { column, takeRows, type Table } from '../table/index.js'
import { labels, numbers } from './predictions.js'
import type { ScoredModel } from './evaluate.js'

/** Single-row predictions timed for the latency percentiles. */
const LATENCY_SAMPLES = 100

/**
 * Loads a model directory through its flavor, predicts every row of the table, and times
 * single-row inference. A flavor's library (TensorFlow.js) loads only here, not for predictions files.
 */
export async function scoreModelDir(modelDir: string, table: Table, target: string | undefined, input: string): Promise<ScoredModel> {
  const model = await loadModelDir(modelDir, input)
  const targetName = target ?? model.target
  const metricInput = await predictionInput(model, table, targetName, target ? 'target' : input)
  return { input: metricInput, target: targetName, latency: await measureLatency(model, table), sizeBytes: directorySize(modelDir) }
}

/** The model's predictions on the table against its target column, ready for the metrics. */
export async function predictionInput(model: LoadedModel, table: Table, targetName: string, input: string): Promise<MetricInput> {
  const truth = column(table, targetName, input)
  const prediction = await model.predict(table)
  // The truth comes from the data, so its problems are named by the data's file and line.
  const where = `'data'`
  const lineOf = (row: number) => `line ${table.lines[row]} of ${table.files[table.fileOfRow[row]!]?.path ?? 'the data'}`
  return prediction.task === 'classification'
    ? prepareClassification({
        yTrue: labels(truth, where, lineOf),
        yPred: prediction.labels,
        ...(prediction.probabilities && { scores: { labels: prediction.classes, columns: prediction.probabilities } }),
      })
    : prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: prediction.values })
}

async function measureLatency(model: LoadedModel, table: Table): Promise<ScoredModel['latency']> {
  const samples = Math.min(model.latencySamples ?? LATENCY_SAMPLES, table.rows)
  const rows = Array.from({ length: samples }, (_, i) => takeRows(table, [Math.floor((i * table.rows) / samples)]))
  await model.predict(rows[0]!)
  const times: number[] = []
  for (const one of rows) {
    const start = process.hrtime.bigint()
    await model.predict(one)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95), rows: samples }
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.min(low + 1, sorted.length - 1)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low)
}

function directorySize(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size
  }
  return total
}
