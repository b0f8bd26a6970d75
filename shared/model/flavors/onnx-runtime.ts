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

let runtime: Promise<Ort> | undefined

/** onnxruntime-web, imported on the first ONNX model only, once per process. */
export function loadOnnxRuntime(): Promise<Ort> {
  runtime ??= importRuntime()
  return runtime
}

async function importRuntime(): Promise<Ort> {
  const ort = await import('onnxruntime-web')
  const dir = ortWasmDirectory()
  if (!dir) throw new Error(`no ${ORT_WASM_FILES[1]} beside the program or in ${ORT_PACKAGE_DIST}`)
  // A URL prefix: the glue is loaded with import(), which needs file URLs on Windows.
  ort.env.wasm.wasmPaths = pathToFileURL(dir).href + '/'
  // Threads would start workers from the glue's URL; one thread keeps scoring deterministic and
  // leaves the cores to the gate's own thread pool.
  ort.env.wasm.numThreads = 1
  ort.env.logLevel = 'error'
  return ort
}

/** The folder of the glue and binary: beside this code in the bundle (actions/dist, where every chunk sits), else the installed package. */
export function ortWasmDirectory(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  return findRuntimeFiles(from, ORT_PACKAGE_DIST, ORT_WASM_FILES)
}
