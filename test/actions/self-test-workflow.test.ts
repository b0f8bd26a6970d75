import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath, repoRoot } from '../helpers/repo.js'
import { readWorkflow, runWorkflowJob } from '../helpers/workflow.js'

const LEFT_OUT = new Set(['.git', 'node_modules', 'build', 'scratch'])

/** Each self-test workflow, the step that runs the action under test, and the job whose action step must fail. */
const WORKFLOWS = [
  { file: 'data-validate-self-test.yml', step: 'validate', failing: 'fails' },
  { file: 'train-gate-self-test.yml', step: 'gate', failing: 'gate-fails' },
  { file: 'register-model-self-test.yml', step: 'register', failing: 'refuses' },
  { file: 'monitor-drift-self-test.yml', step: 'drift', failing: 'fails-on-drift' },
  { file: 'predict-self-test.yml', step: 'predict', failing: 'refuses' },
  { file: 'deploy-canary-self-test.yml', step: 'deploy', failing: 'refuses' },
]

let workspace: string

// A copy of the repository, as actions/checkout would leave it, so that no step writes into the real one.
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-checkout-'))
  cpSync(repoRoot, workspace, { recursive: true, filter: (path) => !LEFT_OUT.has(relative(repoRoot, path).split('/')[0]) })
})

afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe.each(WORKFLOWS)('$file, run locally on the committed bundles', ({ file, step, failing }) => {
  const workflow = repoPath('.github', 'workflows', file)

  it.each(Object.keys(readWorkflow(workflow).jobs))('job %s succeeds', async (job) => {
    const result = await runWorkflowJob(workflow, job, workspace)
    expect(result.conclusion, result.log).toBe('success')
    expect(result.steps.some((s) => s.name === step && s.outcome !== 'skipped')).toBe(true)
  })

  it('its failing job really fails the action step', async () => {
    const result = await runWorkflowJob(workflow, failing, workspace)
    expect(result.steps.find((s) => s.name === step)?.outcome, result.log).toBe('failure')
  })
})
