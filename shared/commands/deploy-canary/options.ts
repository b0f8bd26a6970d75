import { STRATEGIES, type AnalysisThresholds, type KServeSettings, type Strategy } from '../../deploy/canary/index.js'
import { checkModelServerSpec } from '../../deploy/index.js'
import { UserError } from '../../errors/index.js'
import { invalid, type Inputs } from '../../inputs/index.js'
import { checkAlias, checkModelName, type ModelReference } from '../../registry/index.js'
import type { HostContext } from '../../runtime/host.js'
import { openRegistryFromInputs, type RegistrySettings } from '../registry-inputs.js'

export const DEFAULTS = {
  steps: '10,25,50,100',
  interval: 60,
  maxErrorRate: 0.01,
  maxLatencyRatio: 2,
  minRequests: 50,
  failureLimit: 2,
  promoteAlias: 'champion',
  manifests: 'kserve-manifests',
  secret: 'mlops-server',
  report: 'deploy-canary.json',
} as const

export type TargetOptions =
  | { kind: 'server'; url: string; adminToken: string }
  /** Without `kubeconfig` the manifests are written and nothing is applied. */
  | { kind: 'kserve'; settings: KServeSettings; kubeconfig?: string; manifests: string }

export type MetricsOptions = { kind: 'server'; url: string } | { kind: 'prometheus'; url: string }

/** Where a GitHub Deployment is recorded; absent without `environment`. */
export interface EnvironmentOptions {
  name: string
  token: string
  repository: string
  commit: string
  apiUrl?: string
  runUrl?: string
}

export interface DeployCanaryOptions {
  model: string
  reference: ModelReference
  registry: RegistrySettings
  target: TargetOptions
  metrics?: MetricsOptions
  strategy: Strategy
  steps: number[]
  intervalMs: number
  thresholds: AnalysisThresholds
  failureLimit: number
  /** The alias moved to the candidate on promotion; none for a shadow run not asked to move one. */
  promoteAlias?: string
  environment?: EnvironmentOptions
  report: string
}

export function parseDeployCanaryOptions(inputs: Inputs, host: HostContext): DeployCanaryOptions {
  const model = checkModelName(inputs.required('name'), 'name')
  const strategy = inputs.choice('strategy', STRATEGIES, 'canary')
  const target = parseTarget(inputs, host, model, strategy)
  const maxPredictionDrift = inputs.string('max-prediction-drift') === undefined ? undefined : inputs.number('max-prediction-drift', 0, { min: 0, max: 1 })
  const explicitAlias = inputs.string('promote-alias')
  if (explicitAlias) checkAlias(explicitAlias, 'promote-alias')
  // Shadow serves nothing, so it moves an alias only when asked to by name.
  const promoteAlias = strategy === 'shadow' ? explicitAlias : (explicitAlias ?? DEFAULTS.promoteAlias)
  return {
    model,
    reference: parseReference(inputs, model),
    registry: openRegistryFromInputs(inputs, host),
    target,
    ...(!(target.kind === 'kserve' && !target.kubeconfig) && { metrics: parseMetrics(inputs, target) }),
    strategy,
    steps: parseSteps(inputs.list('steps').length > 0 ? inputs.list('steps') : DEFAULTS.steps.split(',')),
    intervalMs: inputs.number('interval', DEFAULTS.interval, { min: 0.05, max: 86_400 }) * 1000,
    thresholds: {
      maxErrorRate: inputs.number('max-error-rate', DEFAULTS.maxErrorRate, { min: 0, max: 1 }),
      maxLatencyRatio: inputs.number('max-latency-ratio', DEFAULTS.maxLatencyRatio, { min: 1 }),
      ...(maxPredictionDrift !== undefined && { maxPredictionDrift }),
      minRequests: inputs.number('min-requests', DEFAULTS.minRequests, { min: 1, integer: true }),
    },
    failureLimit: inputs.number('failure-limit', DEFAULTS.failureLimit, { min: 1, max: 100, integer: true }),
    ...(promoteAlias && { promoteAlias }),
    ...(inputs.string('environment') && { environment: parseEnvironment(inputs, host) }),
    report: inputs.string('report') ?? DEFAULTS.report,
  }
}

