import type { Task } from '../../metrics/index.js'
import type { PredictFileResult } from '../../predict/index.js'
import { formatCount, md, mdCode, table } from '../../report/index.js'
import type { PredictOptions } from './index.js'

/** One batch prediction run: what was read, with which model, and what was written. */
export interface BatchPrediction extends PredictFileResult {
  seconds: number
  model: { name: string; flavor: string; task: Task; version?: number; digest?: string }
}

/** The JSON report: enough to say later which model scored which files into which output. */
export function predictReport(result: BatchPrediction, options: PredictOptions) {
  return {
    rows: result.rows,
    model: result.model,
    data: { files: result.files },
    output: { path: options.output, format: options.format, columns: result.columns },
    idColumns: options.idColumns,
    batchRows: options.batchRows,
    batches: result.batches,
    seconds: round(result.seconds),
    rowsPerSecond: result.seconds > 0 ? Math.round(result.rows / result.seconds) : null,
  }
}

/** The job summary: one table. */
export function predictSummary(result: BatchPrediction, options: PredictOptions): string {
  const { model } = result
  const rate = result.seconds > 0 ? `, ${formatCount(Math.round(result.rows / result.seconds))} rows/s` : ''
  const rows = [
    ['model', md(`${mdCode(model.name)} (${model.flavor} ${model.task})`)],
    ...(model.digest ? [['sha256', md(mdCode(model.digest))]] : []),
    ['data', md(result.files.map((file) => mdCode(file.path)).join(', '))],
    ['rows', `${formatCount(result.rows)} in ${round(result.seconds)} s${rate}`],
    ['output', md(`${mdCode(options.output)} (${options.format === 'csv' ? 'CSV' : 'JSON Lines'}): ${result.columns.map((name) => mdCode(name)).join(', ')}`)],
  ]
  return `## Batch prediction\n\n${table(['', ''], rows)}\n`
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}
