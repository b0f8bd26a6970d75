import { stringify } from 'yaml'
import { UserError } from '../errors/index.js'
import { checkModelName } from '../registry/index.js'
import { checkImage, checkNamespace, checkSecretName, checkServiceName } from './names.js'

/** The port the model server listens on inside its container; KServe routes to the one port declared. */
export const SERVER_PORT = 8080

/** KServe's name for the predictor's main container. */
export const PREDICTOR_CONTAINER = 'kserve-container'

/** The keys the Secret holds: the admin API's token, and the GitHub token a `github` registry reads with. */
export const SECRET_KEYS = { adminToken: 'admin-token', githubToken: 'github-token' } as const

export interface ModelServerSpec {
  /** The InferenceService's name: KServe's rule, a DNS-1123 label starting with a letter. */
  service: string
  namespace?: string
  /** The model server image: the bundle on Node 24 (shared/deploy/templates/Dockerfile). */
  image: string
  /** `github` or `local:<dir>`; a local directory must exist inside the container. */
  registry: string
  /** The registry's model name, served under this name. */
  model: string
  version: number
  /** The Secret with the keys of {@link SECRET_KEYS}. */
  secret: string
  /** `owner/name` of the registry's repository; required by the `github` registry. */
  repository?: string
  /** Default 1; 0 lets KServe scale to zero. */
  minReplicas?: number
  /** Default 3. */
  maxReplicas?: number
}

/** Where the rollout stands: a share of traffic on the new revision, all of it, or none. */
export type RolloutStep = { step: 'canary'; percent: number } | { step: 'promote' } | { step: 'rollback' }

interface SecretEnv {
  name: string
  valueFrom: { secretKeyRef: { name: string; key: string } }
}

export interface InferenceService {
  apiVersion: 'serving.kserve.io/v1beta1'
  kind: 'InferenceService'
  metadata: { name: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string> }
  spec: {
    predictor: {
      canaryTrafficPercent?: number
      minReplicas: number
      maxReplicas: number
      containers: [
        {
          name: string
          image: string
          args: string[]
          ports: Array<{ containerPort: number; name: string; protocol: 'TCP' }>
          env: Array<{ name: string; value: string } | SecretEnv>
          readinessProbe: Probe
          livenessProbe: Probe
          resources: { requests: Record<string, string>; limits: Record<string, string> }
        },
      ]
    }
  }
}

interface Probe {
  httpGet: { path: string; port: number }
  initialDelaySeconds: number
  periodSeconds: number
  timeoutSeconds: number
  failureThreshold: number
}

/** Checks every field once, naming the input at fault; renderers trust what it returns. */
export function checkModelServerSpec(spec: ModelServerSpec): Required<Omit<ModelServerSpec, 'namespace' | 'repository'>> & Pick<ModelServerSpec, 'namespace' | 'repository'> {
  checkServiceName(spec.service)
  if (spec.namespace !== undefined) checkNamespace(spec.namespace)
  checkImage(spec.image)
  checkModelName(spec.model, 'name')
  checkSecretName(spec.secret)
  if (!Number.isSafeInteger(spec.version) || spec.version < 1) throw new UserError(`Input 'version': ${spec.version} is not a model version; versions are whole numbers from 1.`)
  if (spec.registry === 'github') {
    if (!spec.repository || !/^[\w.-]+\/[\w.-]+$/.test(spec.repository))
      throw new UserError(`Input 'registry': 'github' needs the registry's repository as owner/name (GITHUB_REPOSITORY), not '${spec.repository ?? ''}'.`)
  } else if (!/^local:[^\s\p{Cc}]+$/u.test(spec.registry)) {
    throw new UserError(`Input 'registry' has invalid value '${spec.registry}': expected github or local:<directory>.`)
  }
  const minReplicas = spec.minReplicas ?? 1
  const maxReplicas = spec.maxReplicas ?? Math.max(3, minReplicas)
  if (!Number.isInteger(minReplicas) || minReplicas < 0) throw new UserError(`Input 'min-replicas': ${minReplicas} must be a whole number, 0 or more.`)
  if (!Number.isInteger(maxReplicas) || maxReplicas < Math.max(minReplicas, 1))
    throw new UserError(`Input 'max-replicas': ${maxReplicas} must be a whole number of at least 1 and at least 'min-replicas' (${minReplicas}).`)
  return { ...spec, minReplicas, maxReplicas }
}

