// The GitHub REST emulator (test/emulator) as a process of its own, so that its memory and CPU are
// not counted with those of the client measured against it.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Compiles test/emulator/server.ts and what it imports into `dir` (emit only: the tests type-check it)
 * and returns the compiled server module. node_modules is linked in, so that its imports resolve.
 */
export function buildEmulator(root, dir, log) {
  log('Compiling the emulator (tsc --noCheck) ...')
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  const args = [tsc, '--noCheck', '--outDir', dir, '--rootDir', root, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--resolveJsonModule', 'test/emulator/server.ts']
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
  const server = join(dir, 'test/emulator/server.js')
  if (result.status !== 0 || !existsSync(server)) throw new Error(`compiling the emulator failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`)
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return server
}

/**
 * Starts `launcher` (which prints one JSON line, the emulator's address) under `node` and resolves
 * { url, urls, token, pid, peakRssKb(), stop() }. `env` should point TMPDIR at the benchmark's own
 * directory, so that the asset files go where the benchmark cleans up.
 */
export function startEmulatorProcess(node, launcher, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [launcher, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env })
    let stdout = ''
    let stderr = ''
    let started = false
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4096)))
    child.on('error', (error) => reject(new Error(`cannot start the emulator: ${error.message}`)))
    child.on('exit', (status, signal) => {
      if (!started) reject(new Error(`the emulator exited (${status ?? signal}) before it listened:\n${stderr}`))
    })
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
      const newline = stdout.indexOf('\n')
      if (started || newline < 0) return
      started = true
      const address = JSON.parse(stdout.slice(0, newline))
      const exited = new Promise((done) => child.once('exit', done))
      resolve({
        ...address,
        pid: child.pid,
        peakRssKb: () => vmHwmKb(child.pid),
        stderr: () => stderr,
        // Closing its stdin asks it to close the servers and remove the asset files.
        stop: async () => {
          child.stdin.end()
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
          await exited
          clearTimeout(timer)
        },
      })
    })
  })
}

function vmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}
