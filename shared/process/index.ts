import { spawn } from 'node:child_process'
import { UserError } from '../errors/index.js'

/** Lines of a command's output quoted when it fails. */
export const TAIL_LINES = 20

/** Seconds between SIGTERM and SIGKILL for a command past its time limit. */
const KILL_GRACE_SECONDS = 5

export interface UserCommand {
  /** A bash command line, the user's own. */
  command: string
  /** The input that gave the command, named in messages. */
  input: string
  /** What the command is, before it in messages: "the predict command of 'model/manifest.yaml': ". */
  role?: string
  cwd: string
  /** Added to the process environment. */
  env: Record<string, string>
  /** Each line the command prints on stdout or stderr, as it comes. */
  onLine?: (line: string) => void
  /** Ended, and reported as timed out, after this many seconds; no limit when absent. */
  timeoutSeconds?: number
  /** Where the limit is set, for the message: "'timeout-seconds' in manifest.yaml". */
  timeoutSetting?: string
}

/**
 * Runs a user's command through bash (`-eo pipefail`), in its own process group so that a time
 * limit ends everything it started. A failure is a UserError with the command's last lines.
 */
export function runUserCommand({ command, input, role = '', cwd, env, onLine, timeoutSeconds, timeoutSetting }: UserCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const tail: string[] = []
    let timedOut = false
    const emit = (line: string) => {
      onLine?.(line)
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
    }
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
    relay(child.stdout)
    relay(child.stderr)
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // Already gone.
      }
    }
    // The command's processes end with this one, even when it is interrupted.
    const onExit = () => killGroup('SIGKILL')
    process.once('exit', onExit)
    let timers: NodeJS.Timeout[] = []
    if (timeoutSeconds !== undefined) {
      timers.push(setTimeout(() => {
        timedOut = true
        killGroup('SIGTERM')
        timers.push(setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_SECONDS * 1000).unref())
      }, timeoutSeconds * 1000).unref())
    }
    child.on('error', (error) => reject(new UserError(`Input '${input}': cannot start bash (${error.message}).`)))
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout)
      timers = []
      process.removeListener('exit', onExit)
      if (code === 0 && !timedOut) return resolve()
      const how = timedOut
        ? `did not finish within ${timeoutSeconds} s${timeoutSetting ? ` (${timeoutSetting})` : ''} and was stopped`
        : signal ? `was killed by ${signal}` : `exited with code ${code}`
      const last = tail.length > 0 ? ` Its last lines:\n${tail.join('\n')}` : ' It printed nothing.'
      reject(new UserError(`Input '${input}': ${role}'${command}' ${how}.${last}`))
    })
  })
}
