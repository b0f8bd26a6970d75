import type { InputSource } from '../inputs/index.js'
import type { Logger } from '../log/index.js'
import type { ProgressChannel } from '../progress/index.js'
import type { HostContext } from './host.js'

export interface Annotation {
  severity: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
}

// Core modules import Logger from its leaf module; it is re-exported for the hosts.
export type { Logger } from '../log/index.js'

/** Every effect a command has on its host: GitHub Actions, the CLI, or a test. */
export interface CommandIO extends Logger, ProgressChannel {
  inputs: InputSource
  setOutput(name: string, value: string): void
  annotate(annotation: Annotation): void
  writeSummary(markdown: string): Promise<void>
  /** Marks the run failed with a one-line reason. */
  fail(message: string): void
  /** Where the command runs, read once from the host's environment. */
  host: HostContext
}
