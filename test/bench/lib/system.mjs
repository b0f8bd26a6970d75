// Prerequisites: the built CLI, GNU time and the Python references (pandas, scikit-learn).
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

export const PYTHON = '/usr/bin/python3'
export const GNU_TIME = '/usr/bin/time'

/** Rebuilds with tsc when the CLI is missing or older than any source under shared/. */
export function ensureBuild(root, log) {
  const bin = join(root, 'build/shared/cli/bin.js')
  const newest = Math.max(newestMtime(join(root, 'shared')), statSync(join(root, 'tsconfig.json')).mtimeMs)
  if (existsSync(bin) && statSync(bin).mtimeMs >= newest) return bin
  log('Building the CLI (npx tsc -p .) ...')
  const result = spawnSync('npx', ['tsc', '-p', '.'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npx tsc -p . failed (exit ${result.status ?? result.signal}).`)
  if (!existsSync(bin)) throw new Error(`the build did not produce ${bin}.`)
  return bin
}

/**
 * Copies build/ into `dir` and returns the copy's CLI, so a rebuild of the working
 * tree during the benchmark cannot mix two versions of the code across runs.
 */
export function snapshotBuild(root, dir) {
  mkdirSync(dir, { recursive: true })
  cpSync(join(root, 'build'), join(dir, 'build'), { recursive: true })
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return join(dir, 'build/shared/cli/bin.js')
}

/** The commit measured, and whether shared/ had uncommitted changes. */
export function codeVersion(root) {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' })
  const head = git('rev-parse', '--short', 'HEAD')
  if (head.status !== 0) return { commit: null, dirty: null }
  return { commit: head.stdout.trim(), dirty: git('status', '--porcelain', '--', 'shared').stdout.trim() !== '' }
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** Returns the pandas version, or undefined (with the reason logged) when it cannot be had. */
export function ensurePandas(log) {
  return ensurePythonModule('pandas', 'python3-pandas', log)
}

/** Returns the scikit-learn version once pandas, which reads its CSV, is there too; or undefined, the reason logged. */
export function ensureSklearn(log) {
  const pandas = ensurePandas(log)
  return pandas && ensurePythonModule('sklearn', 'python3-sklearn', log)
}

function ensurePythonModule(module, pkg, log) {
  const check = () => spawnSync(PYTHON, ['-c', `import ${module}; print(${module}.__version__)`], { encoding: 'utf8' })
  let result = check()
  if (result.status === 0) return result.stdout.trim()
  log(`${module} is not importable by ${PYTHON}. Install it with: apt-get install -y ${pkg}`)
  if (!aptInstall(pkg, log)) return undefined
  result = check()
  return result.status === 0 ? result.stdout.trim() : undefined
}

/** True when GNU time is usable; otherwise peak RSS falls back to polling /proc. */
export function ensureGnuTime(log) {
  const works = () => spawnSync(GNU_TIME, ['-f', '%e %M', 'true'], { encoding: 'utf8' }).status === 0
  if (works()) return true
  log(`GNU time is not at ${GNU_TIME}. Install it with: apt-get install -y time`)
  return aptInstall('time', log) && works()
}

/** The curl version line when curl runs; otherwise tries to install it and returns undefined if it cannot. */
export function ensureCurl(log) {
  const version = () => spawnSync('curl', ['--version'], { encoding: 'utf8' })
  let result = version()
  if (result.status !== 0) {
    log('curl is not on the PATH. Install it with: apt-get install -y curl')
    if (!aptInstall('curl', log)) return undefined
    result = version()
  }
  return result.status === 0 ? result.stdout.split(' ').slice(0, 2).join(' ') : undefined
}

// Installs only as root, and in CI only when asked: MLOPS_BENCH_INSTALL=1 forces, =0 forbids.
let aptUpdated = false
function aptInstall(pkg, log) {
  const opted = process.env.MLOPS_BENCH_INSTALL
  const allowed = process.getuid?.() === 0 && opted !== '0' && (opted === '1' || !process.env.CI)
  if (!allowed) {
    log(`Not installing ${pkg} (needs root, and MLOPS_BENCH_INSTALL=1 when CI is set).`)
    return false
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (...args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0
  if (!aptUpdated) {
    log('Running apt-get update ...')
    aptUpdated = true
    if (!apt('update')) log('apt-get update failed; trying the install anyway.')
  }
  log(`Running apt-get install -y ${pkg} ...`)
  const ok = apt('install', '-y', pkg)
  if (!ok) log(`apt-get install ${pkg} failed.`)
  return ok
}
