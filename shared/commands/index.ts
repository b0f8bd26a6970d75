import type { Command } from '../runtime/command.js'
import { evaluateGateCommand } from './evaluate-gate/index.js'
import { registerModelCommand } from './register-model/index.js'
import { trainCommand } from './train/index.js'
import { validateCommand } from './data-validate/index.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand]

export { evaluateGateCommand, registerModelCommand, trainCommand, validateCommand }
