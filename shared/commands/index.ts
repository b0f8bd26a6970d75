import type { Command } from '../runtime/command.js'
import { validateCommand } from './validate.js'

/** Every command, one per action. */
export const COMMANDS: readonly Command<any, any>[] = [validateCommand]

export { validateCommand }
