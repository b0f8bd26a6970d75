import { compareDatasets } from '../../drift/index.js'
import { UserError } from '../../errors/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkOutputPaths, dataFilePaths, namedPaths, splitByKind } from '../../output/index.js'
import type { Annotation } from '../../runtime/io.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import type { HostContext } from '../../runtime/host.js'
import type { Table } from '../../table/index.js'
import { openRegistryFromInputs, REGISTRY_INPUTS, REGISTRY_READ } from '../registry-inputs.js'
import { parseCompareOptions, parseReference, referenceKey, type MonitorDriftOptions } from './options.js'
import { measurePerformance, type PerformanceDrift } from './performance.js'
import { publishDrift } from './publish.js'
import { loadCurrent, loadDataSides, loadReference, type LoadedReference } from './reference.js'
import { threadBudget } from '../../threads/index.js'
import { driftJson, driftReason, driftSummary, type DriftCheck } from './report.js'

export type { MonitorDriftOptions } from './options.js'
export type { DriftCheck } from './report.js'

export const monitorDriftCommand: Command<MonitorDriftOptions, DriftCheck> = {
  action: 'monitor-drift',
  cli: 'drift',
  title: 'mlops monitor-drift',
  description:
    'Compare current data (a prediction log, say) with the training reference, column by column with SciPy-exact tests; with labels, compare the model\'s metrics too. One GitHub issue per check: opened when drift starts, commented while it lasts, closed when it clears; optionally dispatch retraining.',
  permissions: [
    { scope: 'issues', level: 'write', why: 'opens, comments on and closes the tracking issue', when: 'unless `open-issue: false`' },
    { scope: 'actions', level: 'write', why: 'dispatches the retraining workflow', when: 'with `retrain-workflow`' },
    REGISTRY_READ,
  ],
  inputs: {
    reference: {
      description:
        'What current data is compared with: a data file or glob; a model directory (its training profile, `profile.json`); a registered version, `models:/<name>@<alias>` or `models:/<name>/<version>` (downloaded from `registry`, its profile used); or `champion`, the champion of `name`.',
      required: true,
    },
    current: { description: 'The current data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz), such as a prediction log. A file with a header and no rows is judged insufficient data.', required: true },
    name: { description: 'Model name: for `reference: champion`, and the key of the tracking issue. Default: the registered model\'s name, else the reference as given.' },
    registry: REGISTRY_INPUTS.registry!,
    cache: REGISTRY_INPUTS.cache!,
    columns: { description: "Columns to compare, comma-separated or a YAML list. Default: every column of the reference." },
    ignore: { description: 'Columns left out, such as an id or a timestamp.' },
    tests: {
      description:
        "YAML, inline or a file, mapping columns to a test (`ks`, `chi2`, `chi2_gof`, `z`, `wasserstein`, `jensenshannon`, `psi`, `linf`) or to `{test, threshold}`. Other columns get the default test for their kind and the reference's size.",
    },
    'drift-share': { description: 'Share of compared columns that must drift for the data to drift, in (0, 1].', default: '0.5' },
    correction: { description: 'Multiple-test correction of the p-value tests: `none`, `bonferroni` or `fdr` (Benjamini–Hochberg).', default: 'none' },
    'min-samples': { description: 'Fewer current values than this in a column, or fewer current rows, make it insufficient data: never drifted.', default: '30' },
    target: { description: "Label column in `current`. With a model, the labelled rows are scored and the metrics compared with the model's `metrics.json`: performance drift." },
    'model-dir': { description: 'The model scored for performance drift. Default: the reference, when it is a model directory or a registered version.' },
    'open-issue': { type: 'boolean', description: 'Keep one GitHub issue for this check (needs `issues: write`).', default: 'true' },
    'close-resolved': { type: 'boolean', description: 'Close the issue when drift clears; otherwise only comment.', default: 'true' },
    'issue-title': { description: 'Title of the issue. Default: `Data drift: <name or reference>`.' },
    'issue-labels': { description: 'Labels of the issue, comma-separated or a YAML list; the issue is found again by them and its hidden marker.', default: 'drift' },
    'retrain-workflow': { description: 'On drift, dispatch this workflow (`retrain.yml`) with the inputs `reason` and `run-url`, which it must declare (needs `actions: write`).' },
    'retrain-ref': { description: "Branch or tag to dispatch the workflow on. Default: the repository's default branch." },
    'github-token': { description: 'Token for the issue (`issues: write`), the dispatch (`actions: write`) and the github registry (`contents: read`).', actionDefault: '${{ github.token }}' },
    'fail-on-drift': { type: 'boolean', description: 'Fail the step when drift is found. By default the step succeeds and `drifted` says it.', default: 'false' },
    report: { description: 'Path of the JSON report.', default: 'drift.json' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    drifted: { type: 'boolean', description: '`true` when the data drifted (`drift-share` reached) or a metric degraded, else `false`. Insufficient data is `false`.' },
    'drift-share': { type: 'number', description: 'Drifted columns over compared columns (0 when none was compared).' },
    'drifted-columns': { type: 'json', description: 'JSON array of the drifted columns, in the order of the reference.' },
    report: { description: 'Path of the JSON report.' },
    'issue-number': { type: 'number', description: 'The tracking issue opened, commented on or closed by this run; empty when none.' },
    'issue-url': { description: 'URL of that issue; empty when none.' },
  },

  parse(inputs: Inputs, host: HostContext): MonitorDriftOptions {
    const reference = parseReference(inputs)
    const key = referenceKey(reference, inputs.string('name'))
    const { compare, testsFile } = parseCompareOptions(inputs)
    const target = inputs.string('target')
    const modelDir = inputs.string('model-dir')
    if (target && !modelDir && reference.kind === 'data') {
      throw new UserError("Input 'target': performance drift needs a model; give 'model-dir', or a model directory or registered version as 'reference'.")
    }
    if (modelDir && !target) throw new UserError("Input 'model-dir' is scored only against labels: give 'target', the label column in 'current'.")
    const labels = inputs.list('issue-labels')
    return {
      reference,
      current: currentSpecs(inputs),
      compare,
      ...(target && { target }),
      ...(modelDir && { modelDir }),
      registry: openRegistryFromInputs(inputs, host),
      key,
      openIssue: inputs.boolean('open-issue', true),
      closeResolved: inputs.boolean('close-resolved', true),
      issueTitle: inputs.string('issue-title') ?? `Data drift: ${key}`,
      issueLabels: labels.length > 0 ? labels : ['drift'],
      ...(inputs.string('retrain-workflow') && { retrainWorkflow: inputs.string('retrain-workflow') }),
      ...(inputs.string('retrain-ref') && { retrainRef: inputs.string('retrain-ref') }),
      token: inputs.string('github-token') ?? host.token,
      failOnDrift: inputs.boolean('fail-on-drift', false),
      report: inputs.string('report') ?? 'drift.json',
      github: host.github,
      ...(host.threads && { threads: host.threads }),
      ...(host.runUrl && { runUrl: host.runUrl }),
      ...(testsFile && { testsFile }),
      ...(inputs.string('config') && { configPath: inputs.string('config') }),
    }
  },

  async run(options, log): Promise<CommandResult<DriftCheck>> {
    await checkReportPath(options)
    // Two data files without labels are read at once; otherwise the reference (a profile, or the
    // model's) comes first. Labels to score need every row; data drift alone needs only counts and sorted numbers.
    const sides = options.reference.kind === 'data' && !options.target ? await loadDataSides(options.reference.spec, options.current, options.compare, threadBudget(options.threads).threads) : undefined
    const reference = sides?.reference ?? (await loadReference(options.reference, options.registry, log))
    let check: DriftCheck
    try {
      const names = reference.data.columns.map((column) => column.name)
      const current = sides?.current ?? (options.target ? await loadCurrent(options.current, names, true) : await loadCurrent(options.current, names, false))
      log.info(`Comparing ${current.rows} current rows with the reference's ${reference.data.rows}.`)
      const data = compareDatasets(reference.data, current, options.compare)
      const performance = options.target ? await performanceDrift(options, reference, current as Table) : null
      const drifted = data.verdict === 'drifted' || performance?.degraded === true
      check = { data, source: reference.source, currentFiles: current.files.map((file) => file.path), performance, drifted }
    } finally {
      reference.dispose()
    }
    const reason = check.drifted ? driftReason(check, options.key) : undefined
    log.info(reason ?? `No drift in ${options.key}: ${check.data.verdict}.`)
    return {
      result: check,
      outputs: {
        drifted: String(check.drifted),
        'drift-share': String(check.data.driftShare),
        'drifted-columns': JSON.stringify(check.data.driftedColumns),
        report: options.report,
        'issue-number': '',
        'issue-url': '',
      },
      report: driftJson(check),
      reportPath: options.report,
      summary: driftSummary(check, { key: options.key, runUrl: options.runUrl }),
      annotations: annotations(check, reason, options),
      failure: reason && options.failOnDrift ? `${reason} (see ${options.report}).` : undefined,
    }
  },

  publish: (outcome, options, log) => publishDrift(outcome.result, options, log),
}

function currentSpecs(inputs: Inputs): string[] {
  const specs = inputs.list('current')
  if (specs.length === 0) throw new UserError("Input 'current' is required.")
  return specs
}

async function performanceDrift(options: MonitorDriftOptions, reference: LoadedReference, current: Table): Promise<PerformanceDrift> {
  const modelDir = options.modelDir ?? reference.modelDir!
  const source = reference.source
  const modelName = options.modelDir ?? (source.kind === 'registry' ? source.version : modelDir)
  return measurePerformance(current, { modelDir, modelName, modelInput: options.modelDir ? 'model-dir' : 'reference', target: options.target!, minSamples: options.compare.minSamples! })
}

/** The drift itself, and the findings that mean the pipeline changed: a column gone, or numbers turned to text. */
function annotations(check: DriftCheck, reason: string | undefined, options: MonitorDriftOptions): Annotation[] {
  const found: Annotation[] = []
  if (reason) found.push({ severity: options.failOnDrift ? 'error' : 'warning', title: 'monitor-drift', message: reason })
  for (const finding of check.data.findings) {
    if (finding.type === 'missing in current') found.push({ severity: 'warning', title: 'monitor-drift', message: `Column '${finding.column}' of the reference is not in the current data.` })
    if (finding.type === 'kind changed') {
      found.push({ severity: 'warning', title: 'monitor-drift', message: `Column '${finding.column}' holds ${finding.reference === 'number' ? 'numbers' : 'text'} in the reference and ${finding.current === 'number' ? 'numbers' : 'text'} in the current data; counted as drifted.` })
    }
  }
  return found
}

/** Refuses, before any work, a report path that is a device or folder, or that names something the run reads. */
async function checkReportPath(options: MonitorDriftOptions): Promise<void> {
  const { reference } = options
  const data = [...(await dataFilePaths('current', options.current)), ...(reference.kind === 'data' ? await dataFilePaths('reference', [reference.spec]) : [])]
  const either = splitByKind(namedPaths({ 'model-dir': options.modelDir, reference: reference.kind === 'model-dir' ? reference.dir : undefined }))
  const files = [...data, ...namedPaths({ tests: options.testsFile, config: options.configPath }), ...either.files]
  const dirs = [...either.dirs, ...namedPaths({ registry: options.registry.localDir })]
  checkOutputPaths(namedPaths({ report: options.report }), { files, dirs })
}
