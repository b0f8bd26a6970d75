import { monitorDriftCommand } from '../../../shared/commands/monitor-drift/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(monitorDriftCommand)
}
