import { DRIFT_TESTS_BY_NAME } from '../../drift/index.js'
import type { VersionFigures } from './figures.js'

/** Below this p95 (seconds) the candidate's latency is not judged: a ratio of tiny times is noise. */
export const LATENCY_FLOOR_SECONDS = 0.01

/** The drift test between the two versions' prediction distributions: a distance in [0, 1]. */
const PREDICTION_DRIFT_TEST = DRIFT_TESTS_BY_NAME.get('jensenshannon')!

export interface AnalysisThresholds {
  /** The candidate's errors over its requests must not exceed this. */
  maxErrorRate: number
  /** The candidate's p95 over the stable's must not exceed this (judged above {@link LATENCY_FLOOR_SECONDS}). */
  maxLatencyRatio: number
  /** Jensen–Shannon distance between the prediction distributions; off when undefined. */
  maxPredictionDrift?: number
  /** Fewer candidate requests in a window leave it unjudged. */
  minRequests: number
}

export type CheckName = 'error-rate' | 'latency-ratio' | 'prediction-drift'

export interface CheckResult {
  name: CheckName
  /** The figure compared with `limit`; undefined when the check could not be judged. */
  value?: number
  limit: number
  passed: boolean
  /** Why it was not judged, when it was not. */
  note?: string
}

export interface WindowAnalysis {
  verdict: 'pass' | 'fail' | 'insufficient'
  checks: CheckResult[]
}

/**
 * Judges the candidate's window against the stable version's figures (`reference`). A check that
 * cannot be judged passes with a note; a window with fewer than `minRequests` candidate requests is
 * `insufficient` and judges nothing, so a rollout never advances without evidence.
 */
export function analyzeWindow(candidate: VersionFigures, reference: VersionFigures | undefined, thresholds: AnalysisThresholds): WindowAnalysis {
  if (candidate.requests < thresholds.minRequests) return { verdict: 'insufficient', checks: [] }
  const checks = [errorRate(candidate, thresholds), latencyRatio(candidate, reference, thresholds)]
  if (thresholds.maxPredictionDrift !== undefined) checks.push(predictionDrift(candidate, reference, thresholds.maxPredictionDrift))
  return { verdict: checks.every((check) => check.passed) ? 'pass' : 'fail', checks }
}

function errorRate(candidate: VersionFigures, thresholds: AnalysisThresholds): CheckResult {
  const value = candidate.errors / candidate.requests
  return { name: 'error-rate', value, limit: thresholds.maxErrorRate, passed: value <= thresholds.maxErrorRate }
}

function latencyRatio(candidate: VersionFigures, reference: VersionFigures | undefined, thresholds: AnalysisThresholds): CheckResult {
  const check = { name: 'latency-ratio' as const, limit: thresholds.maxLatencyRatio, passed: true }
  if (candidate.p95 === undefined || candidate.p95 <= LATENCY_FLOOR_SECONDS) return { ...check, note: `candidate p95 at most ${LATENCY_FLOOR_SECONDS * 1000} ms` }
  if (reference?.p95 === undefined || reference.p95 <= 0) return { ...check, note: 'no stable latency to compare with' }
  const value = candidate.p95 / reference.p95
  return { ...check, value, passed: value <= thresholds.maxLatencyRatio }
}

function predictionDrift(candidate: VersionFigures, reference: VersionFigures | undefined, limit: number): CheckResult {
  const check = { name: 'prediction-drift' as const, limit, passed: true }
  if (candidate.predictions.size === 0 || !reference || reference.predictions.size === 0) return { ...check, note: 'no predictions on one side' }
  const { statistic } = PREDICTION_DRIFT_TEST.compare(reference.predictions, candidate.predictions, limit)
  return { ...check, value: statistic, passed: statistic <= limit }
}
