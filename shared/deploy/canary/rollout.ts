import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from '../../log/index.js'
import type { Routing } from '../../serve/index.js'
import { analyzeWindow, type AnalysisThresholds, type WindowAnalysis } from './analysis.js'
import { emptyFigures, type MetricsSource, type VersionFigures } from './figures.js'
import type { TrafficTarget } from './server-target.js'

export const STRATEGIES = ['canary', 'blue-green', 'shadow'] as const
export type Strategy = (typeof STRATEGIES)[number]

/** A window short of `minRequests` is extended up to this many intervals in all before the rollout gives up. */
export const PATIENCE_INTERVALS = 3

export interface RolloutPlan {
  strategy: Strategy
  candidate: number
  /** Canary weights in percent, rising, the last 100; shadow observes one window per step. */
  steps: number[]
  intervalMs: number
  thresholds: AnalysisThresholds
  failureLimit: number
  /**
   * The version the promote alias names. When the run finds the candidate already taking all traffic
   * (an earlier run switched it and was cancelled before moving the alias), this is the version to go back to.
   */
  previous?: number
}

/** One analysed window: what traffic the candidate had, what it did, and the verdict. */
export interface WindowRecord {
  phase: 'canary' | 'pre-switch' | 'after-switch' | 'shadow'
  /** The candidate's share of answered traffic during the window, in percent. */
  weight: number
  seconds: number
  candidate: VersionFigures
  /** The stable version's figures the candidate was judged against. */
  stable?: VersionFigures
  analysis: WindowAnalysis
  /** Failed windows so far, this one included. */
  failures: number
}

export type RolloutResult = 'promoted' | 'rolled-back' | 'inconclusive'

export interface RolloutOutcome {
  result: RolloutResult
  /** The version that had all traffic when the rollout started. */
  stable: number
  candidate: number
  /** The candidate's share of traffic when the rollout ended. */
  finalWeight: number
  windows: WindowRecord[]
  /** One line: why it ended so. */
  reason: string
}

/**
 * Rolls `plan.candidate` out on `target`, judging each window from `metrics`, as Argo Rollouts
 * and Flagger do: a failed window counts toward `failureLimit` and is observed again at the same
 * weight; reaching the limit routes all traffic back to stable. A window without enough traffic
 * is extended up to {@link PATIENCE_INTERVALS}, then the rollout ends inconclusive, stable serving.
 * The target's routing at the start is the truth: a run cancelled midway is resumed from its stable,
 * or, when it had already switched all traffic to the candidate, from `plan.previous`.
 */
export async function rollOut(plan: RolloutPlan, target: TrafficTarget, metrics: MetricsSource, log: Logger): Promise<RolloutOutcome> {
  const current = await target.current()
  const alreadySwitched = current.mode === 'stable' && current.stable === plan.candidate && plan.strategy !== 'shadow'
  // Already switched with the alias elsewhere: not promoted until a window with all traffic says so.
  const confirming = alreadySwitched && plan.previous !== undefined && plan.previous !== plan.candidate
  const stable = confirming ? plan.previous! : current.stable
  const ending: Ending = (result, finalWeight, reason) => ({ result, stable, candidate: plan.candidate, finalWeight, windows: run.windows, reason })
  const run = new Run(plan, target, metrics, log, stable)
  if (alreadySwitched && !confirming) return ending('promoted', 100, `version ${stable} already takes all traffic`)
  await target.prepare(confirming ? stable : plan.candidate)
  try {
    if (confirming) return await confirmSwitch(plan, run, ending, log)
    return await runStrategy(plan, target, run, ending, log)
  } catch (error) {
    // Fail safe: traffic the run can no longer judge goes back to stable, if the target still answers.
    await run.routeBackToStable(undefined).catch((reason: unknown) => log.warning(`Could not route all traffic back to version ${stable}: ${(reason as Error).message}`))
    throw error
  }
}

type Ending = (result: RolloutResult, finalWeight: number, reason: string) => RolloutOutcome

/** Judges the candidate an earlier run switched all traffic to, as after a blue-green switch. */
async function confirmSwitch(plan: RolloutPlan, run: Run, ending: Ending, log: Logger): Promise<RolloutOutcome> {
  log.info(`Version ${plan.candidate} already takes all traffic, but the promote alias names version ${run.stable}: judging it before promoting.`)
  const after = await run.judge('after-switch', { mode: 'stable', stable: plan.candidate }, 100, 1, 1)
  if (!after.ok) return run.routeBackToStable(ending(after.result, 0, `after the switch an earlier run made: ${after.reason}; switched back to version ${run.stable}`))
  return ending('promoted', 100, `version ${plan.candidate}, switched to by an earlier run, passed with all traffic`)
}

