import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from '../helpers/repo.js'
import { lintWorkflow } from '../helpers/runner/lint.js'
import { loadWorkflow } from '../helpers/runner/workflow-file.js'

const CALLERS = readdirSync(repoPath('examples', '.github', 'workflows'))
let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mlops-e2e-typos-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Copies of examples/ and of this repository's workflows, with one replacement made in `file`. */
function withChange(file: string, from: string, to: string): { callers: string; own: string } {
  const dir = mkdtempSync(join(scratch, 'copy-'))
  const callers = join(dir, 'examples')
  const own = join(dir, 'own')
  cpSync(repoPath('examples'), callers, { recursive: true })
  cpSync(repoPath('.github', 'workflows'), join(own, '.github', 'workflows'), { recursive: true })
  const path = file.startsWith('examples/') ? join(callers, file.slice('examples/'.length)) : join(own, file)
  const text = readFileSync(path, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} has no '${from}'`)
  writeFileSync(path, text.replace(from, to))
  return { callers, own }
}

describe('the reusable workflows and the examples that call them', () => {
  it.each(CALLERS)('examples/.github/workflows/%s reads only names that exist, in it and in the workflow it calls', (caller) => {
    expect(() => lintWorkflow(loadWorkflow(repoPath('examples', '.github', 'workflows', caller)), repoPath())).not.toThrow()
  })

  const typos = [
    { file: '.github/workflows/mlops-pr.yml', from: 'needs.sweep.outputs.matrix', to: 'needs.sweep.outputs.matrx', caller: 'mlops-pr.yml', message: /mlops-pr\.yml: job 'train': needs\.sweep\.outputs\.matrx: job 'sweep' has no output 'matrx'/ },
    { file: '.github/workflows/mlops-pr.yml', from: 'steps.gate.outputs.selected', to: 'steps.gate.outputs.selection', caller: 'mlops-pr.yml', message: /job 'gate' step '[^']+': steps\.gate\.outputs\.selection: step 'gate' has no output 'selection'/ },
    { file: '.github/workflows/mlops-release.yml', from: 'needs.register.outputs.version', to: 'needs.register.outputs.versions', caller: 'mlops-release.yml', message: /mlops-release\.yml: job 'staging' step '[^']+': needs\.register\.outputs\.versions: job 'register' has no output 'versions'/ },
    { file: '.github/workflows/mlops-release.yml', from: "inputs.reason == ''", to: "inputs.reasons == ''", caller: 'mlops-release.yml', message: /inputs\.reasons: the workflow declares no input 'reasons'/ },
    { file: '.github/workflows/mlops-pr.yml', from: 'value: ${{ jobs.gate.outputs.diff }}', to: 'value: ${{ jobs.gate.outputs.dif }}', caller: 'mlops-pr.yml', message: /on\.workflow_call\.outputs\.diff: jobs\.gate\.outputs\.dif: job 'gate' has no output 'dif'/ },
    { file: '.github/workflows/mlops-drift.yml', from: 'current: ${{ inputs.current }}', to: 'currnt: ${{ inputs.current }}', caller: 'mlops-drift.yml', message: /job 'monitor' step 'drift': actions\/monitor-drift has no input 'currnt'/ },
  ]

  it.each(typos)('a typo in $file ($to) fails with a message naming it', ({ file, from, to, caller, message }) => {
    const { callers, own } = withChange(file, from, to)
    expect(() => lintWorkflow(loadWorkflow(join(callers, '.github', 'workflows', caller)), own)).toThrow(message)
  })
})
