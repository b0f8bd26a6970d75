import { performance } from 'node:perf_hooks'
import { describeError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import type { ModelInput, Prediction } from '../model/index.js'
import type { ModelRegistry, ModelReference } from '../registry/index.js'
import type { Table } from '../table/index.js'
import { HttpError, VERSION_HEADER } from './http.js'
import { ServerMetrics } from './metrics.js'
import type { PredictionLog } from './prediction-log.js'
import { Router, versionsIn, type Routing } from './routing.js'
import { loadVersion, type ServedVersion } from './versions.js'

/** An answered request: the version that answered, the rows it read, its prediction. */
export interface Answer {
  readonly version: ServedVersion
  readonly table: Table
  readonly prediction: Prediction
}

/** Reads a request's rows for a version's inputs; throws an HttpError (400) naming what is wrong. */
export type RowsDecoder = (inputs: readonly ModelInput[]) => Table

/**
 * The loaded versions and the routing between them. Loading happens beside the live versions;
 * routing changes by replacing one Router object, so a request keeps the version it was routed
 * to even when the routing changes before it is answered. Versions stay loaded until close.
 */
export class ModelService {
  readonly metrics: ServerMetrics
  private readonly versions = new Map<number, ServedVersion>()
  private readonly loading = new Map<number, Promise<ServedVersion>>()
  private readonly shadows = new Set<Promise<void>>()
  private router: Router | undefined

  constructor(
    readonly model: string,
    private readonly registry: ModelRegistry,
    private readonly log?: PredictionLog,
    private readonly logger?: Logger,
  ) {
    this.metrics = new ServerMetrics(model)
  }

  get routing(): Routing | undefined {
    return this.router?.routing
  }

  get ready(): boolean {
    return this.router !== undefined
  }

  loaded(): ServedVersion[] {
    return [...this.versions.values()].sort((a, b) => a.version - b.version)
  }

  version(number: number): ServedVersion | undefined {
    return this.versions.get(number)
  }

  /** Loads the version a reference names, unless it is loaded or loading already. */
  async load(reference: ModelReference): Promise<ServedVersion> {
    const record = await this.registry.resolve(reference)
    const present = this.versions.get(record.version)
    if (present) return present
    let loading = this.loading.get(record.version)
    if (!loading) {
      loading = loadVersion(this.registry, { name: this.model, version: record.version })
      this.loading.set(record.version, loading)
      loading.then(
        (version) => {
          this.versions.set(version.version, version)
          this.logger?.info(`Loaded version ${version.version} (${version.flavor}, sha256 ${version.digest}).`)
        },
        () => undefined,
      ).finally(() => this.loading.delete(record.version))
    }
    return loading
  }

  /** The atomic switch: requests routed from now on follow `routing`. */
  route(routing: Routing): void {
    for (const version of versionsIn(routing)) if (!this.versions.has(version)) throw new HttpError(409, `Version ${version} is not loaded.`)
    this.router = new Router(routing)
  }

  /** Answers a request through the routing, or through the loaded version `explicit`; mirrors it to the shadow when there is one. */
  async answer(decode: RowsDecoder, explicit?: number): Promise<Answer> {
    if (!this.router) throw new HttpError(503, 'No version is being served yet.')
    const route = explicit !== undefined ? { answer: explicit } : this.router.next()
    const answering = this.versions.get(route.answer)
    if (!answering) throw new HttpError(404, `Version ${route.answer} of model '${this.model}' is not loaded; the loaded versions are ${this.loaded().map((v) => v.version).join(', ')}.`)
    // The copy goes out with the request, so the shadow also sees the requests the answer fails on.
    if (route.shadow !== undefined) this.mirror(route.shadow, decode)
    return this.predictWith(answering, decode)
  }

  /** Waits for shadow copies in flight, closes every version and removes their folders. */
  async close(): Promise<void> {
    await Promise.all(this.shadows)
    await Promise.allSettled(this.loading.values())
    await Promise.all([...this.versions.values()].map((version) => version.close()))
    this.versions.clear()
  }

  private async predictWith(version: ServedVersion, decode: RowsDecoder): Promise<Answer> {
    const started = performance.now()
    const seconds = () => (performance.now() - started) / 1000
    // Refusals and failures say which version they came from too.
    const answeredBy = { [VERSION_HEADER]: String(version.version) }
    let table: Table
    try {
      table = decode(version.inputs)
    } catch (error) {
      this.metrics.observe(version.version, seconds(), 'refused')
      throw error instanceof HttpError ? new HttpError(error.status, error.message, { ...error.headers, ...answeredBy }) : error
    }
    let prediction: Prediction
    try {
      prediction = await version.predict(table)
    } catch (error) {
      this.metrics.observe(version.version, seconds(), 'error')
      throw new HttpError(500, `Version ${version.version} failed to predict: ${describeError(error).split('\n')[0]}`, answeredBy)
    }
    this.metrics.observe(version.version, seconds(), prediction)
    this.log?.write(version.version, table, prediction)
    return { version, table, prediction }
  }

  /** The shadow's answer is counted and logged, never returned; its failures stay in its metrics. */
  private mirror(number: number, decode: RowsDecoder): void {
    const shadow = this.versions.get(number)
    if (!shadow) return
    const done = this.predictWith(shadow, decode).then(
      () => undefined,
      () => undefined,
    )
    const tracked = done.finally(() => this.shadows.delete(tracked))
    this.shadows.add(tracked)
  }
}
