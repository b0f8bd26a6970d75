import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Label } from '../metrics/index.js'
import type { Prediction } from '../model/index.js'
import { HttpError, isObject, methodNotAllowed, readJson, sendJson, VERSION_HEADER } from './http.js'
import { tableFromInferRequest, tableFromInstances } from './rows.js'
import type { Answer, ModelService } from './service.js'
import type { ServedVersion } from './versions.js'

/** The Open Inference Protocol's name for a server of this kind, in `GET /v2`. */
const SERVER_NAME = 'mlops'

export interface Endpoint {
  service: ModelService
  bodyLimit: number
  version: string
}

/**
 * The model endpoints: Open Inference Protocol v2 (REST) as KServe and MLServer speak it, and
 * `POST /predict`. Returns false when the path is not one of them.
 */
export async function handleInference(request: IncomingMessage, response: ServerResponse, path: string, endpoint: Endpoint): Promise<boolean> {
  const { service } = endpoint
  const method = request.method
  const only = (...allowed: string[]) => {
    if (!allowed.includes(method ?? '')) throw methodNotAllowed(method, allowed)
  }
  if (path === '/v2/health/live') {
    only('GET', 'HEAD')
    sendJson(response, 200, { live: true })
    return true
  }
  if (path === '/v2/health/ready') {
    only('GET', 'HEAD')
    sendJson(response, service.ready ? 200 : 503, { ready: service.ready })
    return true
  }
  if (path === '/v2') {
    only('GET')
    sendJson(response, 200, { name: SERVER_NAME, version: endpoint.version, extensions: [] })
    return true
  }
  if (path === '/predict') {
    only('POST')
    const body = await readJson(request, endpoint.bodyLimit)
    const answer = await service.answer((inputs) => tableFromInstances(body, inputs))
    sendJson(response, 200, simpleAnswer(answer), versionHeader(answer.version))
    return true
  }
  const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/.exec(path)
  if (!match) return false
  const [, name, versionText, action] = match
  if (safeDecode(name!) !== service.model) throw new HttpError(404, `No model '${safeDecode(name!).slice(0, 100)}' here; this server serves '${service.model}'.`)
  const version = versionText === undefined ? undefined : loadedVersion(service, versionText)
  if (action === '/infer') {
    only('POST')
    const body = await readJson(request, endpoint.bodyLimit)
    const answer = await service.answer((inputs) => tableFromInferRequest(body, inputs), version?.version)
    sendJson(response, 200, inferAnswer(service.model, answer, isObject(body) ? body.id : undefined), versionHeader(answer.version))
    return true
  }
  only('GET', 'HEAD')
  const shown = version ?? stableVersion(service)
  if (action === '/ready') sendJson(response, shown ? 200 : 503, { name: service.model, ready: shown !== undefined }, shown ? versionHeader(shown) : {})
  else if (!shown) throw new HttpError(503, 'No version is being served yet.')
  else sendJson(response, 200, metadata(service, shown), versionHeader(shown))
  return true
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function loadedVersion(service: ModelService, text: string): ServedVersion {
  const version = /^[1-9]\d{0,15}$/.test(text) ? service.version(Number(text)) : undefined
  if (!version) throw new HttpError(404, `Version '${safeDecode(text).slice(0, 40)}' of model '${service.model}' is not loaded; the loaded versions are ${service.loaded().map((v) => v.version).join(', ') || 'none'}.`)
  return version
}

function stableVersion(service: ModelService): ServedVersion | undefined {
  const routing = service.routing
  return routing && service.version(routing.stable)
}

function versionHeader(version: ServedVersion): Record<string, string> {
  return { [VERSION_HEADER]: String(version.version) }
}

/** `GET /v2/models/{name}`: exactly the inputs a client must send, so it can build a request from them. */
function metadata(service: ModelService, version: ServedVersion): unknown {
  return {
    name: service.model,
    versions: service.loaded().map((loaded) => String(loaded.version)),
    platform: `mlops-${version.flavor}`,
    inputs: version.inputs.map((input) => ({ name: input.name, datatype: input.type === 'number' ? 'FP64' : 'BYTES', shape: [-1] })),
    outputs: [
      { name: 'predict', datatype: labelDatatype(version), shape: [-1] },
      ...(version.task === 'classification' ? [{ name: 'predict_proba', datatype: 'FP64', shape: [-1, version.classes?.length ?? -1] }] : []),
    ],
    parameters: { version: String(version.version), task: version.task, ...(version.classes && { classes: version.classes }) },
  }
}

function labelDatatype(version: ServedVersion): string {
  if (version.task === 'regression') return 'FP64'
  const classes = version.classes ?? []
  if (classes.length > 0 && classes.every((label) => Number.isInteger(label))) return 'INT64'
  return classes.every((label) => typeof label === 'number') && classes.length > 0 ? 'FP64' : 'BYTES'
}

/** The infer response: `predict` [N], and `predict_proba` [N, C] for a classifier that gives probabilities, as MLServer's scikit-learn runtime names them. */
function inferAnswer(model: string, answer: Answer, id: unknown): unknown {
  const { prediction, version } = answer
  const rows = answer.table.rows
  const outputs: unknown[] = [{ name: 'predict', shape: [rows], datatype: labelDatatype(version), data: predictedValues(prediction) }]
  if (prediction.task === 'classification' && prediction.probabilities) {
    const classes = prediction.classes.length
    const data = new Array<number>(rows * classes)
    prediction.probabilities.forEach((column, c) => column.forEach((p, row) => (data[row * classes + c] = p)))
    outputs.push({ name: 'predict_proba', shape: [rows, classes], datatype: 'FP64', data, parameters: { classes: prediction.classes } })
  }
  return { model_name: model, model_version: String(version.version), ...(typeof id === 'string' && { id }), outputs }
}

/** `POST /predict`'s answer: predictions, per-row probabilities by class when the model gives them, and the version. */
function simpleAnswer(answer: Answer): unknown {
  const { prediction } = answer
  const probabilities =
    prediction.task === 'classification' && prediction.probabilities
      ? Array.from({ length: answer.table.rows }, (_, row) => Object.fromEntries(prediction.classes.map((label, c) => [String(label), prediction.probabilities![c]![row]])))
      : undefined
  return { predictions: predictedValues(prediction), ...(probabilities && { probabilities }), version: String(answer.version.version) }
}

function predictedValues(prediction: Prediction): (Label | number | null)[] {
  if (prediction.task === 'regression') return Array.from(prediction.values, (value) => (Number.isFinite(value) ? value : null))
  return prediction.labels
}
