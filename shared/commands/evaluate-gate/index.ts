import { UserError } from '../../errors/index.js'
import { evaluateCandidate, scoreModelDir, type BaselineSource, type Evaluation } from '../../evaluate/index.js'
import { parseThresholds, type MetricThreshold } from '../../gate/index.js'
import type { Inputs, YamlInput } from '../../inputs/index.js'
import { checkOutputPaths, dataFilePaths, namedPaths, splitByKind } from '../../output/index.js'
import { renderGateReport, type GateReportView } from '../../report/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import type { HostContext } from '../../runtime/host.js'
import { gateDiff, gateReport, gateView } from './report.js'
import { parseBaseline, parseCandidate, parseCommentKey } from './inputs.js'
import { chooseCandidate } from './select.js'
import { registryBaselineFetcher } from './registry.js'
import { openRegistryFromInputs, REGISTRY_INPUTS, REGISTRY_READ } from '../registry-inputs.js'
import { publishGateComment } from './comment.js'
import { writeGateCommentFile } from './comment-file.js'
import { COMMENT_MODES, type EvaluateGateOptions } from './options.js'

export { COMMENT_MODES, type EvaluateGateOptions } from './options.js'

/** The evaluation, and the view its summary and comment are rendered from. */
export type GateOutcome = Evaluation & { readonly view: GateReportView }

