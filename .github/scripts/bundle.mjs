// Bundles every action from the compiled JavaScript in build/ into actions/<name>/dist with ncc.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const only = process.argv[2]
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

for (const name of readdirSync(join(root, 'actions'))) {
  if (only && name !== only) continue
  const entry = join(root, 'build', 'actions', name, 'src', 'index.js')
  if (!existsSync(entry)) continue
  const dist = join(root, 'actions', name, 'dist')
  rmSync(dist, { recursive: true, force: true })
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dist, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  })
}
