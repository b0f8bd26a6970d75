import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { checkKubectl, KServeTarget, type KServeSettings } from './kserve-target.js'

const SETTINGS: KServeSettings = { service: 'churn', namespace: 'models', image: 'ghcr.io/o/mlops-serve:1', registry: 'github', model: 'churn', secret: 'mlops', repository: 'o/r' }
const PATH = process.env.PATH

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kserve-target-'))
})
afterEach(() => {
  process.env.PATH = PATH
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A `kubectl` that records its arguments and exits with `status`, printing `stderr`. */
function fakeKubectl(status: number, stderr = ''): string {
  const folder = mkdtempSync(join(dir, 'bin-'))
  const log = join(folder, 'calls.log')
  const script = `#!/bin/bash\necho "$@" >> '${log}'\n${stderr ? `echo '${stderr}' >&2\n` : ''}exit ${status}\n`
  writeFileSync(join(folder, 'kubectl'), script)
  chmodSync(join(folder, 'kubectl'), 0o755)
  process.env.PATH = `${folder}:/usr/bin:/bin`
  return log
}

describe('the kserve target with a kubeconfig', () => {
  it('refuses before anything is applied when kubectl is not on PATH, saying how to get it', () => {
    process.env.PATH = join(dir, 'empty')
    expect(() => checkKubectl()).toThrow("Input 'kubeconfig': kubectl is not on PATH; install it in the job (such as azure/setup-kubectl), or leave 'kubeconfig' out to write the manifests only.")
  })

  it('applies one manifest per step with the kubeconfig: canary weights, then the promotion', async () => {
    const log = fakeKubectl(0)
    expect(() => checkKubectl()).not.toThrow()
    const manifests = join(dir, 'applied')
    const target = new KServeTarget(SETTINGS, 3, 4, '/secrets/kubeconfig', manifests)
    await target.route({ mode: 'canary', stable: 3, canary: 4, weight: 25 })
    await target.route({ mode: 'canary', stable: 3, canary: 4, weight: 50 })
    await target.route({ mode: 'stable', stable: 4 })
    expect(readdirSync(manifests)).toEqual(['01-canary-25.yaml', '02-canary-50.yaml', '03-promote.yaml'])
    const calls = readFileSync(log, 'utf8').trim().split('\n').filter((line) => line.includes('apply'))
    expect(calls).toEqual(['01-canary-25.yaml', '02-canary-50.yaml', '03-promote.yaml'].map((name) => `--kubeconfig /secrets/kubeconfig apply -f ${join(manifests, name)}`))
    const canary = parseYaml(readFileSync(join(manifests, '01-canary-25.yaml'), 'utf8'))
    expect(canary.spec.predictor.canaryTrafficPercent).toBe(25)
    expect(parseYaml(readFileSync(join(manifests, '03-promote.yaml'), 'utf8')).spec.predictor.canaryTrafficPercent).toBeUndefined()
  })

  it("names the manifest and quotes kubectl's last line when an apply fails", async () => {
    fakeKubectl(1, 'error: the server could not find the requested resource (InferenceService)')
    const manifests = join(dir, 'failed')
    const target = new KServeTarget(SETTINGS, 3, 4, '/secrets/kubeconfig', manifests)
    await expect(target.route({ mode: 'canary', stable: 3, canary: 4, weight: 10 })).rejects.toThrow(
      `Input 'kubeconfig': kubectl apply -f ${join(manifests, '01-canary-10.yaml')} failed with exit code 1: error: the server could not find the requested resource (InferenceService)`,
    )
  })

  it('refuses shadow, which KServe does not route', async () => {
    fakeKubectl(0)
    const target = new KServeTarget(SETTINGS, 3, 4, '/k', join(dir, 'shadow'))
    await expect(target.route({ mode: 'shadow', stable: 3, shadow: 4 })).rejects.toThrow("Input 'strategy': the kserve target rolls out as a canary only; use target 'server' for shadow and blue-green.")
  })
})
