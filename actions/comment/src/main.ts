import { commentCommand } from '../../../shared/commands/comment/index.js'
import { runAction } from '../../../shared/runtime/github.js'

export function run(): Promise<void> {
  return runAction(commentCommand)
}