function parseReference(inputs: Inputs, model: string): ModelReference {
  const version = inputs.string('version')
  const alias = inputs.string('alias')
  if (version !== undefined && alias !== undefined) throw new UserError("Inputs 'version' and 'alias' both name the version to roll out; give one.")
  if (version !== undefined) return { name: model, version: inputs.number('version', 0, { min: 1, integer: true }) }
  if (alias === undefined) throw new UserError("Input 'version' or 'alias' is required: the registered version to roll out.")
  if (alias !== 'latest') checkAlias(alias, 'alias')
  return { name: model, alias }
}

/** Whole percentages from 1 to 100, rising, ending at 100: the last step is the whole traffic. */
export function parseSteps(items: readonly string[]): number[] {
  const steps = items.map((item) => {
    const value = Number(item.replace(/%$/, ''))
    if (!Number.isInteger(value) || value < 1 || value > 100) throw invalid('steps', items.join(','), 'whole percentages from 1 to 100, such as 10,25,50,100')
    return value
  })
  if (steps.some((value, i) => i > 0 && value <= steps[i - 1]!) || steps.at(-1) !== 100) throw invalid('steps', items.join(','), 'rising percentages that end at 100, such as 10,25,50,100')
  return steps
}

function parseTarget(inputs: Inputs, host: HostContext, model: string, strategy: Strategy): TargetOptions {
  const kind = inputs.choice('target', ['server', 'kserve'] as const, 'server')
  if (kind === 'server') {
    const url = httpUrl('server-url', inputs.string('server-url'))
    const adminToken = inputs.string('admin-token')
    if (!adminToken) throw new UserError("Input 'admin-token' is required with target 'server': the MLOPS_ADMIN_TOKEN the server was started with.")
    return { kind, url, adminToken }
  }
  if (strategy !== 'canary') throw new UserError(`Input 'strategy': the kserve target rolls out as a canary only (KServe's canaryTrafficPercent); use target 'server' for ${strategy}.`)
  const image = inputs.string('image')
  if (!image) throw new UserError("Input 'image' is required with target 'kserve': the model server's image (shared/deploy/templates/Dockerfile).")
  const registry = inputs.string('registry') ?? (host.inActions ? 'github' : undefined)
  if (!registry) throw new UserError("Input 'registry' is required with target 'kserve': the registry the server in the cluster reads, github or local:<dir inside the image>.")
  const namespace = inputs.string('namespace')
  const settings: KServeSettings = {
    service: inputs.string('service') ?? model,
    ...(namespace && { namespace }),
    image,
    registry,
    model,
    secret: inputs.string('secret') ?? DEFAULTS.secret,
    ...(host.github.repository && { repository: host.github.repository }),
  }
  // Checked now, with a placeholder version, so a bad name fails before the rollout starts.
  checkModelServerSpec({ ...settings, version: 1 })
  const kubeconfig = inputs.string('kubeconfig')
  return { kind, settings, ...(kubeconfig && { kubeconfig }), manifests: inputs.string('manifests') ?? DEFAULTS.manifests }
}

function parseMetrics(inputs: Inputs, target: TargetOptions): MetricsOptions {
  const kind = inputs.choice('metrics-source', ['server', 'prometheus'] as const, 'server')
  if (kind === 'prometheus') return { kind, url: httpUrl('prometheus-url', inputs.string('prometheus-url')) }
  if (target.kind !== 'server') throw new UserError("Input 'metrics-source': the kserve target reads its figures from Prometheus; set metrics-source: prometheus and prometheus-url.")
  return { kind, url: target.url }
}

function parseEnvironment(inputs: Inputs, host: HostContext): EnvironmentOptions {
  const name = inputs.required('environment')
  const token = inputs.string('github-token') ?? host.token
  const repository = host.github.repository
  if (!token || !repository || !host.commit)
    throw new UserError(`Input 'environment': recording a GitHub Deployment needs ${!token ? "'github-token' (or GITHUB_TOKEN)" : !repository ? 'GITHUB_REPOSITORY' : 'GITHUB_SHA'}; leave 'environment' out to deploy without one.`)
  return { name, token, repository, commit: host.commit, ...(host.github.apiUrl && { apiUrl: host.github.apiUrl }), ...(host.runUrl && { runUrl: host.runUrl }) }
}

function httpUrl(input: string, value: string | undefined): string {
  if (!value) throw new UserError(`Input '${input}' is required, such as http://127.0.0.1:8080.`)
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw invalid(input, value, 'an http(s) URL, such as http://127.0.0.1:8080')
  return value.replace(/\/+$/, '')
}
