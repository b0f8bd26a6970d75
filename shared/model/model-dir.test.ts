import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { isModelDir, loadModelDir, MODEL_DIR_FILES, readModelMetadata } from './index.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A fresh folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-model-dir-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const MODEL = { format: 'mlops-actions/model', version: 1, task: 'classification', target: 'y' }

describe('the model directory', () => {
  it('refuses a flavor this version does not know, naming the file and the input', async () => {
    const dir = folder({ [MODEL_DIR_FILES.manifest]: 'version: 1\nflavor: pmml\ntask: regression\ntarget: y\ninputs: [{name: x, type: number}]\n' })
    const message = `Input 'baseline': '${join(dir, 'manifest.yaml')}': flavor: must be one of tfjs, onnx, command.`
    await expect(loadModelDir(dir, 'baseline')).rejects.toThrow(UserError)
    await expect(loadModelDir(dir, 'baseline')).rejects.toThrow(message)
  })

  it('reads metadata.json, or nothing when there is none; invalid JSON names the file', () => {
    expect(readModelMetadata(folder({ [MODEL_DIR_FILES.metadata]: JSON.stringify(MODEL) }), 'model-dir')).toEqual(MODEL)
    expect(readModelMetadata(folder({}), 'model-dir')).toBeUndefined()
    const broken = folder({ [MODEL_DIR_FILES.metadata]: '{"format": ' })
    expect(() => readModelMetadata(broken, 'model-dir')).toThrow(`Input 'model-dir': '${join(broken, 'metadata.json')}' is not valid JSON.`)
    expect(isModelDir(broken)).toBe(false)
    expect(isModelDir(folder({ [MODEL_DIR_FILES.metadata]: JSON.stringify(MODEL) }))).toBe(true)
  })

  it('loads no TensorFlow.js until the built-in trainer or a tfjs model is loaded', () => {
    // The compiled module (npx tsc -p .) in a fresh process: tfjs-core registers its engine on globalThis as it loads.
    const index = resolve('build/shared/model/index.js')
    const script = [
      `const model = await import(${JSON.stringify(index)})`,
      'const before = typeof globalThis._tfengine',
      'await model.loadBuiltInTrainer()',
      'console.log(before, typeof globalThis._tfengine, Object.keys(model.MODEL_FLAVORS).join())',
    ].join('\n')
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()).toBe('undefined object tfjs,onnx,command')
  })
})
