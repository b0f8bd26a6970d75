import { resolveDataFiles } from '../../data/index.js'
import { UserError } from '../../errors/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkOutputPaths, dataFilePaths, namedPaths, openOutputStream, splitByKind } from '../../output/index.js'
import { DEFAULT_BATCH_ROWS, outputFormat, predictFile, type PredictionFormat } from '../../predict/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import type { HostContext } from '../../runtime/host.js'
import { openRegistryFromInputs, REGISTRY_INPUTS, REGISTRY_READ, type RegistrySettings } from '../registry-inputs.js'
import { openModel, parseModelSource, type ModelSource } from './model.js'
import { predictReport, predictSummary, type BatchPrediction } from './report.js'

export type { BatchPrediction } from './report.js'

export interface PredictOptions {
  model: ModelSource
  registry: RegistrySettings
  data: string[]
  output: string
  format: PredictionFormat
  idColumns: string[]
  batchRows: number
  report: string
  configPath?: string
}

export const predictCommand: Command<PredictOptions, BatchPrediction> = {
  action: 'predict',
  cli: 'predict',
  title: 'mlops predict',
  description:
    'Batch prediction: stream data of any size through a model directory or a registered version into a CSV, JSON Lines or Parquet file of predictions (and class probabilities), id columns passed through, memory bounded by one batch.',
  permissions: [REGISTRY_READ],
  inputs: {
    model: {
      description: 'The model: a model directory (written by `train`, or any flavor with a `manifest.yaml`), or a registered version, `models:/<name>@<alias>` or `models:/<name>/<version>`, fetched from `registry` with its sha256 verified.',
      required: true,
    },
    registry: REGISTRY_INPUTS.registry!,
    cache: REGISTRY_INPUTS.cache!,
    'github-token': { description: 'Token for the github registry (`contents: read`).', actionDefault: '${{ github.token }}' },
    data: { description: "Rows to predict: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz). Every file must hold the model's input columns and `id-columns`; other columns are skipped.", required: true },
    output: {
      description: 'The predictions file; its extension names the format: `.csv`, `.jsonl` (JSON Lines) or `.parquet` (Snappy, one row group per batch; numbers as DOUBLE, integer class labels as INT32, text as UTF-8). Columns: `id-columns`, `prediction`, and for classifiers `proba_<class>` per class. Written beside its path and renamed into place when every row is done.',
      default: 'predictions.csv',
    },
    'id-columns': { description: 'Columns copied from each input row to its prediction, comma-separated or a YAML list, such as a customer id to join on. Copied as text (strings in JSON Lines), so `007` stays `007`.' },
    'batch-rows': { description: 'Rows read and predicted at a time: memory holds one batch.', default: String(DEFAULT_BATCH_ROWS) },
    report: { description: 'Path of the JSON report.', default: 'predict.json' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    rows: { type: 'number', description: 'Rows predicted (and written).' },
    output: { description: 'Path of the predictions file.' },
    version: { description: 'The registered version predicted with; empty for a model directory.' },
    report: { description: 'Path of the JSON report.' },
  },

  parse(inputs: Inputs, host: HostContext): PredictOptions {
    const model = parseModelSource(inputs.required('model'))
    const data = inputs.list('data')
    if (data.length === 0) throw new UserError("Input 'data' is required: the rows to predict.")
    const output = inputs.string('output') ?? 'predictions.csv'
    const configPath = inputs.string('config')
    return {
      model,
      registry: openRegistryFromInputs(inputs, host),
      data,
      output,
      format: outputFormat(output),
      idColumns: uniqueColumns(inputs.list('id-columns')),
      batchRows: inputs.number('batch-rows', DEFAULT_BATCH_ROWS, { min: 1, max: 10_000_000, integer: true }),
      report: inputs.string('report') ?? 'predict.json',
      ...(configPath && { configPath }),
    }
  },

  async run(options, log): Promise<CommandResult<BatchPrediction>> {
    await checkOutputs(options)
    const files = await resolveDataFiles(options.data, 'data')
    const opened = await openModel(options.model, options.registry, log)
    const started = performance.now()
    let result: BatchPrediction
    try {
      const { model } = opened
      log.info(`Predicting with ${opened.name} (${model.flavor} ${model.task}) in batches of ${options.batchRows.toLocaleString('en-US')} rows.`)
      const predicted = await predictFile({
        model,
        ...(opened.inputs && { inputs: opened.inputs }),
        files,
        idColumns: options.idColumns,
        batchRows: options.batchRows,
        format: options.format,
        openOutput: () => openOutputStream('output', options.output),
        progress: log.progress('Predicting'),
      })
      const seconds = (performance.now() - started) / 1000
      result = { ...predicted, seconds, model: { name: opened.name, flavor: model.flavor, task: model.task, ...(opened.version !== undefined && { version: opened.version, digest: opened.digest! }) } }
    } finally {
      opened.dispose()
    }
    log.info(`Wrote ${result.rows.toLocaleString('en-US')} predictions to ${options.output} in ${result.seconds.toFixed(1)} s.`)
    return {
      result,
      outputs: { rows: String(result.rows), output: options.output, version: result.model.version === undefined ? '' : String(result.model.version), report: options.report },
      report: predictReport(result, options),
      reportPath: options.report,
      summary: predictSummary(result, options),
      annotations: [],
    }
  },
}

function uniqueColumns(names: string[]): string[] {
  const repeated = names.find((name, i) => names.indexOf(name) !== i)
  if (repeated !== undefined) throw new UserError(`Input 'id-columns': column '${repeated}' is listed twice.`)
  return names
}

/** Refuses, before any work, outputs that are devices or folders, that share a path, or that name something the run reads. */
async function checkOutputs(options: PredictOptions): Promise<void> {
  const model = splitByKind(namedPaths({ model: options.model.kind === 'dir' ? options.model.dir : undefined }))
  const files = [...(await dataFilePaths('data', options.data)), ...namedPaths({ config: options.configPath }), ...model.files]
  const dirs = [...model.dirs, ...namedPaths({ registry: options.registry.localDir })]
  checkOutputPaths(namedPaths({ output: options.output, report: options.report }), { files, dirs })
}
