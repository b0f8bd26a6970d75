import { deployCanaryCommand } from '../../../shared/commands/deploy-canary/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(deployCanaryCommand)
}
