import { execFileSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export const repoPath = (...parts: string[]): string => join(repoRoot, ...parts)

let node24: string | undefined

/** The Node 24 binary from the `node` devDependency: GitHub runs `using: node24` actions on it. */
export function node24Binary(): string {
  if (node24) return node24
  const binary = realpathSync(repoPath('node_modules', '.bin', 'node'))
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  if (!version.startsWith('v24')) throw new Error(`${binary} is Node ${version}; the actions need Node 24 (devDependency 'node@24').`)
  return (node24 = binary)
}

/** Compiles the repository's TypeScript with its tsconfig, optionally into another directory. */
export function compileTypeScript(outDir?: string): void {
  const tsc = repoPath('node_modules', 'typescript', 'bin', 'tsc')
  const args = [tsc, '-p', repoPath('tsconfig.json'), ...(outDir ? ['--outDir', outDir] : [])]
  try {
    execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`tsc failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}
