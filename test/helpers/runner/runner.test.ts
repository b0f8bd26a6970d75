import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../events.js'
import { repoPath } from '../repo.js'
import { ArtifactStore, runWorkflow, type WorkflowRun } from './index.js'
import { OWN_REPOSITORY } from './workflow-file.js'

const FIXTURE = repoPath('test', 'fixtures', 'workflows')
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface'
let scratch: string
let github: Emulator

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'mlops-runner-test-'))
  github = await startEmulator({ selfCheck: true })
  github.state.addCommit(OWN_REPOSITORY, HEAD)
})
afterAll(async () => {
  await github.close()
  rmSync(scratch, { recursive: true, force: true })
})

/** A copy of the fixture repository whose workflow `file` a test may rewrite. */
function repository(edit?: { file: string; from: string | RegExp; to: string }): string {
  const dir = mkdtempSync(join(scratch, 'repo-'))
  cpSync(FIXTURE, dir, { recursive: true })
  if (edit) {
    const path = join(dir, '.github', 'workflows', edit.file)
    const text = readFileSync(path, 'utf8')
    const changed = text.replace(edit.from, edit.to)
    if (changed === text) throw new Error(`${edit.file} has no '${edit.from}'`)
    writeFileSync(path, changed)
  }
  return dir
}

function run(repo: string, event = pullRequestEvent({ number: 7, headSha: HEAD })): Promise<WorkflowRun> {
  return runWorkflow({
    workflow: join(repo, '.github', 'workflows', 'caller.yml'),
    event,
    github,
    checkout: repo,
    artifacts: new ArtifactStore(mkdtempSync(join(scratch, 'artifacts-'))),
    secrets: { DEPLOY_TOKEN: 'secret' },
  })
}

describe('a caller workflow and the reusable workflow it calls', () => {
  let result: WorkflowRun

  beforeAll(async () => {
    result = await run(repository())
  }, 120_000)

  it('succeeds, passing typed inputs in and outputs back out to a later job', () => {
    expect(result.conclusion, result.log).toBe('success')
    expect(result.job('after').result).toBe('success')
  })

  it('runs the jobs in needs order and a planned matrix leg by leg', () => {
    expect(result.jobs.map((job) => job.name)).toEqual(['call / plan', 'call / legs (leg-0, 1)', 'call / legs (leg-1, 2)', 'call / legs (leg-2, 3)', 'call / gather', 'call', 'after'])
    expect(result.job('call / legs (leg-2, 3)').matrix).toEqual({ name: 'leg-2', value: 3 })
  })

  it('records the environment as evaluated, and the token scopes a called job got', () => {
    expect(result.job('after').environment).toEqual({ name: 'staging', url: 'https://staging.example.com/6' })
    expect(result.job('call / gather').permissions).toMatchObject({ contents: 'read', issues: 'none' })
    expect(result.job('call / plan').permissions).toMatchObject({ contents: 'read', issues: 'none' })
  })

  it('records a Deployment of the run to the job\'s environment, in progress and then as the job ended, at the url evaluated', () => {
    const deployments = github.state.deployments(OWN_REPOSITORY).list()
    expect(deployments.map((deployment) => [deployment.environment, deployment.sha])).toEqual([['staging', HEAD]])
    expect(deployments[0]!.statuses.map((status) => [status.state, status.environmentUrl])).toEqual([
      ['in_progress', ''],
      ['success', 'https://staging.example.com/6'],
    ])
    expect(deployments[0]!.statuses.at(-1)!.logUrl).toBe(`${github.urls.server}/${OWN_REPOSITORY}/actions/runs/${result.runId}`)
  })

  it('runs this repository action from its bundle, with its outputs', () => {
    const validate = result.job('call / gather').steps.find((step) => step.id === 'validate')!
    expect(validate.outcome, validate.log).toBe('success')
    expect(validate.outputs.rows).toBe('30')
  })

  it('keeps a tolerated failure out of failure() and tells outcome from conclusion', () => {
    const steps = result.job('call / gather').steps
    expect(steps.find((step) => step.id === 'fails')).toMatchObject({ outcome: 'failure', conclusion: 'success' })
    expect(steps.at(-2)!.outcome).toBe('skipped')
    expect(steps.at(-1)!.summary).toBe('tolerated\n')
  })
})

