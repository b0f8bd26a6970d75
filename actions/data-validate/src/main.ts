import { validateCommand } from '../../../shared/commands/data-validate/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(validateCommand)
}
