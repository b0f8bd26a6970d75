import { registerModelCommand } from '../../../shared/commands/register-model.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(registerModelCommand)
}
