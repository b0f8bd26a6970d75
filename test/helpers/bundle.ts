import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoPath } from './repo.js'

/**
 * Bundles the compiled build/ (fresh from the sources: the test setup compiles them) as
 * `npm run build` does, but into `dist` instead of actions/dist.
 */
export function buildBundleInto(dist: string): void {
  try {
    execFileSync(process.execPath, [repoPath('.github', 'scripts', 'bundle.mjs'), '--out', dist], { cwd: repoPath(), encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`bundling failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}

/** Relative paths of the files that differ, or exist on one side only. */
export function diffDirectories(expected: string, actual: string): string[] {
  const left = listFiles(expected)
  const right = listFiles(actual)
  const differing: string[] = []
  for (const path of new Set([...left, ...right])) {
    if (!left.includes(path)) differing.push(`${path} (only in the fresh build)`)
    else if (!right.includes(path)) differing.push(`${path} (not in the fresh build)`)
    else if (!readFileSync(join(expected, path)).equals(readFileSync(join(actual, path)))) differing.push(path)
  }
  return differing.sort()
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path)]
  })
}
