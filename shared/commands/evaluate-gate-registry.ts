import { join } from 'node:path'
import { UserError } from '../errors/index.js'
import type { EvaluationOptions } from '../evaluate/index.js'
import { modelUri, parseModelUri, type ModelReference } from '../registry/index.js'
import { createTemporaryDir } from '../output/index.js'
import type { Logger } from '../log/index.js'
import type { EvaluateGateOptions } from './evaluate-gate.js'

/** Fetches `champion` or a models:/ URI from the registry into a temporary model directory, removed on exit. */
export function registryBaselineFetcher(options: EvaluateGateOptions, log: Logger): EvaluationOptions['fetchRegistryBaseline'] {
  return async (value) => {
    const reference: ModelReference = value === 'champion' ? { name: requireName(options), alias: 'champion' } : parseModelUri(value, 'baseline')
    const registry = options.registry.open(log)
    if (value === 'champion') {
      const versions = await registry.list(reference.name)
      if (!versions.some((record) => record.aliases.includes('champion'))) {
        log.warning(`Model '${reference.name}' has no champion yet in the ${registry.backend.kind} registry: this is a first run, judged on value thresholds alone.`)
        return undefined
      }
    }
    // Scored after this returns, so it lives until the process exits.
    const dir = join(createTemporaryDir('mlops-baseline-'), 'model')
    const record = await registry.fetch(reference, dir)
    const name = `${modelUri(record.name, record.version)}${'alias' in reference ? ` (${reference.alias})` : ''}`
    log.info(`Baseline: ${name}, sha256 ${record.digest} verified.`)
    return { dir, name }
  }
}

function requireName(options: EvaluateGateOptions): string {
  if (!options.name) throw new UserError("Input 'name' is required with 'baseline: champion': it names the model whose champion to compare with.")
  return options.name
}
