import type { Command } from '../runtime/command.js'
import { evaluateGateCommand } from './evaluate-gate.js'
import { trainCommand } from './train.js'
import { validateCommand } from './validate.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand, trainCommand, evaluateGateCommand]

export { evaluateGateCommand, trainCommand, validateCommand }
