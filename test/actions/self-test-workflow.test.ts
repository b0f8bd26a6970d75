import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath, repoRoot } from '../helpers/repo.js'
import { readWorkflow, runWorkflowJob } from '../helpers/workflow.js'

const WORKFLOW = repoPath('.github', 'workflows', 'data-validate-self-test.yml')
const LEFT_OUT = new Set(['.git', 'node_modules', 'build', 'scratch'])

describe('data-validate self-test workflow, run locally on the committed bundle', () => {
  let workspace: string

  // A copy of the repository, as actions/checkout would leave it, so that no step writes into the real one.
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'mlops-checkout-'))
    cpSync(repoRoot, workspace, { recursive: true, filter: (path) => !LEFT_OUT.has(relative(repoRoot, path).split('/')[0]) })
  })

  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it.each(Object.keys(readWorkflow(WORKFLOW).jobs))('job %s succeeds', async (job) => {
    const result = await runWorkflowJob(WORKFLOW, job, workspace)
    expect(result.conclusion, result.log).toBe('success')
    expect(result.steps.some((step) => step.name === 'validate' && step.outcome !== 'skipped')).toBe(true)
  })

  it('its failing job really fails the action step', async () => {
    const result = await runWorkflowJob(WORKFLOW, 'fails', workspace)
    expect(result.steps.find((step) => step.name === 'validate')?.outcome, result.log).toBe('failure')
  })
})
