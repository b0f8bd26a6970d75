import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { UserError } from '../errors/index.js'
import { defaultThresholds } from './evaluate.js'
import { readMetricsFile } from './baseline.js'
import type { MetricThreshold } from '../gate/index.js'
import { METRICS_BY_NAME } from '../metrics/index.js'
import { MODEL_DIR_FILES, modelDirFile, readManifest, readModelMetadata } from '../model/index.js'

/** One model directory among several, as `train` left it: its name, params and validation metric. */
export interface CandidateSummary {
  dir: string
  /** The directory's own name, e.g. a sweep leg's `lr-0.01-3f2a9c1b`. */
  name: string
  /** The params metadata.json records, as train was given them; undefined when it records none. */
  params?: unknown
  value: number
  selected: boolean
}

export interface CandidateSelection {
  metric: string
  greaterIsBetter: boolean
  candidates: CandidateSummary[]
  selected: CandidateSummary
}

/**
 * The best of several model directories by a metric of each one's own validation metrics.json,
 * in the direction the gate knows it (built in, or `greater-is-better` in the thresholds). `dirs`
 * come sorted, and a tie goes to the first, so the same directories always select the same one.
 * The metric defaults to the first thresholded one, else the task's main metric (accuracy, rmse).
 */
export function selectCandidate(dirs: readonly string[], selectBy: string | undefined, thresholds: readonly MetricThreshold[]): CandidateSelection {
  if (dirs.length === 0) throw new Error('selectCandidate needs at least one directory')
  const metric = selectBy ?? thresholds[0]?.metric ?? defaultThresholds(taskOf(dirs[0]!)).at(0)!.metric
  const greaterIsBetter = directionOf(metric, thresholds)
  const values = dirs.map((dir) => validationValue(dir, metric))
  let best = 0
  values.forEach((value, i) => {
    if (greaterIsBetter ? value > values[best]! : value < values[best]!) best = i
  })
  const candidates = dirs.map((dir, i) => ({ dir, name: basename(dir), ...paramsOf(dir), value: values[i]!, selected: i === best }))
  return { metric, greaterIsBetter, candidates, selected: candidates[best]! }
}

function directionOf(metric: string, thresholds: readonly MetricThreshold[]): boolean {
  const known = thresholds.find((t) => t.metric === metric)?.greaterIsBetter ?? METRICS_BY_NAME.get(metric)?.greaterIsBetter
  if (known === undefined)
    throw new UserError(`Input 'select-by': '${metric}' is not a built-in metric; give its direction in 'thresholds' (${metric}: {greater-is-better: true}) or select by a built-in metric.`)
  return known
}

/** The metric from the validation metrics.json train wrote in `dir`; its absence names the directory. */
function validationValue(dir: string, metric: string): number {
  const path = modelDirFile(dir, 'metrics')
  if (!existsSync(path)) throw new UserError(`Input 'model-dir': candidate '${dir}' has no ${MODEL_DIR_FILES.metrics} to select by; train writes one in every model directory.`)
  const value = readMetricsFile(path, 'model-dir')[metric]
  if (value === undefined) throw new UserError(`Input 'select-by': candidate '${dir}' has no '${metric}' in its ${MODEL_DIR_FILES.metrics} ('${path}'), so it cannot be compared with the others.`)
  return value
}

function paramsOf(dir: string): { params?: unknown } {
  const params = readModelMetadata(dir, 'model-dir')?.params
  return params === undefined || params === null ? {} : { params }
}

/** The task the manifest names (or an older metadata.json), for the default metric. */
function taskOf(dir: string): 'classification' | 'regression' {
  const task = readManifest(dir, 'model-dir')?.task ?? readModelMetadata(dir, 'model-dir')?.task
  return task === 'regression' ? 'regression' : 'classification'
}
