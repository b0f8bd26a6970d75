// Bundles every action, the CLI and the thread entry from the compiled JavaScript in build/ into
// one folder, actions/dist: one small file per entry, code they share in chunks, heavy parts
// (TensorFlow.js, @actions/artifact) in chunks loaded only when a run needs them.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = new URL('../..', import.meta.url).pathname
// `--out DIR` builds elsewhere, so that a test can compare a fresh build with the committed one.
const outIndex = process.argv.indexOf('--out')
const dist = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'actions', 'dist')
const wasmDir = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']
// onnxruntime-web in Node: its Emscripten glue, imported at run time, and the SIMD binary (shared/model/flavors/onnx-runtime.ts).
const ortDir = join(root, 'node_modules', 'onnxruntime-web', 'dist')
const ORT_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']

const entryPoints = { mlops: join(root, 'build', 'shared', 'cli', 'bin.js'), worker: join(root, 'build', 'shared', 'runtime', 'worker.js') }
for (const name of readdirSync(join(root, 'actions'))) {
  const entry = join(root, 'build', 'actions', name, 'src', 'index.js')
  if (existsSync(entry)) entryPoints[name] = entry
}

rmSync(dist, { recursive: true, force: true })
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // CommonJS packages inside an ES module still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __mlopsCreateRequire } from 'node:module';\nconst require = __mlopsCreateRequire(import.meta.url);" },
})

assertProductionOnly(result.metafile)

// TensorFlow.js' WASM backend loads its binaries from the folder of the code (shared/model/backend.ts).
for (const file of WASM_FILES) copyFileSync(join(wasmDir, file), join(dist, file))
for (const file of ORT_FILES) copyFileSync(join(ortDir, file), join(dist, file))
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
writeFileSync(join(dist, 'licenses.txt'), licenses(result.metafile))

/** What the bundle may contain: the non-dev packages of the lockfile. */
function assertProductionOnly(metafile) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  const dev = Object.entries(lock.packages).filter(([path, entry]) => path && entry.dev).map(([path]) => path + '/')
  const bundled = Object.keys(metafile.inputs).filter((input) => dev.some((prefix) => input.startsWith(prefix)))
  if (bundled.length > 0) throw new Error(`the bundle includes development packages: ${bundled.slice(0, 5).join(', ')}`)
}

/** The license of every package with code in the bundle, as ncc's --license wrote them. */
function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match && !packages.has(match[1])) packages.set(match[1], join(root, match[1]))
  }
  const sections = []
  for (const dir of [...packages.values()].sort()) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find((name) => /^(licen[sc]e|copying)/i.test(name))
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
    sections.push(`${manifest.name}\n${manifest.license ?? ''}\n${text}`)
  }
  return sections.join('\n\n') + '\n'
}
