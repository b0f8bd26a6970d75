import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { compileTypeScript, repoPath } from './repo.js'

/**
 * Builds every action as `npm run build` does, but inside `root` instead of the repository.
 *
 * ncc's module ids hash paths relative to the working directory, and they also change with where ncc
 * itself sits, so `root` copies the repository's layout: `build/` from tsc, `package.json` (its
 * `"type": "module"` makes ncc emit ESM), a real `node_modules/` with the production packages and
 * ncc (a symlink would resolve back into the repository), and the repository's own bundle script in
 * `.github/scripts/` so that its ncc flags are the ones used. The absolute path does not matter.
 * Returns the folder names of the actions that were built.
 */
export function buildActionsInto(root: string): string[] {
  compileTypeScript(join(root, 'build'))
  cpSync(repoPath('package.json'), join(root, 'package.json'))
  copyProductionDependencies(root)
  cpSync(repoPath('node_modules', '@vercel', 'ncc'), join(root, 'node_modules', '@vercel', 'ncc'), { recursive: true })
  mkdirSync(join(root, '.github', 'scripts'), { recursive: true })
  cpSync(repoPath('.github', 'scripts', 'bundle.mjs'), join(root, '.github', 'scripts', 'bundle.mjs'))
  const actions = readdirSync(repoPath('actions')).filter((name) => existsSync(join(root, 'build', 'actions', name, 'src', 'index.js')))
  for (const name of actions) mkdirSync(join(root, 'actions', name), { recursive: true })
  try {
    execFileSync(process.execPath, [join(root, '.github', 'scripts', 'bundle.mjs')], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`bundling failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
  return actions
}

/** What the bundles may contain: the non-dev packages of the lockfile. */
function copyProductionDependencies(root: string): void {
  const lock = JSON.parse(readFileSync(repoPath('package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev || entry.link) continue
    const source = repoPath(path)
    // Optional packages for other platforms are in the lockfile but not installed.
    if (existsSync(source)) cpSync(source, join(root, path), { recursive: true, filter: (from) => !from.startsWith(join(source, 'node_modules')) })
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
