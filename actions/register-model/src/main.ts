import { registerModelCommand } from '../../../shared/commands/register-model/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(registerModelCommand)
}