describe('a mistake in a workflow fails the run with a message naming it', () => {
  const cases = [
    { what: "a step output that the action does not declare", file: 'reusable.yml', from: 'steps.validate.outputs.valid', to: 'steps.validate.outputs.vaild', message: /reusable\.yml: job 'gather' step 'sum': steps\.validate\.outputs\.vaild: step 'validate' has no output 'vaild'/ },
    { what: 'a step output read by index, found only as the run reaches it', file: 'reusable.yml', from: 'steps.validate.outputs.valid', to: "steps['validate'].outputs['vaild']", message: /job 'call \/ gather' step 'sum' env\.VALID: steps\.validate\.outputs\.vaild: step 'validate' has no output 'vaild'/ },
    { what: "a step output that the script never writes", file: 'reusable.yml', from: 'steps.plan.outputs.greeting', to: 'steps.plan.outputs.greting', message: /steps\.plan\.outputs\.greting: step 'plan' has no output 'greting'/ },
    { what: 'a step id that does not exist', file: 'reusable.yml', from: "steps.fails.outcome", to: 'steps.fail.outcome', message: /steps\.fail: job 'call \/ gather' has no step with id 'fail' \(ids: validate, sum, fails\)/ },
    { what: 'an input the action does not have', file: 'reusable.yml', from: 'schema: weather.schema.yml', to: 'shema: weather.schema.yml', message: /step 'validate': actions\/data-validate has no input 'shema'/ },
    { what: 'a job output that is not declared', file: 'caller.yml', from: 'needs.call.outputs.total }}\n', to: 'needs.call.outputs.totl }}\n', message: /caller\.yml: job 'after': needs\.call\.outputs\.totl: job 'call' has no output 'totl'/ },
    { what: 'a job that is not needed', file: 'caller.yml', from: 'needs.call.result', to: 'needs.cal.result', message: /job 'after' step 'Read the called workflow's outputs': needs\.cal: the job does not need 'cal' \(needs: call\)/ },
    { what: 'an input the reusable workflow does not declare', file: 'caller.yml', from: 'legs: 3', to: 'leg: 3', message: /with\.leg: \.github\/workflows\/reusable\.yml has no input 'leg' \(inputs: greeting, legs, strict\)/ },
    { what: 'a required input left out', file: 'caller.yml', from: /\n\s+greeting: hello.*/, to: '', message: /Input greeting is required, but not provided while calling \.github\/workflows\/reusable\.yml/ },
    { what: 'an input of the wrong type', file: 'caller.yml', from: 'strict: true', to: 'strict: yes please', message: /Input 'strict' is a boolean, not "yes please"/ },
    { what: 'an input read that is not declared', file: 'reusable.yml', from: 'inputs.legs }}', to: 'inputs.leg }}', message: /reusable\.yml: job 'plan' step 'plan': inputs\.leg: the workflow declares no input 'leg' \(inputs: greeting, legs, strict\)/ },
    { what: 'a secret the reusable workflow does not declare', file: 'caller.yml', from: 'token: ${{', to: 'tokn: ${{', message: /Invalid secret, tokn is not defined in the referenced workflow/ },
    { what: 'a workflow output naming a job output that does not exist', file: 'reusable.yml', from: 'jobs.gather.outputs.total', to: 'jobs.gather.outputs.sum', message: /jobs\.gather\.outputs\.sum: job 'gather' has no output 'sum'/ },
    { what: 'a called job asking for more than the caller grants', file: 'reusable.yml', from: 'contents: read', to: 'contents: write', message: /The nested job 'call \/ gather' is requesting 'contents: write', but is only allowed 'contents: read'\./ },
    { what: 'an action the runner does not know', file: 'reusable.yml', from: 'actions/checkout@v5', to: 'someone/checkout@v5', message: /the local runner cannot run 'someone\/checkout@v5'/ },
    { what: 'an action of this repository that does not exist', file: 'reusable.yml', from: './actions/data-validate', to: './actions/data-validation', message: /there is no action 'actions\/data-validation'/ },
  ]

  it.each(cases)('$what', async ({ file, from, to, message }) => {
    await expect(run(repository({ file, from, to }))).rejects.toThrow(message)
  })

  it('a workflow that does not run on the event', async () => {
    await expect(run(repository(), workflowRunEvent({ runId: 1, name: 'x', path: '.github/workflows/x.yml', headSha: 'feedfacefeedfacefeedfacefeedfacefeedface' }))).rejects.toThrow(
      /\.github\/workflows\/caller\.yml does not run on 'workflow_run' \(on: pull_request, push\)/,
    )
  })
})

describe('failures', () => {
  it('a failing step fails its job, skips the rest, and skips the jobs that need it', async () => {
    const deployments = github.state.deployments(OWN_REPOSITORY).list().length
    const result = await run(repository({ file: 'reusable.yml', from: 'test "$VALID" = true', to: 'test "$VALID" = false' }), pushEvent({ after: HEAD }))
    expect(result.conclusion).toBe('failure')
    expect(result.job('call / gather').steps.map((step) => step.outcome)).toEqual(['success', 'success', 'success', 'failure', 'skipped', 'success', 'skipped'])
    expect(result.job('after').result).toBe('skipped')
    // GitHub records no Deployment for a job that does not run.
    expect(github.state.deployments(OWN_REPOSITORY).list().length).toBe(deployments)
  })

  it('a failing job with an environment leaves its Deployment failed', async () => {
    const result = await run(repository({ file: 'caller.yml', from: 'test "$TOTAL" = 6', to: 'test "$TOTAL" = 7' }))
    expect(result.job('after').result).toBe('failure')
    const deployment = github.state.deployments(OWN_REPOSITORY).list()[0]!
    expect(deployment.environment).toBe('staging')
    expect(deployment.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure'])
  }, 120_000)
})
