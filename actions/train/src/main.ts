import { trainCommand } from '../../../shared/commands/train/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(trainCommand)
}
