import type { Command } from '../runtime/command.js'
import { deployCanaryCommand } from './deploy-canary/index.js'
import { evaluateGateCommand } from './evaluate-gate/index.js'
import { monitorDriftCommand } from './monitor-drift/index.js'
import { predictCommand } from './predict/index.js'
import { registerModelCommand } from './register-model/index.js'
import { trainCommand } from './train/index.js'
import { validateCommand } from './data-validate/index.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand, monitorDriftCommand, predictCommand, deployCanaryCommand]

export { deployCanaryCommand, evaluateGateCommand, monitorDriftCommand, predictCommand, registerModelCommand, trainCommand, validateCommand }
