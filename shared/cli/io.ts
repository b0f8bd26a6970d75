import type { InputSource } from '../inputs/index.js'
import { hostContext } from '../runtime/host.js'
import type { CommandIO } from '../runtime/io.js'
import { renderForTerminal, terminalProgress } from './terminal.js'

export interface CliState {
  outputs: Record<string, string>
  failure?: string
}

/** Logs to stderr; the summary, as terminal text, goes to stdout unless --json asks for the outputs alone. */
export function cliIO(inputs: InputSource, json: boolean, state: CliState): CommandIO {
  const err = (line: string) => process.stderr.write(line + '\n')
  let depth = 0
  const indent = () => '  '.repeat(depth)
  return {
    inputs,
    setOutput: (name, value) => (state.outputs[name] = value),
    info: (message) => err(indent() + message),
    warning: (message) => err(`${indent()}warning: ${message}`),
    async group(title, body) {
      err(indent() + title)
      depth++
      try {
        return await body()
      } finally {
        depth--
      }
    },
    annotate(annotation) {
      const where = annotation.file ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ''}: ` : ''
      err(`${where}${annotation.severity}: ${annotation.message}`)
    },
    async writeSummary(markdown) {
      if (!json) process.stdout.write(renderForTerminal(markdown) + '\n')
    },
    fail: (message) => (state.failure = message),
    progress: terminalProgress(process.stderr),
    host: hostContext(process.env),
  }
}
