import { predictCommand } from '../../../shared/commands/predict/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(predictCommand)
}
