import { sweepCommand } from '../../../shared/commands/sweep/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(sweepCommand)
}
