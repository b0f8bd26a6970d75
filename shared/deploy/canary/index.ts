// Progressive delivery of a registered version: traffic shifted step by step on the model server
// or KServe, each step's window judged from the server's metrics, then promotion or rollback.
export { analyzeWindow, LATENCY_FLOOR_SECONDS, type AnalysisThresholds, type CheckResult, type WindowAnalysis } from './analysis.js'
export { emptyFigures, histogramQuantile, type MetricsSource, type VersionFigures, type WindowFigures } from './figures.js'
export { checkKubectl, KServeTarget, writeKServeManifests, type KServeSettings } from './kserve-target.js'
export { PrometheusMetrics } from './prometheus-api.js'
export { countersOf, figuresBetween, parseSamples, SERIES } from './prometheus-text.js'
export { PATIENCE_INTERVALS, rollOut, STRATEGIES, type RolloutOutcome, type RolloutPlan, type RolloutResult, type Strategy, type WindowRecord } from './rollout.js'
export { ServerMetrics, ServerTarget, type TrafficTarget } from './server-target.js'
