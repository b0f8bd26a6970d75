import { checkKubectl, KServeTarget, PrometheusMetrics, rollOut, ServerMetrics, ServerTarget, writeKServeManifests, type MetricsSource, type RolloutOutcome, type TrafficTarget } from '../../deploy/canary/index.js'
import { UserError } from '../../errors/index.js'
import { modelUri, type ModelRegistry } from '../../registry/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import { startDeployment } from './deployment.js'
import { DEPLOY_CANARY_INPUTS, DEPLOY_CANARY_OUTPUTS } from './inputs.js'
import { DEFAULTS, parseDeployCanaryOptions, type DeployCanaryOptions } from './options.js'
import { deployCanaryReport, deployCanarySummary, type DeployCanaryResult } from './report.js'

export type { DeployCanaryResult } from './report.js'

export const deployCanaryCommand: Command<DeployCanaryOptions, DeployCanaryResult> = {
  action: 'deploy-canary',
  cli: 'deploy',
  title: 'mlops deploy',
  description:
    'Progressive delivery of a registered version: shift traffic step by step (canary), switch it at once (blue-green) or mirror it (shadow) on the model server or KServe, judge every step from live metrics, then promote the version and move its alias, or roll back on its own.',
  permissions: [
    { scope: 'contents', level: 'write', why: 'reads the version and moves `promote-alias` to it', when: 'with `registry: github`' },
    { scope: 'deployments', level: 'write', why: 'records the rollout as a GitHub Deployment', when: 'with `environment`' },
  ],
  inputs: DEPLOY_CANARY_INPUTS,
  outputs: DEPLOY_CANARY_OUTPUTS,
  parse: parseDeployCanaryOptions,

  async run(options, log): Promise<CommandResult<DeployCanaryResult>> {
    const registry = options.registry.open(log)
    const record = await registry.resolve(options.reference)
    const candidate = record.version
    const uri = modelUri(options.model, candidate)
    const { target: targetOptions } = options
    if (targetOptions.kind === 'kserve' && !targetOptions.kubeconfig) {
      const manifests = writeKServeManifests(targetOptions.settings, candidate, options.steps, targetOptions.manifests)
      log.info(`Wrote ${manifests.length} InferenceService manifests for ${uri} to ${targetOptions.manifests}; without 'kubeconfig' none is applied.`)
      const outcome: RolloutOutcome = { result: 'inconclusive', stable: candidate, candidate, finalWeight: 0, windows: [], reason: "manifests written, not applied: give 'kubeconfig' to roll out and judge" }
      return finish(options, { model: options.model, strategy: options.strategy, target: 'kserve', outcome, deploymentId: '', manifests, warnings: [] })
    }
    const previous = await promoteAliasHolder(registry, options)
    const target = await openTarget(options, candidate, previous)
    const metrics = openMetrics(options)
    const deployment = await startDeployment(
      options.environment,
      {
        description: `${options.model} v${candidate}, ${options.strategy}`,
        payload: { model: options.model, version: candidate, strategy: options.strategy, digest: record.digest },
        ...(targetOptions.kind === 'server' && { environmentUrl: targetOptions.url }),
      },
      log,
    )
    let outcome: RolloutOutcome
    let aliasMoved: string | undefined
    try {
      log.info(`Rolling ${uri} out on ${target.describe} (${options.strategy}), judged from ${metrics.describe}.`)
      outcome = await rollOut({ strategy: options.strategy, candidate, steps: options.steps, intervalMs: options.intervalMs, thresholds: options.thresholds, failureLimit: options.failureLimit, ...(previous !== undefined && { previous }) }, target, metrics, log)
      if (outcome.result === 'promoted' && options.promoteAlias) {
        await registry.setAlias(options.model, options.promoteAlias, candidate)
        aliasMoved = options.promoteAlias
        log.info(`Moved alias '${options.promoteAlias}' to ${uri}.`)
      }
    } catch (error) {
      // Never left in_progress: an error is the end of this run, whatever the next one does.
      await deployment.status('failure', `${options.model} v${candidate}: stopped on an error: ${(error as Error).message}`).catch(() => undefined)
      throw error
    }
    await deployment.status(outcome.result === 'promoted' && options.strategy !== 'shadow' ? 'success' : 'failure', `${options.model} v${candidate}: ${outcome.result}, ${outcome.reason}`)
    const warnings = deployment.warning ? [deployment.warning] : []
    return finish(options, { model: options.model, strategy: options.strategy, target: targetOptions.kind, outcome, ...(aliasMoved && { aliasMoved }), deploymentId: deployment.id, warnings })
  },
}

/**
 * The version the promote alias names now, if any: where traffic goes back to when a cancelled run had
 * already switched it to the candidate, and, as KServe keeps the previous revision itself, its stable.
 */
async function promoteAliasHolder(registry: ModelRegistry, options: DeployCanaryOptions): Promise<number | undefined> {
  const alias = options.promoteAlias ?? DEFAULTS.promoteAlias
  return (await registry.list(options.model)).find((record) => record.aliases.includes(alias))?.version
}

async function openTarget(options: DeployCanaryOptions, candidate: number, stable: number | undefined): Promise<TrafficTarget> {
  const target = options.target
  if (target.kind === 'server') return new ServerTarget(target.url, target.adminToken)
  if (stable === undefined) throw new UserError(`Input 'promote-alias': alias '${options.promoteAlias ?? DEFAULTS.promoteAlias}' of model '${options.model}' names no version; the kserve target rolls out beside the version it names.`)
  checkKubectl()
  return new KServeTarget(target.settings, stable, candidate, target.kubeconfig!, target.manifests)
}

function openMetrics(options: DeployCanaryOptions): MetricsSource {
  const metrics = options.metrics!
  return metrics.kind === 'server' ? new ServerMetrics(metrics.url, options.model) : new PrometheusMetrics(metrics.url, options.model)
}

function finish(options: DeployCanaryOptions, result: DeployCanaryResult): CommandResult<DeployCanaryResult> {
  const { outcome } = result
  const uri = modelUri(result.model, outcome.candidate)
  // Rendering the manifests was all that was asked: not a failure, though nothing was judged.
  const failure =
    result.manifests || outcome.result === 'promoted' ? undefined : outcome.result === 'rolled-back' ? `Rolled back ${uri}: ${outcome.reason}.` : `Inconclusive, ${uri} not promoted: ${outcome.reason}.`
  return {
    result,
    outputs: {
      result: outcome.result,
      'final-weight': String(outcome.finalWeight),
      'deployment-id': result.deploymentId,
      manifests: result.manifests ? (options.target as { manifests: string }).manifests : '',
      report: options.report,
    },
    report: deployCanaryReport(result, options),
    reportPath: options.report,
    summary: deployCanarySummary(result),
    // The deployment's warning was logged as it happened, which on GitHub is already an annotation.
    annotations: [],
    ...(failure && { failure }),
  }
}
