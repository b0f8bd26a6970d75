import { join } from 'node:path'
import type { EvaluationOptions } from '../../evaluate/index.js'
import { modelUri } from '../../registry/index.js'
import { createTemporaryDir } from '../../output/index.js'
import type { Logger } from '../../log/index.js'
import type { RegistrySettings } from '../registry-inputs.js'

/** Fetches `champion` or a models:/ URI from the registry into a temporary model directory, removed on exit. */
export function registryBaselineFetcher(settings: RegistrySettings, log: Logger): EvaluationOptions['fetchRegistryBaseline'] {
  return async ({ reference, firstRunIfAbsent }) => {
    const registry = settings.open(log)
    if (firstRunIfAbsent && 'alias' in reference) {
      const versions = await registry.list(reference.name)
      if (!versions.some((record) => record.aliases.includes(reference.alias))) {
        log.warning(`Model '${reference.name}' has no ${reference.alias} yet in the ${registry.backend.kind} registry: this is a first run, judged on value thresholds alone.`)
        return undefined
      }
    }
    // Scored after this returns, so it lives until the process exits.
    const dir = join(createTemporaryDir('mlops-baseline-'), 'model')
    const record = await registry.fetch(reference, dir)
    const name = `${modelUri(record.name, record.version)}${'alias' in reference ? ` (${reference.alias})` : ''}`
    log.info(`Baseline: ${name}, sha256 ${record.digest} verified.`)
    return { dir, name, version: { version: record.version, uri: modelUri(record.name, record.version) } }
  }
}
