import type { CandidateSelection, Evaluation } from '../../evaluate/index.js'
import type { CandidatesView, GateReportView } from '../../report/index.js'

/** What the Markdown renderer needs, from the evaluation. */
export function gateView(evaluation: Evaluation, failOnRegression: boolean, where: { runUrl?: string; commit?: string }, selection?: CandidateSelection): GateReportView {
  const { gate } = evaluation
  return {
    passed: gate.passed,
    failOnRegression,
    task: evaluation.task,
    candidateName: evaluation.candidateName,
    ...(evaluation.baselineName && { baselineName: evaluation.baselineName }),
    gate,
    candidateMetrics: gate.candidateValues,
    ...(gate.baselineValues && { baselineMetrics: gate.baselineValues }),
    intervals: { ...gate.intervals },
    ...(evaluation.confusion && { confusion: evaluation.confusion }),
    ...(evaluation.slices.length > 0 && { slices: evaluation.slices }),
    ...(evaluation.latency && { latency: evaluation.latency }),
    ...(evaluation.modelSizeBytes !== undefined && { modelSizeBytes: evaluation.modelSizeBytes }),
    rows: evaluation.rows,
    ...(selection && { candidates: candidatesView(selection) }),
    ...(where.runUrl && { runUrl: where.runUrl }),
    ...(where.commit && { commit: where.commit }),
  }
}

export interface MetricDiff {
  baseline: number | null
  candidate: number
  delta: number | null
  ci: [number, number] | null
  verdict: 'pass' | 'fail' | 'inconclusive' | null
}

/** Per metric: both values, the change and its interval, and the verdict when thresholded. */
export function gateDiff(evaluation: Evaluation): Record<string, MetricDiff> {
  const { candidateValues, baselineValues, intervals, verdicts } = evaluation.gate
  const diff: Record<string, MetricDiff> = {}
  for (const [metric, candidate] of Object.entries(candidateValues)) {
    const baseline = baselineValues?.[metric]
    const interval = intervals[metric]
    diff[metric] = {
      baseline: finiteOrNull(baseline),
      candidate,
      delta: baseline === undefined ? null : finiteOrNull(candidate - baseline),
      ci: interval ? [interval.ci[0], interval.ci[1]] : null,
      verdict: verdicts.find((v) => v.metric === metric)?.verdict ?? null,
    }
  }
  return diff
}

function finiteOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value
}

/** The JSON report: everything measured, in plain data. */
export function gateReport(evaluation: Evaluation, options: { failOnRegression: boolean }, selection?: CandidateSelection) {
  const { gate } = evaluation
  return {
    tool: 'mlops-actions/evaluate-gate',
    passed: gate.passed,
    failOnRegression: options.failOnRegression,
    task: evaluation.task,
    rows: evaluation.rows,
    candidate: evaluation.candidateName,
    baseline: evaluation.baselineName ?? null,
    // Only beside a registry baseline, so that other reports read as they always have.
    ...(evaluation.baselineVersion && { baselineVersion: evaluation.baselineVersion.version, baselineUri: evaluation.baselineVersion.uri }),
    ...(selection && { selection: selectionReport(selection) }),
    firstRun: gate.baselineValues === undefined,
    thresholds: evaluation.thresholds.map((t) => ({
      metric: t.metric,
      threshold: t.threshold ?? null,
      minAbsoluteChange: t.minAbsoluteChange ?? null,
      minRelativeChange: t.minRelativeChange ?? null,
      greaterIsBetter: t.greaterIsBetter,
      notWorse: t.notWorse ?? null,
    })),
    verdicts: gate.verdicts,
    metrics: gate.candidateValues,
    baselineMetrics: gate.baselineValues ?? null,
    diff: gateDiff(evaluation),
    bootstrap: gate.bootstrap ?? null,
    mcnemar: gate.mcnemar ?? null,
    confusion: evaluation.confusion ?? null,
    slices: evaluation.slices,
    sliceColumns: evaluation.sliceColumns,
    latency: evaluation.latency ?? null,
    modelSizeBytes: evaluation.modelSizeBytes ?? null,
  }
}

function candidatesView({ metric, greaterIsBetter, candidates }: CandidateSelection): CandidatesView {
  return { metric, greaterIsBetter, candidates: candidates.map(({ name, params, value, selected }) => ({ name, ...(params !== undefined && { params }), value, selected })) }
}

/** Every candidate `model-dir` named, with the metric it was selected by. */
function selectionReport({ metric, greaterIsBetter, candidates, selected }: CandidateSelection) {
  return {
    metric,
    greaterIsBetter,
    selected: selected.dir,
    candidates: candidates.map(({ dir, name, params, value, selected }) => ({ dir, name, params: params ?? null, value, selected })),
  }
}
