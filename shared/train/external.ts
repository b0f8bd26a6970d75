import { spawn } from 'node:child_process'
import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'

/** Lines of the command's output quoted when it fails. */
export const TAIL_LINES = 20

export interface ExternalTrainer {
  command: string
  cwd: string
  env: Record<string, string>
  log: Logger
}

/** Runs the user's training command through bash, streaming its output live; fails with its last lines. */
export function runExternalTrainer({ command, cwd, env, log }: ExternalTrainer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const tail: string[] = []
    const relay = (stream: NodeJS.ReadableStream) => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        pending += chunk
        const lines = pending.split('\n')
        pending = lines.pop()!
        for (const line of lines) emit(line)
      })
      stream.on('end', () => pending && emit(pending))
    }
    const emit = (line: string) => {
      log.info(line)
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
    }
    relay(child.stdout)
    relay(child.stderr)
    child.on('error', (error) => reject(new UserError(`Input 'command': cannot start bash (${error.message}).`)))
    child.on('close', (code, signal) => {
      if (code === 0) return resolve()
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
      const last = tail.length > 0 ? ` Its last lines:\n${tail.join('\n')}` : ' It printed nothing.'
      reject(new UserError(`Input 'command': '${command}' ${how}.${last}`))
    })
  })
}
