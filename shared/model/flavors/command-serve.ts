import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { UserError } from '../../errors/index.js'
import { TAIL_LINES } from '../../process/index.js'
import type { ServeProcess } from '../flavor.js'


export interface ServeOptions {
  command: string
  cwd: string
  env: Record<string, string>
  /** Names the command in messages: "the serve command of 'model/manifest.yaml'". */
  role: string
  input: string
  /** A request unanswered this long fails, and the process is stopped. */
  timeoutSeconds: number
}

/**
 * Starts the manifest's `command.serve`: a long-lived process that reads one JSON object per
 * line on stdin and writes one JSON object per line on stdout, in the order of the requests.
 * Anything on stderr is kept for messages. If it exits, answers something that is not a JSON
 * object, or takes longer than the time limit, every pending request fails with its last lines.
 */
export function startServeCommand(options: ServeOptions): ServeProcess {
  const child = spawn('bash', ['-eo', 'pipefail', '-c', options.command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true })
  const pending: { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }[] = []
  const tail: string[] = []
  let failure: UserError | undefined
  const remember = (line: string) => {
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const fail = (problem: string) => {
    failure ??= new UserError(`Input '${options.input}': ${options.role}, '${options.command}' ${problem}.${tail.length > 0 ? ` Its last lines:\n${tail.join('\n')}` : ''}`)
    for (const request of pending.splice(0)) {
      clearTimeout(request.timer)
      request.reject(failure)
    }
    stop()
  }
  createInterface({ input: child.stderr }).on('line', remember)
  createInterface({ input: child.stdout }).on('line', (line) => {
    const request = pending.shift()
    if (!request) return remember(line)
    clearTimeout(request.timer)
    let answer: unknown
    try {
      answer = JSON.parse(line)
    } catch {
      answer = undefined
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
      remember(line)
      request.reject(new UserError(`Input '${options.input}': ${options.role} answered with a line that is not a JSON object: ${JSON.stringify(line.slice(0, 200))}.`))
      return
    }
    request.resolve(answer as Record<string, unknown>)
  })
  const exited = new Promise<void>((resolve) => child.on('close', (code, signal) => {
    fail(signal ? `was killed by ${signal}` : `exited with code ${code}`)
    resolve()
  }))
  child.on('error', (error) => fail(`could not start (${error.message})`))
  child.stdin.on('error', () => {
    // An exit closes stdin too; the 'close' handler reports it.
  })
  process.once('exit', stop)
  return {
    predict(row) {
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => fail(`did not answer within ${options.timeoutSeconds} s and was stopped`), options.timeoutSeconds * 1000)
        pending.push({ resolve, reject, timer })
        child.stdin.write(`${JSON.stringify(row)}\n`)
      })
    },
    async close(graceSeconds = 5) {
      child.stdin.end()
      const timer = setTimeout(stop, graceSeconds * 1000)
      await exited
      clearTimeout(timer)
      process.removeListener('exit', stop)
    },
  }
}
