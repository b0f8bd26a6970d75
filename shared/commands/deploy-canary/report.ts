import type { CheckResult, RolloutOutcome, VersionFigures, WindowRecord } from '../../deploy/canary/index.js'
import { mdCode, mdLine, mdText } from '../../report/index.js'
import type { DeployCanaryOptions } from './options.js'

/** What a deploy-canary run did, as the report and the summary show it. */
export interface DeployCanaryResult {
  model: string
  strategy: DeployCanaryOptions['strategy']
  target: string
  outcome: RolloutOutcome
  /** The alias moved to the candidate, when one was. */
  aliasMoved?: string
  deploymentId: string
  /** kserve without a kubeconfig: the manifests written. */
  manifests?: string[]
  warnings: string[]
}

const ms = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round(seconds * 10_000) / 10)

function figures(version: VersionFigures | undefined) {
  if (!version) return undefined
  return { requests: version.requests, errors: version.errors, p95Ms: ms(version.p95), predictions: Object.fromEntries(version.predictions) }
}

export function deployCanaryReport(result: DeployCanaryResult, options: DeployCanaryOptions): unknown {
  const { outcome } = result
  return {
    model: result.model,
    strategy: result.strategy,
    target: result.target,
    stable: outcome.stable,
    candidate: outcome.candidate,
    result: outcome.result,
    finalWeight: outcome.finalWeight,
    reason: outcome.reason,
    thresholds: { ...options.thresholds, failureLimit: options.failureLimit, intervalSeconds: options.intervalMs / 1000 },
    windows: outcome.windows.map((window) => ({
      phase: window.phase,
      weight: window.weight,
      seconds: Math.round(window.seconds * 100) / 100,
      verdict: window.analysis.verdict,
      failures: window.failures,
      candidate: figures(window.candidate),
      stable: figures(window.stable),
      checks: window.analysis.checks,
    })),
    ...(result.aliasMoved && { aliasMoved: result.aliasMoved }),
    deploymentId: result.deploymentId || null,
    ...(result.manifests && { manifests: result.manifests }),
    warnings: result.warnings,
  }
}

const DECISIONS = { promoted: 'Promoted', 'rolled-back': 'Rolled back', inconclusive: 'Inconclusive' } as const

export function deployCanarySummary(result: DeployCanaryResult): string {
  const { outcome } = result
  // The model, the target URL, the reason and the warnings come from inputs, the server and GitHub: escaped.
  const lines = [`## deploy-canary: ${mdText(result.model)} v${outcome.candidate} (${result.strategy}, ${mdText(result.target)})`, '', `**${DECISIONS[outcome.result]}**: ${mdText(outcome.reason, 500)}.`, '']
  if (outcome.windows.length > 0) {
    lines.push('| # | Phase | Weight | Seconds | Requests | Errors | p95 ms (candidate / stable) | Checks | Verdict |', '| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |')
    outcome.windows.forEach((window, i) => lines.push(windowRow(i + 1, window)))
    lines.push('')
  }
  if (result.aliasMoved) lines.push(`Alias ${mdCode(result.aliasMoved)} now names version ${outcome.candidate}.`, '')
  if (result.manifests) lines.push(`Manifests written, none applied: ${result.manifests.map((path) => mdCode(path)).join(', ')}.`, '')
  if (result.deploymentId) lines.push(`GitHub Deployment ${mdText(result.deploymentId)}.`, '')
  for (const warning of result.warnings) lines.push(`> [!WARNING]`, `> ${mdLine(warning)}`, '')
  return lines.join('\n')
}

function windowRow(index: number, window: WindowRecord): string {
  const { candidate, stable, analysis } = window
  const p95 = `${ms(candidate.p95) ?? '–'} / ${ms(stable?.p95) ?? '–'}`
  const checks = analysis.checks.map((check) => mdText(describeCheck(check), 500)).join('; ') || '–'
  return `| ${index} | ${window.phase} | ${window.weight} % | ${window.seconds.toFixed(1)} | ${candidate.requests} | ${candidate.errors} | ${p95} | ${checks} | ${analysis.verdict} |`
}

function describeCheck(check: CheckResult): string {
  const mark = check.passed ? '✓' : '✗'
  if (check.value === undefined) return `${mark} ${check.name}: not judged (${check.note})`
  return `${mark} ${check.name} ${check.value.toPrecision(3)} ≤ ${check.limit}`
}
