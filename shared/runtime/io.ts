import type { InputSource } from '../inputs/index.js'

export interface Annotation {
  severity: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
}

export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** A collapsible section in GitHub's log; indented text elsewhere. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>
}

/** Every effect a command has on its host: GitHub Actions, the CLI, or a test. */
export interface CommandIO extends Logger {
  inputs: InputSource
  setOutput(name: string, value: string): void
  annotate(annotation: Annotation): void
  writeSummary(markdown: string): Promise<void>
  /** Marks the run failed with a one-line reason. */
  fail(message: string): void
}
