import { gatedRunCommand } from '../../../shared/commands/gated-run/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(gatedRunCommand)
}
