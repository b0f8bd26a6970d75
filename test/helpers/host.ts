import type { Command } from '../../shared/runtime/command.js'
import { executeCommand } from '../../shared/runtime/command.js'
import { mapSource } from '../../shared/inputs/index.js'
import { noProgress } from '../../shared/progress/index.js'
import { hostContext, type Environment } from '../../shared/runtime/host.js'
import type { Annotation, CommandIO } from '../../shared/runtime/io.js'

/**
 * Runs a command against a recording host, as the action and the CLI do. The host's
 * environment is `env` alone, not the test's, so that a run in CI sees what it sees locally.
 */
export async function runCommand<O, R>(command: Command<O, R>, inputs: Record<string, string | undefined>, env: Environment = {}) {
  const outputs: Record<string, string> = {}
  const failures: string[] = []
  const annotations: Annotation[] = []
  const logs: string[] = []
  const groups: string[] = []
  let summary = ''
  const io: CommandIO = {
    inputs: mapSource(inputs),
    setOutput: (name, value) => void (outputs[name] = value),
    annotate: (annotation) => void annotations.push(annotation),
    writeSummary: async (markdown) => void (summary += markdown),
    fail: (message) => void failures.push(message),
    info: (message) => void logs.push(message),
    warning: (message) => void logs.push(`warning: ${message}`),
    group: (title, body) => {
      groups.push(title)
      return body()
    },
    host: hostContext(env),
    progress: noProgress,
  }
  const outcome = await executeCommand(command, io)
  return { outcome, outputs, failures, annotations, logs, groups, summary }
}