async function runStrategy(plan: RolloutPlan, target: TrafficTarget, run: Run, ending: Ending, log: Logger): Promise<RolloutOutcome> {
  const stable = run.stable
  if (plan.strategy === 'shadow') {
    const judged = await run.judge('shadow', { mode: 'shadow', stable, shadow: plan.candidate }, 0, plan.steps.length)
    await target.route({ mode: 'stable', stable })
    return judged.ok ? ending('promoted', 0, `the candidate passed ${plan.steps.length} shadow windows; it served no answer`) : ending(judged.result, 0, judged.reason)
  }
  if (plan.strategy === 'blue-green') {
    const before = await run.judge('pre-switch', { mode: 'shadow', stable, shadow: plan.candidate }, 0, 1)
    if (!before.ok) return run.routeBackToStable(ending(before.result, 0, `before the switch: ${before.reason}`))
    await target.route({ mode: 'stable', stable: plan.candidate })
    log.info(`Switched all traffic to version ${plan.candidate}.`)
    const after = await run.judge('after-switch', { mode: 'stable', stable: plan.candidate }, 100, 1, 1)
    if (!after.ok) return run.routeBackToStable(ending(after.result, 0, `after the switch: ${after.reason}; switched back to version ${stable}`))
    return ending('promoted', 100, `version ${plan.candidate} passed before and after the switch`)
  }
  for (const weight of plan.steps) {
    const judged = await run.judge('canary', { mode: 'canary', stable, canary: plan.candidate, weight }, weight, 1)
    if (!judged.ok) return run.routeBackToStable(ending(judged.result, 0, `at ${weight} %: ${judged.reason}`))
  }
  await target.route({ mode: 'stable', stable: plan.candidate })
  return ending('promoted', 100, `every step passed; version ${plan.candidate} is stable`)
}

type Judged = { ok: true } | { ok: false; result: 'rolled-back' | 'inconclusive'; reason: string }

/** The state one rollout carries between windows: failures so far, and the last stable figures seen. */
class Run {
  readonly windows: WindowRecord[] = []
  private failures = 0
  private reference: VersionFigures | undefined

  constructor(
    private readonly plan: RolloutPlan,
    private readonly target: TrafficTarget,
    private readonly metrics: MetricsSource,
    private readonly log: Logger,
    readonly stable: number,
  ) {}

  /**
   * Routes, then observes windows until `passes` of them pass, the failure limit is reached, or one
   * lacks traffic. `limit` caps the failures allowed here below the plan's (after a blue-green switch: 1).
   */
  async judge(phase: WindowRecord['phase'], routing: Routing, weight: number, passes: number, limit = this.plan.failureLimit): Promise<Judged> {
    await this.target.route(routing)
    this.log.info(`${phase}: version ${this.plan.candidate} ${phase === 'shadow' || phase === 'pre-switch' ? 'in shadow of' : `at ${weight} % beside`} version ${this.stable}.`)
    for (let passed = 0; passed < passes; ) {
      const record = await this.observe(phase, weight)
      const { verdict } = record.analysis
      if (verdict === 'insufficient')
        return { ok: false, result: 'inconclusive', reason: `${record.candidate.requests} requests reached the candidate in ${record.seconds.toFixed(1)} s, fewer than min-requests (${this.plan.thresholds.minRequests})` }
      if (verdict === 'pass') passed++
      else if (this.failures >= Math.min(limit, this.plan.failureLimit)) return { ok: false, result: 'rolled-back', reason: `${failedChecks(record.analysis)} failed; ${this.limitReached(limit)}` }
    }
    return { ok: true }
  }

  private limitReached(limit: number): string {
    if (limit < this.plan.failureLimit) return `${limit === 1 ? 'one failed window is' : `${limit} failed windows are`} enough after the switch`
    return `${this.failures} failed window${this.failures > 1 ? 's' : ''} reached failure-limit`
  }

  /** Routes all traffic back to the stable version and returns `outcome`. */
  async routeBackToStable<T>(outcome: T): Promise<T> {
    await this.target.route({ mode: 'stable', stable: this.stable })
    this.log.info(`Routed all traffic back to version ${this.stable}.`)
    return outcome
  }

  private async observe(phase: WindowRecord['phase'], weight: number): Promise<WindowRecord> {
    const mark = await this.metrics.begin()
    let figures
    for (let waited = 1; ; waited++) {
      await sleep(this.plan.intervalMs)
      figures = await this.metrics.end(mark)
      if ((figures.get(this.plan.candidate)?.requests ?? 0) >= this.plan.thresholds.minRequests || waited >= PATIENCE_INTERVALS) break
    }
    const candidate = figures.get(this.plan.candidate) ?? emptyFigures()
    const stable = figures.get(this.stable)
    if (stable && stable.requests > 0) this.reference = stable
    const analysis = analyzeWindow(candidate, this.reference, this.plan.thresholds)
    if (analysis.verdict === 'fail') this.failures++
    const record: WindowRecord = { phase, weight, seconds: (Date.now() - mark.startedAt) / 1000, candidate, ...(this.reference && { stable: this.reference }), analysis, failures: this.failures }
    this.windows.push(record)
    this.log.info(`  ${record.seconds.toFixed(1)} s: ${candidate.requests} requests, ${candidate.errors} errors; ${analysis.verdict}${analysis.verdict === 'fail' ? ` (${failedChecks(analysis)})` : ''}.`)
    return record
  }
}

function failedChecks(analysis: WindowAnalysis): string {
  return analysis.checks
    .filter((check) => !check.passed)
    .map((check) => `${check.name} ${check.value?.toPrecision(3)} over ${check.limit}`)
    .join(', ')
}
