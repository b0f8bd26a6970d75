import { UserError } from '../errors/index.js'
import type { Label, Task } from '../metrics/index.js'
import { featureNames, type FeatureStep, type Preprocessing } from './preprocess.js'
import type { TargetScaling } from './target.js'
import type { ModelKind } from './params.js'
import type { TrainedModel } from './train.js'

/** preprocessing.json: everything besides the network that serving needs, as plain JSON. */
export interface PreprocessingFile {
  readonly format: typeof FORMAT
  readonly version: 1
  readonly task: Task
  readonly model: ModelKind
  readonly target: string
  readonly features: readonly string[]
  /** The encoded columns the network reads, for people reading the file. */
  readonly inputs: readonly string[]
  readonly classes?: readonly Label[]
  readonly targetScaling?: TargetScaling
  readonly preprocessing: Preprocessing
}

const FORMAT = 'mlops-actions/preprocessing'

export function toPreprocessingFile(trained: TrainedModel): PreprocessingFile {
  return {
    format: FORMAT,
    version: 1,
    task: trained.task,
    model: trained.kind,
    target: trained.target,
    features: trained.features,
    inputs: featureNames(trained.preprocessing),
    ...(trained.classes && { classes: trained.classes }),
    ...(trained.targetScaling && { targetScaling: trained.targetScaling }),
    preprocessing: trained.preprocessing,
  }
}

/** Checks a parsed preprocessing.json; a UserError names the file and what is wrong. */
export function parsePreprocessingFile(value: unknown, file: string, input: string): PreprocessingFile {
  const fail = (problem: string): never => {
    throw new UserError(`Input '${input}': ${file} is not a model's preprocessing file: ${problem}.`)
  }
  if (!isRecord(value)) return fail('it is not a JSON object')
  if (value.format !== FORMAT || value.version !== 1) fail(`format must be '${FORMAT}' version 1`)
  if (value.task !== 'classification' && value.task !== 'regression') fail(`task must be 'classification' or 'regression'`)
  if (value.model !== 'linear' && value.model !== 'mlp') fail(`model must be 'linear' or 'mlp'`)
  if (typeof value.target !== 'string') fail('target must be a column name')
  if (!isStringList(value.features)) fail('features must be a list of column names')
  if (!isRecord(value.preprocessing) || !Array.isArray(value.preprocessing.steps)) fail('preprocessing.steps is missing')
  const steps = (value.preprocessing as { steps: unknown[] }).steps
  steps.forEach((step, i) => {
    if (!isStep(step)) fail(`preprocessing.steps[${i}] is not a numeric or category step`)
  })
  if (value.task === 'classification') {
    const classes = value.classes
    if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string' || typeof c === 'number')) fail('classes must list at least two labels')
  } else if (!isRecord(value.targetScaling) || !isFiniteNumber(value.targetScaling.mean) || !isPositive(value.targetScaling.scale)) {
    fail('targetScaling needs a finite mean and a positive scale')
  }
  return value as unknown as PreprocessingFile
}

function isStep(step: unknown): step is FeatureStep {
  if (!isRecord(step) || typeof step.name !== 'string') return false
  if (step.kind === 'number') return isFiniteNumber(step.median) && isFiniteNumber(step.mean) && isPositive(step.scale)
  return step.kind === 'category' && isStringList(step.categories)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function isPositive(value: unknown): value is number {
  return isFiniteNumber(value) && value > 0
}
