import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tf from '@tensorflow/tfjs'
import { afterAll, describe, expect, it } from 'vitest'
import { findTfjsNode, initBackend, WASM_FILES, wasmDirectory, wasmThreads } from './backend.js'

const scratch = mkdtempSync(join(tmpdir(), 'model-backend-'))

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('initBackend', () => {
  it('starts the WebAssembly backend once, without leaving process-wide error handlers', async () => {
    const handlers = process.listeners('unhandledRejection').length + process.listeners('uncaughtException').length
    expect(await initBackend()).toBe('wasm')
    expect(await initBackend()).toBe('wasm')
    expect(tf.getBackend()).toBe('wasm')
    expect(process.listeners('unhandledRejection').length + process.listeners('uncaughtException').length).toBe(handlers)
    expect(tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]])).dataSync()[0]).toBe(11)
    // Only the single-threaded builds load in Node.
    expect(wasmThreads()).toBe(1)
  })
})

describe('wasmDirectory', () => {
  it('prefers .wasm files beside the code, as in an action bundle', () => {
    const dist = join(scratch, 'dist')
    mkdirSync(dist)
    for (const file of WASM_FILES) writeFileSync(join(dist, file), '')
    expect(wasmDirectory(dist)).toBe(dist)
  })

  it('else finds the installed package, walking up like Node resolution', () => {
    expect(wasmDirectory(join(process.cwd(), 'shared', 'model'))).toBe(join(process.cwd(), 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist'))
    expect(wasmDirectory(scratch)).toBeUndefined()
  })
})

describe('findTfjsNode', () => {
  it('resolves @tensorflow/tfjs-node from the workflow directory only when installed there', () => {
    expect(findTfjsNode(scratch)).toBeUndefined()
    const pkg = join(scratch, 'node_modules', '@tensorflow', 'tfjs-node')
    mkdirSync(pkg, { recursive: true })
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@tensorflow/tfjs-node', main: 'index.js' }))
    writeFileSync(join(pkg, 'index.js'), '')
    expect(findTfjsNode(scratch)).toBe(join(pkg, 'index.js'))
  })
})
