import { isAbsolute, relative } from 'node:path'
import * as core from '@actions/core'
import { capSummary } from '../report/cap.js'
import type { Command } from './command.js'
import { executeCommand } from './command.js'
import { hostContext } from './host.js'
import type { CommandIO } from './io.js'
import { throttledProgress, type Progress } from '../progress/index.js'

/** GitHub keeps at most this many annotations of each severity per step; the failure reason counts as one. */
const ANNOTATIONS_PER_SEVERITY = 10

export function githubIO(): CommandIO {
  const shown = { error: 0, warning: 0, notice: 0 }
  return {
    inputs: { get: (name) => core.getInput(name) },
    setOutput: (name, value) => core.setOutput(name, value),
    info: (message) => core.info(message),
    warning: (message) => (shown.warning++ < ANNOTATIONS_PER_SEVERITY ? core.warning(message) : core.info(`warning: ${message}`)),
    group: (title, body) => core.group(title, body),
    annotate(annotation) {
      if (shown[annotation.severity]++ >= ANNOTATIONS_PER_SEVERITY) return
      const properties = { title: annotation.title, file: workspaceRelative(annotation.file), startLine: annotation.line }
      if (annotation.severity === 'error') core.error(annotation.message, properties)
      else if (annotation.severity === 'warning') core.warning(annotation.message, properties)
      else core.notice(annotation.message, properties)
    },
    async writeSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(capSummary(markdown), true).write()
    },
    progress: githubProgress(),
    fail(message) {
      shown.error++
      core.setFailed(message)
    },
    host: hostContext(process.env),
  }
}

/** GitHub attaches annotations to paths relative to the workspace. */
function workspaceRelative(file: string | undefined): string | undefined {
  const workspace = process.env.GITHUB_WORKSPACE
  if (!file || !workspace || !isAbsolute(file)) return file
  const inside = relative(workspace, file)
  return inside.startsWith('..') ? file : inside
}

/** A plain log line every `intervalMs` at most: GitHub's log keeps every line, so a live line would flood it. */
export function githubProgress(intervalMs = 10_000, now?: () => number, write: (line: string) => void = (line) => core.info(line)): Progress {
  return (task) => throttledProgress(task, { write: (line) => write(line), intervalMs, now })
}

/** The whole body of an action's entry point. */
export async function runAction<O, R>(command: Command<O, R>): Promise<void> {
  await executeCommand(command, githubIO())
}
