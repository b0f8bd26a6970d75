import { execFileSync } from 'node:child_process'
import { UserError } from '../../errors/index.js'
import { parseYaml } from '../../yaml/index.js'
import type { Inputs } from '../../inputs/index.js'
import { namedPaths } from '../../output/index.js'
import { renderTrainSummary } from '../../report/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import type { HostContext } from '../../runtime/host.js'
import { MODEL_KINDS, trainModelDir, type Lineage, type TrainOptions, type TrainResult } from '../../train/index.js'
import { parseArtifactUpload, uploadModelArtifact } from './artifact.js'

export const TRAIN_TASKS = ['auto', 'classification', 'regression'] as const

export interface TrainCommandOptions extends TrainOptions {
  /** The artifact to upload the model directory as, when one is asked for; the host can upload it. */
  artifactName?: string
}

export const trainCommand: Command<TrainCommandOptions, TrainResult> = {
  action: 'train',
  cli: 'train',
  title: 'mlops train',
  description:
    'Train a model with TensorFlow.js (linear or MLP, WASM backend) or your own command (ONNX or command flavor), and write a model directory with its manifest, validation metrics, lineage metadata and a reference profile of the training data.',
  permissions: [],
  inputs: {
    data: { description: 'Training data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz).', required: true },
    target: { description: 'Column to predict.', required: true },
    features: { description: 'Feature columns, comma-separated or a YAML list. Default: every column but `target` and `ignore`.' },
    ignore: { description: 'Columns left out of the default features, such as ids.' },
    task: { description: '`classification`, `regression` or `auto`: text targets and at most 20 distinct whole numbers are classes.', default: 'auto' },
    model: { description: '`linear` (logistic or linear regression) or `mlp` (ReLU hidden layers).', default: 'linear' },
    params: {
      description: 'YAML or JSON, inline or a file path: `epochs`, `batch-size`, `learning-rate`, `hidden-units`, `patience`, `l2`, and the size limits `max-parameters` (default 10,000,000 weights) and `max-categories` (one-hot inputs per text column, default 100; rarer values are pooled). For `command`, passed through as `MLOPS_PARAMS`.',
    },
    'validation-split': { description: 'Share of the rows held out, at random (seeded), for validation and early stopping.', default: '0.2' },
    'validation-data': { description: 'Validation data instead of a split: path or glob with the same columns.' },
    'output-dir': { description: 'Model directory to write.', default: 'model' },
    seed: { description: 'Seed of the split, the initial weights and the shuffling: the same seed gives the same model.', default: '0' },
    command: {
      description: 'Your own training command (Python, R, anything), run with bash instead of the built-in trainer. It gets the training rows as CSV in MLOPS_DATA and the validation rows in MLOPS_VALIDATION_DATA, with MLOPS_TARGET, MLOPS_FEATURES (JSON list), MLOPS_TASK, MLOPS_PARAMS and MLOPS_SEED, and writes `model.onnx` or a `manifest.yaml` (command flavor) into MLOPS_OUTPUT_DIR. train then scores the validation rows through the model and writes the metrics itself.',
    },
    'metrics-file': { description: 'Metrics `command` computed itself (a JSON object of names to numbers), kept as `user-metrics.json` beside the metrics train computes. Default: `metrics.json` in `output-dir`, when the command wrote one.' },
    'upload-artifact': { type: 'boolean', description: 'Upload the model directory as a workflow artifact (in GitHub Actions).', default: 'false' },
    'artifact-name': { description: 'Name of the uploaded artifact.', default: 'model' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    'model-dir': { description: 'The model directory written.' },
    metrics: { type: 'json', description: 'Flat JSON of the validation metrics, named as in evaluate-gate, e.g. {"accuracy": 0.93}.' },
    'metrics-file': { description: 'Path of metrics.json in the model directory: the validation metrics train computed.' },
    'data-hash': { description: 'sha256 of the training data, as data-validate reports it.' },
    flavor: { description: 'The flavor of the model written: `tfjs`, `onnx` or `command`.' },
  },

  parse(inputs: Inputs, host: HostContext): TrainCommandOptions {
    inputs.required('data')
    const params = readParams(inputs)
    return {
      data: inputs.list('data'),
      target: inputs.required('target'),
      features: inputs.list('features'),
      ignore: inputs.list('ignore'),
      task: inputs.choice('task', TRAIN_TASKS, 'auto'),
      model: inputs.choice('model', MODEL_KINDS, 'linear'),
      params: params.value,
      validationSplit: inputs.number('validation-split', 0.2, { min: 0.01, max: 0.9 }),
      validationData: inputs.list('validation-data'),
      outputDir: inputs.string('output-dir') ?? 'model',
      seed: inputs.number('seed', 0, { min: 0, max: 0xffffffff, integer: true }),
      command: inputs.string('command'),
      metricsFile: inputs.string('metrics-file'),
      artifactName: parseArtifactUpload(inputs, host),
      lineage: lineage(host),
      otherReads: namedPaths({ params: params.file, config: inputs.string('config') }),
    }
  },

  async run(options, log): Promise<CommandResult<TrainResult>> {
    const result = await trainModelDir(options, log)
    return {
      result,
      outputs: {
        'model-dir': result.modelDir,
        metrics: JSON.stringify(result.metrics),
        'metrics-file': result.metricsFile,
        'data-hash': result.dataHash,
        flavor: result.manifest.flavor,
      },
      report: result.metadata,
      reportPath: `${result.modelDir}/metadata.json`,
      reportInput: 'output-dir',
      summary: renderTrainSummary(result),
      annotations: [],
    }
  },

  publish: (outcome, options, log) => (options.artifactName ? uploadModelArtifact(outcome.result.modelDir, options.artifactName, log) : Promise.resolve({})),
}

/** Inline YAML or JSON, a file path (returned as `file`), or a mapping in the config file. */
function readParams(inputs: Inputs): { value: Record<string, unknown>; file?: string } {
  const input = inputs.yamlOrFile('params', "YAML or JSON such as '{epochs: 20}'")
  if (!input) return { value: {} }
  const file = 'file' in input ? input.file : undefined
  const where = `Input 'params'${file ? ` ('${file}')` : ''}`
  let value: unknown
  if ('parsed' in input) value = input.parsed
  else {
    try {
      value = parseYaml(input.text, file ?? 'params')
    } catch (error) {
      throw new UserError(`${where}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError(`${where}: must be a mapping of parameter names to values.`)
  return { value: value as Record<string, unknown>, ...(file && { file }) }
}

/** The commit and run the model comes from: GitHub's variables, else the local git checkout. */
function lineage(host: HostContext): Lineage {
  const commit = host.commit ?? localCommit()
  return {
    ...(commit && { commit }),
    ...(host.runUrl && { runUrl: host.runUrl }),
    ...(host.github.repository && { repository: host.github.repository }),
    ...(host.github.workflow && { workflow: host.github.workflow }),
    ...(host.runId && { runId: host.runId }),
    ...(host.runAttempt && { runAttempt: host.runAttempt }),
  }
}

function localCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
  } catch {
    return undefined
  }
}
