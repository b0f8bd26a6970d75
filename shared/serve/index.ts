// The model server: Open Inference Protocol v2 and /predict over node:http, versions loaded from
// the registry beside the live ones, canary, blue-green and shadow routing, Prometheus metrics
// and a prediction log. README.md documents the API and the HTTP surface.
export { startModelServer, type ModelServer } from './server.js'
export { DEFAULT_ALIAS, DEFAULT_BODY_LIMIT, DEFAULT_HOST, type ModelServerOptions } from './options.js'
export { DEFAULT_LOG_KEEP, DEFAULT_LOG_MAX_BYTES, PredictionLog, type PredictionLogOptions } from './prediction-log.js'
export { ROUTING_MODES, type Routing } from './routing.js'
export { VERSION_HEADER } from './http.js'
export { MAX_ROWS } from './rows.js'
export type { ModelService } from './service.js'
export type { ServedVersion } from './versions.js'
