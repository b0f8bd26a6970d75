import { evaluateGateCommand } from '../../../shared/commands/evaluate-gate/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(evaluateGateCommand)
}
