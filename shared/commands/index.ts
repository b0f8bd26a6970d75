import type { Command } from '../runtime/command.js'
import { commentCommand } from './comment/index.js'
import { deployCanaryCommand } from './deploy-canary/index.js'
import { evaluateGateCommand } from './evaluate-gate/index.js'
import { gatedRunCommand } from './gated-run/index.js'
import { monitorDriftCommand } from './monitor-drift/index.js'
import { predictCommand } from './predict/index.js'
import { registerModelCommand } from './register-model/index.js'
import { sweepCommand } from './sweep/index.js'
import { trainCommand } from './train/index.js'
import { validateCommand } from './data-validate/index.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand, monitorDriftCommand, predictCommand, deployCanaryCommand, commentCommand, gatedRunCommand, sweepCommand]

export { commentCommand, deployCanaryCommand, evaluateGateCommand, gatedRunCommand, monitorDriftCommand, predictCommand, registerModelCommand, sweepCommand, trainCommand, validateCommand }
