import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as tf from '@tensorflow/tfjs'
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm'
import type { Logger } from '../log/index.js'
import { findRuntimeFiles } from '../fs/index.js'

export type BackendName = 'tensorflow' | 'wasm' | 'cpu'

/** The binaries tfjs-backend-wasm picks from: plain, SIMD, and threaded SIMD (browsers only). */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'] as const

// Kept in variables so bundlers neither inline nor try to bundle them.
const TFJS_NODE = '@tensorflow/tfjs-node'
const WASM_PACKAGE_DIST = join('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')

let chosen: Promise<BackendName> | undefined

/**
 * Picks the fastest backend there is, once per process: TensorFlow's native library when the
 * workflow installed @tensorflow/tfjs-node, else WebAssembly. 'cpu' (plain JavaScript, far
 * slower) only when WebAssembly fails to start, with a warning.
 */
export function initBackend(log?: Logger): Promise<BackendName> {
  chosen ??= chooseBackend(log)
  return chosen
}

async function chooseBackend(log?: Logger): Promise<BackendName> {
  if (await tryTfjsNode(log)) return 'tensorflow'
  const dir = wasmDirectory()
  try {
    if (!dir) throw new Error(`no ${WASM_FILES[0]} beside the program or in ${WASM_PACKAGE_DIST}`)
    // The prefix is joined to the file name as text, so it needs its trailing separator.
    setWasmPaths(`${dir}${sep}`)
    if (await withoutAddedProcessHandlers(() => withGlobalDirname(dir, () => tf.setBackend('wasm')))) {
      await tf.ready()
      return tf.getBackend() as BackendName
    }
    throw new Error('tf.setBackend("wasm") failed')
  } catch (error) {
    log?.warning(`TensorFlow.js WebAssembly backend unavailable (${(error as Error).message}); training on the much slower 'cpu' backend.`)
    await tf.setBackend('cpu')
    await tf.ready()
    return 'cpu'
  }
}

/** Where @tensorflow/tfjs-node resolves from the workflow's directory, if it is installed. */
export function findTfjsNode(cwd = process.cwd()): string | undefined {
  try {
    return createRequire(join(cwd, 'package.json')).resolve(TFJS_NODE)
  } catch {
    return undefined
  }
}

async function tryTfjsNode(log?: Logger): Promise<boolean> {
  const path = findTfjsNode()
  if (!path) return false
  try {
    // Every copy of tfjs-core shares one engine through globalThis, so the backend it
    // registers is visible to this copy too.
    createRequire(path)(path)
    if (await tf.setBackend('tensorflow')) {
      await tf.ready()
      return true
    }
  } catch (error) {
    log?.warning(`@tensorflow/tfjs-node is installed but failed to load (${(error as Error).message}); using WebAssembly.`)
  }
  return false
}

/** The folder holding the .wasm files: beside this code in the bundle (actions/dist, where every chunk sits), else the installed package. */
export function wasmDirectory(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  return findRuntimeFiles(from, WASM_PACKAGE_DIST, WASM_FILES)
}

/**
 * Emscripten's Node glue starts with `scriptDirectory = __dirname + "/"`. Bundled into an ES
 * module (as ncc bundles the actions) that CommonJS variable does not exist and start-up
 * throws a ReferenceError, so lend it a global __dirname while the backend starts. The
 * .wasm files are then found through setWasmPaths, not through that directory.
 */
async function withGlobalDirname<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const scope = globalThis as { __dirname?: string }
  if ('__dirname' in scope) return body()
  scope.__dirname = dir
  try {
    return await body()
  } finally {
    delete scope.__dirname
  }
}

/**
 * Emscripten's Node glue adds process-wide uncaughtException and unhandledRejection
 * handlers that rethrow, and never removes them. Drop them so the host's error handling
 * (the action runner, the CLI, vitest) stays in charge.
 */
async function withoutAddedProcessHandlers<T>(body: () => Promise<T>): Promise<T> {
  const exceptions = new Set(process.listeners('uncaughtException'))
  const rejections = new Set(process.listeners('unhandledRejection'))
  try {
    return await body()
  } finally {
    for (const listener of process.listeners('uncaughtException')) if (!exceptions.has(listener)) process.removeListener('uncaughtException', listener)
    for (const listener of process.listeners('unhandledRejection')) if (!rejections.has(listener)) process.removeListener('unhandledRejection', listener)
  }
}

/** Threads XNNPACK uses: always 1 in Node, where only the single-threaded builds load. */
export function wasmThreads(): number {
  return tf.getBackend() === 'wasm' ? getThreadsCount() : 0
}

/** The TensorFlow.js release bundled, for model metadata. */
export function tfVersion(): string {
  return tf.version.tfjs
}