/**
 * The InferenceService for one step of a rollout. KServe keeps the last revision that had all traffic
 * and splits traffic between it and the newest by `canaryTrafficPercent`; promoting removes the field,
 * so the newest takes everything, and rolling back sets it to 0, so the last good one does.
 */
export function inferenceService(spec: ModelServerSpec, rollout: RolloutStep): InferenceService {
  const checked = checkModelServerSpec(spec)
  const predictor: InferenceService['spec']['predictor'] = {
    ...trafficField(rollout),
    minReplicas: checked.minReplicas,
    maxReplicas: checked.maxReplicas,
    containers: [serverContainer(checked)],
  }
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: checked.service,
      ...(checked.namespace && { namespace: checked.namespace }),
      labels: { 'app.kubernetes.io/name': checked.service, 'app.kubernetes.io/managed-by': 'mlops-actions' },
      // Canary traffic splitting exists only in KServe's serverless mode; say so rather than rely on the cluster's default.
      annotations: { 'serving.kserve.io/deploymentMode': 'Serverless', 'mlops-actions/model': checked.model, 'mlops-actions/version': String(checked.version) },
    },
    spec: { predictor },
  }
}

/** The manifest as `kubectl apply -f` reads it. */
export function manifestYaml(manifest: InferenceService): string {
  return stringify(manifest, { lineWidth: 0 })
}

function trafficField(rollout: RolloutStep): { canaryTrafficPercent?: number } {
  if (rollout.step === 'promote') return {}
  if (rollout.step === 'rollback') return { canaryTrafficPercent: 0 }
  const { percent } = rollout
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new UserError(`Input 'steps': ${percent} is not a traffic percentage; KServe takes whole numbers from 0 to 100.`)
  return { canaryTrafficPercent: percent }
}

function serverContainer(spec: ReturnType<typeof checkModelServerSpec>): InferenceService['spec']['predictor']['containers'][0] {
  const secret = (name: string, key: string): SecretEnv => ({ name, valueFrom: { secretKeyRef: { name: spec.secret, key } } })
  const env: InferenceService['spec']['predictor']['containers'][0]['env'] = [secret('MLOPS_ADMIN_TOKEN', SECRET_KEYS.adminToken)]
  if (spec.registry === 'github') env.push({ name: 'GITHUB_REPOSITORY', value: spec.repository! }, secret('GITHUB_TOKEN', SECRET_KEYS.githubToken))
  return {
    name: PREDICTOR_CONTAINER,
    image: spec.image,
    // The image's entrypoint is `node /app/dist/mlops.js serve`; 0.0.0.0 so that the pod's network reaches it.
    args: ['--registry', spec.registry, '--model', spec.model, '--version', String(spec.version), '--host', '0.0.0.0', '--port', String(SERVER_PORT)],
    // `http1` tells Knative the port speaks HTTP/1.1: Open Inference Protocol v2 over REST.
    ports: [{ containerPort: SERVER_PORT, name: 'http1', protocol: 'TCP' }],
    env,
    // Ready once the version is loaded and its digest verified; live while the process answers at all.
    readinessProbe: probe('/v2/health/ready', 5),
    livenessProbe: probe('/v2/health/live', 10),
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
  }
}

function probe(path: string, periodSeconds: number): Probe {
  return { httpGet: { path, port: SERVER_PORT }, initialDelaySeconds: 2, periodSeconds, timeoutSeconds: 2, failureThreshold: 3 }
}
