// Bundles every action from the compiled JavaScript in build/ into actions/<name>/dist with ncc.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const only = process.argv[2]
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const wasmDir = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']

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
  copyWasmBinaries(dist)
}

// A bundle with TensorFlow.js' WASM backend loads its .wasm files from its own folder
// (shared/model/backend.ts); ncc does not emit them, so they are copied, always all three.
// A dynamic import() lands in a chunk file of its own, hence every .js file is checked.
function copyWasmBinaries(dist) {
  const scripts = readdirSync(dist).filter((file) => file.endsWith('.js'))
  if (!scripts.some((file) => readFileSync(join(dist, file), 'utf8').includes(WASM_FILES[1]))) return
  for (const file of WASM_FILES) copyFileSync(join(wasmDir, file), join(dist, file))
}
