import { UserError } from '../../errors/index.js'
import type { Routing } from '../../serve/index.js'
import type { MetricsSource, WindowMark } from './figures.js'
import { countersOf, figuresBetween, type CounterSnapshot } from './prometheus-text.js'

/** Where traffic is shifted: the model server's admin API, or a KServe InferenceService. */
export interface TrafficTarget {
  readonly describe: string
  /** The routing in force now: the truth a rollout starts from, whatever an earlier run left. */
  current(): Promise<Routing>
  /** Makes `version` ready to take traffic (the server loads it beside the live ones). */
  prepare(version: number): Promise<void>
  route(routing: Routing): Promise<void>
}

/** The model server's admin API (shared/serve/admin.ts), with its bearer token. */
export class ServerTarget implements TrafficTarget {
  readonly describe: string

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {
    this.describe = `the model server at ${url}`
  }

  async current(): Promise<Routing> {
    const routing = (await this.call('GET', '/admin/routing')) as Routing | null
    if (!routing) throw new UserError(`Input 'server-url': ${this.url} serves no version yet; start it with a version (mlops serve) before rolling one out.`)
    return routing
  }

  async prepare(version: number): Promise<void> {
    await this.call('POST', '/admin/versions', { version })
  }

  async route(routing: Routing): Promise<void> {
    await this.call('PUT', '/admin/routing', routing)
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await request(this.url, path, { method, headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) })
    const answer = await response.json().catch(() => undefined)
    if (response.status === 401) throw new UserError(`Input 'admin-token': ${this.url} refused it (401); give the MLOPS_ADMIN_TOKEN the server was started with.`)
    if (response.status === 404 && path.startsWith('/admin')) throw new UserError(`Input 'server-url': ${this.url} has no admin API (404); start the server with MLOPS_ADMIN_TOKEN set.`)
    if (!response.ok) throw new UserError(`Input 'server-url': ${method} ${path} answered ${response.status}: ${(answer as { error?: string } | undefined)?.error ?? 'no message'}`)
    return answer
  }
}

/** Counters scraped from the server's /metrics at both ends of a window, and subtracted. */
export class ServerMetrics implements MetricsSource {
  readonly describe: string

  constructor(
    private readonly url: string,
    private readonly model: string,
  ) {
    this.describe = `${url}/metrics`
  }

  async begin(): Promise<WindowMark & { counters: CounterSnapshot }> {
    return { startedAt: Date.now(), counters: await this.scrape() }
  }

  async end(mark: WindowMark) {
    return figuresBetween((mark as WindowMark & { counters: CounterSnapshot }).counters, await this.scrape())
  }

  private async scrape(): Promise<CounterSnapshot> {
    const response = await request(this.url, '/metrics', { method: 'GET' })
    if (!response.ok) throw new UserError(`Input 'server-url': GET /metrics answered ${response.status}.`)
    return countersOf(await response.text(), this.model, this.describe)
  }
}

async function request(base: string, path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(new URL(path, base), { ...init, signal: AbortSignal.timeout(30_000) })
  } catch (error) {
    throw unreachable('server-url', base, error)
  }
}

/** fetch's own message is only 'fetch failed': the cause says why (ECONNREFUSED, a bad port, a timeout). */
export function unreachable(input: string, base: string, error: unknown): UserError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return new UserError(`Input '${input}': cannot reach ${base} (${cause?.code ?? cause?.message ?? (error as Error).message}).`)
}