export const evaluateGateCommand: Command<EvaluateGateOptions, GateOutcome> = {
  action: 'evaluate-gate',
  cli: 'gate',
  title: 'mlops evaluate-gate',
  description:
    'Compare a candidate model with a baseline on the same rows: scikit-learn metrics, paired bootstrap intervals of every change, exact McNemar, MLflow-style thresholds, and one sticky pull-request comment with the diff.',
  permissions: [
    { scope: 'pull-requests', level: 'write', why: 'posts and updates the sticky comment', when: 'on pull-request events, unless `comment: never`' },
    REGISTRY_READ,
  ],
  inputs: {
    'model-dir': {
      description:
        'The candidate: a model directory written by `train`. Needs `data`. Several as a glob or a YAML list (such as the legs of a sweep downloaded into `candidates/*`): the best by `select-by` is gated, and the report lists them all.',
    },
    'select-by': {
      description:
        "With several `model-dir`: the metric, in each directory's own validation `metrics.json` (written by `train`), that picks the one to gate, in the metric's direction. A tie goes to the first in sorted order. Default: the first thresholded metric, else `accuracy` (or `rmse`).",
    },
    data: { description: 'Evaluation data (path or glob) the model directories are scored on.' },
    target: { description: "Target column in `data`. Default: the model's target." },
    predictions: {
      description: 'The candidate as a predictions file instead of a model: columns `y_true`, `y_pred` and, for probabilistic classifiers, `proba_<class>` (one column is enough for two classes). Optional `sample_weight`.',
    },
    task: { description: 'Task of a predictions file: `auto`, `classification` or `regression`. `auto` reads text labels, probability columns, or at most 20 distinct whole numbers as classes.', default: 'auto' },
    thresholds: {
      description: 'YAML, inline or a file path, mapping metric names to criteria: `threshold`, `min-absolute-change`, `min-relative-change`, `greater-is-better`, `not-worse: {margin}`. Default: `accuracy` (or `rmse`) `not-worse` with margin 0.',
    },
    baseline: {
      description:
        "What to compare with: `champion` (the registry's champion of `name`; none yet makes a first run), a `models:/<name>/<version>` or `models:/<name>@<alias>` URI, a model directory (one whose model cannot be loaded is an error), a predictions file on the same rows, or metrics alone: a metrics JSON file, or a directory holding `metrics.json` and no model. None: a first run, judged on value thresholds alone.",
    },
    bootstrap: { description: 'Paired bootstrap resamples.', default: '1000' },
    confidence: { description: 'Confidence level of the intervals.', default: '0.95' },
    slices: { description: 'Columns whose values each get the same metrics, comma-separated or a YAML list.' },
    seed: { description: 'Seed of the bootstrap resamples.', default: '0' },
    name: { description: 'Model name in the registry, for `baseline: champion`.' },
    registry: REGISTRY_INPUTS.registry!,
    cache: REGISTRY_INPUTS.cache!,
    comment: { description: '`auto` comments on pull-request events, `always` whenever the event names a pull request or issue, `never` does not.', default: 'auto' },
    'comment-key': {
      description:
        'Tells apart the sticky comments of one job: gates with different keys (matrix legs, two gates in one job) keep a comment each; the same key updates its own. Empty: one comment per workflow and job.',
    },
    'comment-file': {
      description:
        "Comment-only mode, for runs whose token cannot comment (pull requests from forks): the comment is not posted but written to this path as data, for the `comment` action to post from a trusted `workflow_run` run.",
    },
    'github-token': { description: 'Token for the pull-request comment (needs `pull-requests: write`) and the github registry (`contents: read`).', actionDefault: '${{ github.token }}' },
    'fail-on-regression': { type: 'boolean', description: 'Fail the step when the gate fails.', default: 'true' },
    report: { description: 'Path of the JSON report.', default: 'evaluation.json' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    passed: { type: 'boolean', description: '`true` when no thresholded metric failed, else `false`.' },
    metrics: { type: 'json', description: "JSON object of the candidate's metrics." },
    diff: { type: 'json', description: 'JSON object per metric: baseline, candidate, delta, ci (of the delta) and verdict.' },
    report: { description: 'Path of the JSON report.' },
    'comment-url': { description: 'URL of the pull-request comment, when one was written.' },
    'comment-file': { description: 'The comment file written in comment-only mode; empty when none was.' },
    'baseline-version': { type: 'number', description: 'The registry version compared with; empty when the baseline is not a registry version (a path, or no champion yet).' },
    'baseline-uri': { description: 'The baseline as `models:/<name>/<version>`; empty likewise.' },
    selected: { description: 'The model directory that was gated: the best of several `model-dir`, or the one given; empty for `predictions`.' },
  },

  parse(inputs: Inputs, host: HostContext): EvaluateGateOptions {
    const thresholds = inputs.yamlOrFile('thresholds', "YAML mapping metric names to criteria, such as 'accuracy: {threshold: 0.9}'")
    const thresholdsFile = thresholds && 'file' in thresholds ? thresholds.file : undefined
    const candidate = parseCandidate(inputs)
    const commentKey = parseCommentKey(inputs)
    return {
      candidate,
      baseline: parseBaseline(inputs, candidate),
      thresholds: readThresholds(thresholds),
      thresholdsFile,
      configPath: inputs.string('config'),
      bootstrap: {
        resamples: inputs.number('bootstrap', 1000, { min: 2, max: 1_000_000, integer: true }),
        confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
        seed: inputs.number('seed', 0, { min: 0, max: 0xffffffff, integer: true }),
      },
      slices: inputs.list('slices'),
      comment: inputs.choice('comment', COMMENT_MODES, 'auto'),
      ...(commentKey && { commentKey }),
      ...(inputs.string('comment-file') && { commentFile: inputs.string('comment-file') }),
      token: inputs.string('github-token') ?? host.token,
      failOnRegression: inputs.boolean('fail-on-regression', true),
      report: inputs.string('report') ?? 'evaluation.json',
      github: host.github,
      ...(host.runUrl && { runUrl: host.runUrl }),
      ...(host.threads && { threads: host.threads }),
      registry: openRegistryFromInputs(inputs, host),
    }
  },

  async run(options, log): Promise<CommandResult<GateOutcome>> {
    await checkReportPath(options)
    const { baseline } = options
    const { candidate, selection } = chooseCandidate(options, log)
    log.info(`Evaluating ${candidate.kind === 'model-dir' ? candidate.dir : candidate.path}${baseline.kind === 'none' ? ' (no baseline: a first run)' : ` against ${baseline.name}`}`)
    const progress = log.progress('Paired bootstrap')
    const evaluation = await evaluateCandidate(
      { ...options, candidate, fetchRegistryBaseline: registryBaselineFetcher(options.registry, log), onThreads: (threads) => log.info(`Paired bootstrap on ${threads} thread${threads === 1 ? '' : 's'}`), progress },
      scoreModelDir,
    ).finally(() => progress.end())
    const view = gateView(evaluation, options.failOnRegression, { runUrl: options.runUrl, commit: options.github.sha }, selection)
    const { passed } = evaluation.gate
    const failed = evaluation.gate.verdicts.filter((v) => v.verdict === 'fail')
    return {
      result: { ...evaluation, view },
      outputs: {
        passed: String(passed),
        metrics: JSON.stringify(evaluation.gate.candidateValues),
        diff: JSON.stringify(gateDiff(evaluation)),
        report: options.report,
        'comment-url': '',
        'comment-file': '',
        'baseline-version': evaluation.baselineVersion ? String(evaluation.baselineVersion.version) : '',
        'baseline-uri': evaluation.baselineVersion?.uri ?? '',
        selected: candidate.kind === 'model-dir' ? candidate.dir : '',
      },
      report: gateReport(evaluation, options, selection),
      reportPath: options.report,
      summary: renderGateReport(view),
      annotations: [
        ...evaluation.warnings.map((message) => ({ severity: 'warning' as const, title: 'evaluate-gate', message })),
        ...failed.map((v) => ({ severity: options.failOnRegression ? ('error' as const) : ('warning' as const), title: `evaluate-gate: ${v.metric}`, message: v.reason })),
      ],
      failure: passed || !options.failOnRegression ? undefined : `The candidate failed the gate on ${failed.map((v) => v.metric).join(', ')} (see ${options.report}).`,
    }
  },

  publish: async (outcome, options, log) => (options.commentFile ? writeGateCommentFile(outcome.result.view, options, log) : publishGateComment(outcome.summary, options, log)),
}

/** Refuses, before any work, a report path that is a device or folder, or that names something the run reads. */
async function checkReportPath(options: EvaluateGateOptions): Promise<void> {
  const { candidate, baseline } = options
  const modelDirs = candidate.kind === 'model-dir' ? [candidate.dir] : candidate.kind === 'several' ? candidate.dirs : []
  const either = splitByKind([...modelDirs.map((path) => ({ input: 'model-dir', path })), ...namedPaths({ baseline: baselinePath(baseline) })])
  const data = candidate.kind === 'predictions' ? [] : await dataFilePaths('data', candidate.data)
  const files = [...data, ...namedPaths({ predictions: candidate.kind === 'predictions' ? candidate.path : undefined, thresholds: options.thresholdsFile, config: options.configPath }), ...either.files]
  // A local registry is a folder the gate may read its baseline from, as register refuses too.
  const dirs = [...either.dirs, ...namedPaths({ registry: options.registry.localDir })]
  checkOutputPaths(namedPaths({ report: options.report, 'comment-file': options.commentFile }), { files, dirs })
}

/** The baseline's path as given, when it is one. */
function baselinePath(baseline: BaselineSource): string | undefined {
  return baseline.kind === 'none' || baseline.kind === 'registry' ? undefined : baseline.name
}

/** Inline YAML, a path to a YAML file, or a mapping in the config file. */
function readThresholds(input: YamlInput | undefined): MetricThreshold[] {
  if (!input) return []
  if ('parsed' in input) return withSource(() => parseThresholds(input.parsed))
  return withSource(() => parseThresholds(input.text), input.file)
}

function withSource<T>(parse: () => T, file?: string): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`Input 'thresholds'${file ? ` ('${file}')` : ''}: ${error.message}`)
    throw error
  }
}
