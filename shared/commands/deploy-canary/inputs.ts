import type { InputSpec, OutputSpec } from '../../runtime/command.js'
import { REGISTRY_INPUTS } from '../registry-inputs.js'
import { DEFAULTS } from './options.js'

export const DEPLOY_CANARY_INPUTS: Record<string, InputSpec> = {
  name: { description: "The registered model's name.", required: true },
  version: { description: 'The version to roll out (a number); or give `alias`.' },
  alias: { description: 'The alias whose version is rolled out, such as `challenger`, or `latest`; or give `version`.' },
  registry: REGISTRY_INPUTS.registry!,
  'github-token': { description: 'Token for the github registry (`contents: write` to move the alias) and the GitHub Deployment (`deployments: write`).', actionDefault: '${{ github.token }}' },
  target: { description: '`server`: the model server (`mlops serve`) through its admin API; `kserve`: a KServe InferenceService through `kubectl`.', default: 'server' },
  'server-url': { description: 'The model server, such as `http://127.0.0.1:8080` (target `server`). Also the environment URL of the GitHub Deployment.' },
  'admin-token': { description: "The server's `MLOPS_ADMIN_TOKEN`, from a secret (target `server`)." },
  strategy: { description: '`canary`: weights rise through `steps`; `blue-green`: the candidate is checked in shadow, then takes all traffic at once; `shadow`: the candidate gets copies of requests and never answers.', default: 'canary' },
  steps: { description: "The candidate's share of traffic at each step, in percent, rising and ending at 100. Shadow observes one window per step.", default: DEFAULTS.steps },
  interval: { description: 'Seconds each step is observed before it is judged.', default: String(DEFAULTS.interval) },
  'max-error-rate': { description: "The candidate's errors over its requests in a window must not exceed this.", default: String(DEFAULTS.maxErrorRate) },
  'max-latency-ratio': { description: "The candidate's p95 latency over the stable version's must not exceed this; judged only when the candidate's p95 exceeds 10 ms.", default: String(DEFAULTS.maxLatencyRatio) },
  'max-prediction-drift': { description: "Largest Jensen–Shannon distance (0 to 1) between the candidate's and the stable version's predictions (class counts, or value buckets for a regression); off unless set." },
  'min-requests': { description: 'Requests the candidate must get in a window to be judged; a window short of it is extended up to 3 intervals, then the rollout ends inconclusive.', default: String(DEFAULTS.minRequests) },
  'failure-limit': { description: 'Failed windows that roll back; a failed window is observed again at the same weight until then.', default: String(DEFAULTS.failureLimit) },
  'metrics-source': { description: "`server`: the server's `/metrics`, scraped at both ends of each window; `prometheus`: the Prometheus HTTP API at `prometheus-url` (required by target `kserve`).", default: 'server' },
  'prometheus-url': { description: 'Prometheus, such as `http://127.0.0.1:9090`, scraping the model server.' },
  'promote-alias': { description: 'The alias moved to the version once promoted. Shadow moves one only when this is given.', default: DEFAULTS.promoteAlias },
  environment: { description: 'A GitHub environment, such as `production`: the rollout is recorded as a Deployment there (`deployments: write`). Without it none is recorded.' },
  kubeconfig: { description: 'Path of a kubeconfig (target `kserve`): each step is applied with `kubectl`. Without it the manifests are written to `manifests` and nothing is applied.' },
  image: { description: 'The model server image the InferenceService runs (target `kserve`).' },
  service: { description: "The InferenceService's name (target `kserve`); default `name`." },
  namespace: { description: 'The Kubernetes namespace (target `kserve`).' },
  secret: { description: 'The Secret holding `admin-token` and `github-token` for the server in the cluster (target `kserve`).', default: DEFAULTS.secret },
  manifests: { description: 'Folder the InferenceService manifests are written to (target `kserve`).', default: DEFAULTS.manifests },
  report: { description: 'Path of the JSON report.', default: DEFAULTS.report },
  config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
}

export const DEPLOY_CANARY_OUTPUTS: Record<string, OutputSpec> = {
  result: { description: '`promoted`, `rolled-back` or `inconclusive`.' },
  'final-weight': { type: 'number', description: "The candidate's share of traffic at the end, in percent: 100 promoted, 0 otherwise (and for shadow)." },
  'deployment-id': { description: 'The GitHub Deployment recorded; empty without `environment` or the permission.' },
  manifests: { description: 'Target `kserve` without `kubeconfig`: the folder of the written manifests.' },
  report: { description: 'Path of the JSON report.' },
}
