import { readFileSync } from 'node:fs'
import AjvModule from 'ajv'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { isUserError } from '../errors/index.js'
import { parseYaml } from '../yaml/index.js'
import { inferenceService, manifestYaml, type InferenceService, type ModelServerSpec } from './index.js'

const Ajv = AjvModule.default ?? AjvModule
const schemaFile = new URL('kserve-inferenceservice.schema.json', import.meta.url)
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object)
const template = (name: string) => readFileSync(new URL(`templates/${name}`, import.meta.url), 'utf8')

const SPEC: ModelServerSpec = {
  service: 'churn',
  namespace: 'models',
  image: 'ghcr.io/octo-org/mlops-server:1.0',
  registry: 'github',
  repository: 'octo-org/models',
  model: 'churn',
  version: 4,
  secret: 'mlops-server',
}

/** Renders, prints as YAML and reads back, as `kubectl apply -f` would. */
function applied(spec: ModelServerSpec, step: Parameters<typeof inferenceService>[1]): InferenceService {
  return parseYaml(manifestYaml(inferenceService(spec, step)), 'manifest.yaml') as InferenceService
}

function refusal(render: () => unknown): string {
  try {
    render()
  } catch (error) {
    expect(isUserError(error)).toBe(true)
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('the KServe InferenceService', () => {
  it.each([
    ['a canary step', { step: 'canary', percent: 10 } as const],
    ['promotion', { step: 'promote' } as const],
    ['rollback', { step: 'rollback' } as const],
    ['a local registry with scale to zero', { step: 'canary', percent: 50 } as const, { registry: 'local:/models', repository: undefined, minReplicas: 0 }],
  ] as Array<[string, Parameters<typeof inferenceService>[1], Partial<ModelServerSpec>?]>)('renders %s as a manifest the schema of the KServe fields accepts', (_name, step, overrides = {}) => {
    const manifest = applied({ ...SPEC, ...overrides }, step)
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true)
  })

  it('runs the server image as the predictor, speaking Open Inference Protocol v2 on 8080 with its health probes', () => {
    const manifest = applied(SPEC, { step: 'canary', percent: 10 })
    expect(manifest.metadata).toMatchObject({ name: 'churn', namespace: 'models', annotations: { 'serving.kserve.io/deploymentMode': 'Serverless', 'mlops-actions/version': '4' } })
    const [container] = manifest.spec.predictor.containers
    expect(container.args).toEqual(['--registry', 'github', '--model', 'churn', '--version', '4', '--host', '0.0.0.0', '--port', '8080'])
    expect(container.ports).toEqual([{ containerPort: 8080, name: 'http1', protocol: 'TCP' }])
    expect([container.readinessProbe.httpGet, container.livenessProbe.httpGet]).toEqual([
      { path: '/v2/health/ready', port: 8080 },
      { path: '/v2/health/live', port: 8080 },
    ])
    expect(container.env).toEqual([
      { name: 'MLOPS_ADMIN_TOKEN', valueFrom: { secretKeyRef: { name: 'mlops-server', key: 'admin-token' } } },
      { name: 'GITHUB_REPOSITORY', value: 'octo-org/models' },
      { name: 'GITHUB_TOKEN', valueFrom: { secretKeyRef: { name: 'mlops-server', key: 'github-token' } } },
    ])
    expect(manifestYaml(inferenceService(SPEC, { step: 'canary', percent: 10 }))).not.toMatch(/ghp_|ghs_|token: /)
  })

  it('differs between steps only in canaryTrafficPercent: set per step, removed to promote, 0 to roll back', () => {
    const canary = applied(SPEC, { step: 'canary', percent: 25 })
    const promoted = applied(SPEC, { step: 'promote' })
    const rolledBack = applied(SPEC, { step: 'rollback' })
    expect(canary.spec.predictor.canaryTrafficPercent).toBe(25)
    expect('canaryTrafficPercent' in promoted.spec.predictor).toBe(false)
    expect(rolledBack.spec.predictor.canaryTrafficPercent).toBe(0)
    const { canaryTrafficPercent: _c, ...canaryRest } = canary.spec.predictor
    const { canaryTrafficPercent: _r, ...rolledBackRest } = rolledBack.spec.predictor
    expect(canaryRest).toEqual(promoted.spec.predictor)
    expect(rolledBackRest).toEqual(promoted.spec.predictor)
  })

  it('leaves the repository and token out for a local registry', () => {
    const [container] = applied({ ...SPEC, registry: 'local:/models', repository: undefined }, { step: 'promote' }).spec.predictor.containers
    expect(container.env.map((e) => e.name)).toEqual(['MLOPS_ADMIN_TOKEN'])
    expect(container.args.slice(0, 2)).toEqual(['--registry', 'local:/models'])
  })

  it.each([
    ['a model name with a line break', { model: 'churn\nkind: Secret' }, "Input 'name': 'churn\nkind: Secret' is not a model name; use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or digit."],
    ['a service name that is not a DNS label', { service: 'Churn_Model' }, "Input 'service': 'Churn_Model' is not a Kubernetes name for the service; use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, such as churn-model."],
    ['a service name that would inject YAML', { service: 'churn\n  namespace: kube-system' }, 'Input \'service\': "churn\\n  namespace: kube-system" is not a Kubernetes name for the service; use at most 63 lower-case letters, digits and \'-\', starting with a letter and ending with a letter or digit, such as churn-model.'],
    ['a service name over 63 characters', { service: 'c'.repeat(64) }, `Input 'service': '${'c'.repeat(64)}' is not a Kubernetes name for the service; use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, such as churn-model.`],
    ['a namespace with a slash', { namespace: 'models/../kube-system' }, "Input 'namespace': 'models/../kube-system' is not a Kubernetes namespace; use at most 63 lower-case letters, digits and '-', such as models."],
    ['an image with a space', { image: 'mlops server' }, "Input 'image': 'mlops server' is not a container image reference, such as ghcr.io/octo-org/mlops-server:1.0."],
    ['the github registry without a repository', { repository: undefined }, "Input 'registry': 'github' needs the registry's repository as owner/name (GITHUB_REPOSITORY), not ''."],
    ['more minimum than maximum replicas', { minReplicas: 4, maxReplicas: 2 }, "Input 'max-replicas': 2 must be a whole number of at least 1 and at least 'min-replicas' (4)."],
  ])('refuses %s, naming it', (_name, overrides, message) => {
    expect(refusal(() => inferenceService({ ...SPEC, ...overrides }, { step: 'promote' }))).toBe(message)
  })

  it('refuses a traffic share outside 0 to 100', () => {
    expect(refusal(() => inferenceService(SPEC, { step: 'canary', percent: 101 }))).toBe("Input 'steps': 101 is not a traffic percentage; KServe takes whole numbers from 0 to 100.")
  })

  it('the schema refuses a field KServe does not have and a share over 100', () => {
    const manifest = inferenceService(SPEC, { step: 'canary', percent: 10 })
    expect(validate({ ...manifest, spec: { predictor: { ...manifest.spec.predictor, canaryTrafficPercentage: 10 } } })).toBe(false)
    expect(validate({ ...manifest, spec: { predictor: { ...manifest.spec.predictor, canaryTrafficPercent: 110 } } })).toBe(false)
  })
})

describe('the Kubernetes templates', () => {
  it('has a Deployment whose server is probed on its OIP v2 health endpoints, with its admin token from a Secret, and a Service for it', () => {
    const documents = parseAllDocuments(template('deployment.yaml')).map((d) => {
      expect(d.errors).toEqual([])
      return d.toJS() as { kind: string; spec: any }
    })
    expect(documents.map((d) => d.kind)).toEqual(['Deployment', 'Service'])
    const [deployment, service] = documents
    const container = deployment.spec.template.spec.containers[0]
    expect(container.readinessProbe.httpGet).toEqual({ path: '/v2/health/ready', port: 'http' })
    expect(container.livenessProbe.httpGet).toEqual({ path: '/v2/health/live', port: 'http' })
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }])
    expect(container.resources.requests).toEqual({ cpu: '250m', memory: '256Mi' })
    expect(container.env.find((e: { name: string }) => e.name === 'MLOPS_ADMIN_TOKEN').valueFrom).toEqual({ secretKeyRef: { name: 'mlops-server', key: 'admin-token' } })
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true)
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels)
  })

  it('has a Dockerfile that runs the bundle as a non-root user on Node 24, with a health check against readiness', () => {
    const dockerfile = template('Dockerfile')
    expect(dockerfile).toMatch(/^FROM node:24-slim$/m)
    expect(dockerfile).toMatch(/^COPY actions\/dist \/app\/dist$/m)
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m)
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/v2\/health\/ready/m)
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "\/app\/dist\/mlops.js", "serve"\]$/m)
  })
})
