import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findRuntimeFiles } from '../../fs/index.js'

export type Ort = typeof import('onnxruntime-web')

/**
 * What onnxruntime-web loads at run time in Node: its Emscripten glue and the SIMD binary (the
 * JSEP, JSPI and asyncify builds serve browsers). The bundle ships both beside its chunks.
 */
export const ORT_WASM_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'] as const

// Kept in a variable so that bundlers neither inline nor follow it.
const ORT_PACKAGE_DIST = join('node_modules', 'onnxruntime-web', 'dist')

/** The native build, used instead when the workflow installed it (`npm install --ignore-scripts onnxruntime-node`). */
const ORT_NODE = 'onnxruntime-node'

/** ONNX Runtime as loaded: its API, and which build it is, for the record. */
export interface LoadedOnnxRuntime {
  readonly ort: Ort
  /** 'onnxruntime-node 1.23.2', or 'onnxruntime-web 1.31.1' with why the native one was not used. */
  readonly name: string
}

let runtime: Promise<LoadedOnnxRuntime> | undefined

/**
 * ONNX Runtime, imported on the first ONNX model only, once per process: onnxruntime-node when
 * it resolves from the working directory (as @tensorflow/tfjs-node does for training), else
 * the WebAssembly build the bundle ships. Both speak the same API (onnxruntime-common).
 */
export function loadOnnxRuntime(): Promise<LoadedOnnxRuntime> {
  runtime ??= importRuntime()
  return runtime
}

/** Where onnxruntime-node resolves from the workflow's directory, if it is installed. */
export function findOnnxRuntimeNode(cwd = process.cwd()): string | undefined {
  try {
    return createRequire(join(cwd, 'package.json')).resolve(ORT_NODE)
  } catch {
    return undefined
  }
}

async function importRuntime(): Promise<LoadedOnnxRuntime> {
  const native = findOnnxRuntimeNode()
  let fallback = ''
  if (native) {
    try {
      const ort = createRequire(native)(native) as Ort
      return { ort, name: `${ORT_NODE} ${ort.env.versions?.node ?? ort.env.versions?.common ?? ''}`.trim() }
    } catch (error) {
      fallback = ` (${ORT_NODE} is installed but failed to load: ${(error as Error).message.split('\n')[0]})`
    }
  }
  const ort = await import('onnxruntime-web')
  const dir = ortWasmDirectory()
  if (!dir) throw new Error(`no ${ORT_WASM_FILES[1]} beside the program or in ${ORT_PACKAGE_DIST}`)
  // A URL prefix: the glue is loaded with import(), which needs file URLs on Windows.
  ort.env.wasm.wasmPaths = pathToFileURL(dir).href + '/'
  // Threads would start workers from the glue's URL; one thread keeps scoring deterministic and
  // leaves the cores to the gate's own thread pool.
  ort.env.wasm.numThreads = 1
  ort.env.logLevel = 'error'
  return { ort, name: `onnxruntime-web ${ort.env.versions?.web ?? ort.env.versions?.common ?? ''}`.trim() + fallback }
}

/** The folder of the glue and binary: beside this code in the bundle (actions/dist, where every chunk sits), else the installed package. */
export function ortWasmDirectory(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  return findRuntimeFiles(from, ORT_PACKAGE_DIST, ORT_WASM_FILES)
}
