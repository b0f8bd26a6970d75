import type { Command } from '../runtime/command.js'
import { evaluateGateCommand } from './evaluate-gate.js'
import { registerModelCommand } from './register-model.js'
import { trainCommand } from './train.js'
import { validateCommand } from './validate.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand]

export { evaluateGateCommand, registerModelCommand, trainCommand, validateCommand }
