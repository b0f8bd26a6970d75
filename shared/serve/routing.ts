import { HttpError, isObject } from './http.js'

/**
 * Which loaded versions answer. `stable`: one version takes all traffic (a blue-green switch is
 * setting a new one). `canary`: `weight` percent of requests go to `canary`, the rest to
 * `stable`. `shadow`: `stable` answers every request and `shadow` gets a copy whose answer is
 * logged and counted, never returned.
 */
export type Routing =
  | { readonly mode: 'stable'; readonly stable: number }
  | { readonly mode: 'canary'; readonly stable: number; readonly canary: number; readonly weight: number }
  | { readonly mode: 'shadow'; readonly stable: number; readonly shadow: number }

export const ROUTING_MODES = ['stable', 'blue-green', 'canary', 'shadow'] as const

/**
 * `PUT /admin/routing`'s body checked: `{mode?, stable, canary?, weight?, shadow?}`. `blue-green`
 * is the `stable` mode under the name a rollout gives it. Without `mode` it follows from the keys.
 */
export function parseRouting(body: unknown, loaded: (version: number) => boolean): Routing {
  if (!isObject(body)) throw new HttpError(400, 'The routing must be a JSON object: {"mode", "stable", "canary", "weight", "shadow"}.')
  const known = new Set(['mode', 'stable', 'canary', 'weight', 'shadow'])
  const unknown = Object.keys(body).find((key) => !known.has(key))
  if (unknown) throw new HttpError(400, `Routing key '${unknown}' is unknown; the keys are mode, stable, canary, weight and shadow.`)
  const mode = body.mode ?? (body.canary !== undefined ? 'canary' : body.shadow !== undefined ? 'shadow' : 'stable')
  if (typeof mode !== 'string' || !(ROUTING_MODES as readonly string[]).includes(mode)) throw new HttpError(400, `Routing 'mode' must be one of ${ROUTING_MODES.join(', ')}.`)
  const version = (key: string): number => {
    const value = body[key]
    if (!Number.isSafeInteger(value) || (value as number) < 1) throw new HttpError(400, `Routing '${key}' must be a version number (1 or more) for mode '${mode}'.`)
    if (!loaded(value as number)) throw new HttpError(409, `Routing '${key}': version ${value} is not loaded; load it with POST /admin/versions first.`)
    return value as number
  }
  const refuse = (...keys: string[]) => {
    const extra = keys.find((key) => body[key] !== undefined)
    if (extra) throw new HttpError(400, `Routing '${extra}' does not apply to mode '${mode}'.`)
  }
  if (mode === 'stable' || mode === 'blue-green') {
    refuse('canary', 'weight', 'shadow')
    return { mode: 'stable', stable: version('stable') }
  }
  if (mode === 'shadow') {
    refuse('canary', 'weight')
    return { mode: 'shadow', stable: version('stable'), shadow: version('shadow') }
  }
  refuse('shadow')
  const weight = body.weight ?? 0
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) throw new HttpError(400, "Routing 'weight' must be a number from 0 to 100: the percentage of requests the canary answers.")
  return { mode: 'canary', stable: version('stable'), canary: version('canary'), weight }
}

/** The versions a routing keeps in use. */
export function versionsIn(routing: Routing): number[] {
  if (routing.mode === 'canary') return [routing.stable, routing.canary]
  if (routing.mode === 'shadow') return [routing.stable, routing.shadow]
  return [routing.stable]
}

/** Who answers a request, and who gets its shadow copy. */
export interface Route {
  readonly answer: number
  readonly shadow?: number
}

/**
 * A routing with its request counter. Canary requests are spread evenly and deterministically:
 * request k goes to the canary when floor(k·w/100) steps up, so any 100 consecutive requests
 * hold the weight's share, give or take one, and a test or a rollout step sees exactly it.
 */
export class Router {
  private count = 0

  constructor(readonly routing: Routing) {}

  next(): Route {
    const routing = this.routing
    if (routing.mode === 'stable') return { answer: routing.stable }
    if (routing.mode === 'shadow') return { answer: routing.stable, shadow: routing.shadow }
    const before = Math.floor((this.count * routing.weight) / 100)
    this.count++
    const after = Math.floor((this.count * routing.weight) / 100)
    return { answer: after > before ? routing.canary : routing.stable }
  }
}
