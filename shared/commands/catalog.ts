import type { Command } from '../runtime/command.js'

/** A command's names, with its definition loaded on demand, so that the CLI loads only the command it runs. */
export interface CommandEntry {
  cli: string
  action?: string
  load: () => Promise<Command<any, any>>
}

/** Every command of COMMANDS, in the same order (a test holds them equal). */
export const COMMAND_CATALOG: readonly CommandEntry[] = [
  { cli: 'validate', action: 'data-validate', load: async () => (await import('./data-validate/index.js')).validateCommand },
  { cli: 'train', action: 'train', load: async () => (await import('./train/index.js')).trainCommand },
  { cli: 'gate', action: 'evaluate-gate', load: async () => (await import('./evaluate-gate/index.js')).evaluateGateCommand },
  { cli: 'register', action: 'register-model', load: async () => (await import('./register-model/index.js')).registerModelCommand },
  { cli: 'drift', action: 'monitor-drift', load: async () => (await import('./monitor-drift/index.js')).monitorDriftCommand },
  { cli: 'predict', action: 'predict', load: async () => (await import('./predict/index.js')).predictCommand },
  { cli: 'deploy', action: 'deploy-canary', load: async () => (await import('./deploy-canary/index.js')).deployCanaryCommand },
  { cli: 'comment', action: 'comment', load: async () => (await import('./comment/index.js')).commentCommand },
  { cli: 'gated-run', action: 'gated-run', load: async () => (await import('./gated-run/index.js')).gatedRunCommand },
  { cli: 'sweep', action: 'sweep', load: async () => (await import('./sweep/index.js')).sweepCommand },
]
