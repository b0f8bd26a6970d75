import { describe, expect, it } from 'vitest'
import { Inputs, mapSource } from '../../inputs/index.js'
import { hostContext } from '../../runtime/host.js'
import { deployCanaryCommand } from '../index.js'

const REQUIRED = { name: 'wine', version: '2', registry: 'local:registry', 'server-url': 'http://127.0.0.1:8080/', 'admin-token': 'secret' }

function parse(inputs: Record<string, string>) {
  return deployCanaryCommand.parse(new Inputs(mapSource({ ...REQUIRED, ...inputs }), Object.keys(deployCanaryCommand.inputs)), hostContext({}))
}

describe('the options of deploy-canary', () => {
  it('has the documented defaults: steps 10,25,50,100, 60 s, error rate 0.01, latency ratio 2, drift off, 50 requests, failure-limit 2, champion', () => {
    const options = parse({})
    expect(options).toMatchObject({ strategy: 'canary', steps: [10, 25, 50, 100], intervalMs: 60_000, failureLimit: 2, promoteAlias: 'champion', report: 'deploy-canary.json' })
    expect(options.thresholds).toEqual({ maxErrorRate: 0.01, maxLatencyRatio: 2, minRequests: 50 })
    expect(options.target).toEqual({ kind: 'server', url: 'http://127.0.0.1:8080', adminToken: 'secret' })
    expect(options.metrics).toEqual({ kind: 'server', url: 'http://127.0.0.1:8080' })
    expect(options.environment).toBeUndefined()
  })

  it('moves no alias for a shadow run unless one is named', () => {
    expect(parse({ strategy: 'shadow' }).promoteAlias).toBeUndefined()
    expect(parse({ strategy: 'shadow', 'promote-alias': 'shadow-ok' }).promoteAlias).toBe('shadow-ok')
  })

  it.each([
    [{ steps: '10,50' }, "Input 'steps'"],
    [{ steps: '50,25,100' }, "Input 'steps'"],
    [{ 'max-prediction-drift': '1.5' }, "Input 'max-prediction-drift'"],
    [{ 'min-requests': '0' }, "Input 'min-requests'"],
    [{ 'server-url': 'ftp://host' }, "Input 'server-url'"],
    [{ alias: 'challenger' }, "Inputs 'version' and 'alias' both name the version to roll out; give one."],
  ])('refuses %o in one line naming the input', (inputs, named) => {
    let message = ''
    try {
      parse(inputs)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(named)
    expect(message).not.toContain('\n')
  })
})
