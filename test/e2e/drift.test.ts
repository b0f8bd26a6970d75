import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { scheduleEvent } from '../helpers/events.js'
import { MODEL, registerChampion, REPOSITORY, startLoop, type Loop } from './loop.js'

describe('the weekly drift check, through examples/.github/workflows/mlops-drift.yml', () => {
  let loop: Loop
  const issues = () => [...loop.github.state.repo(REPOSITORY)!.issues.values()].filter((issue) => !issue.pullRequest)

  beforeAll(async () => {
    loop = await startLoop()
    await registerChampion(loop)
    loop.github.state.workflows(REPOSITORY).add({ path: '.github/workflows/mlops-release.yml', name: 'Model release', inputs: { reason: { required: true }, 'run-url': {} } })
  }, 120_000)
  afterAll(async () => {
    expectFaithfulTraffic(loop.github)
    await loop.close()
  })

  it('on drifted data, opens one issue and dispatches the release workflow to retrain', async () => {
    const run = await loop.run('mlops-drift.yml', scheduleEvent('17 6 * * 1', REPOSITORY))
    const drift = run.job('drift / monitor').steps.find((step) => step.id === 'drift')!
    expect(drift.outputs.drifted, run.log).toBe('true')
    expect(issues().map((issue) => issue.state)).toEqual(['open'])
    expect(issues()[0]!.title).toContain(MODEL)
    const dispatches = loop.github.state.workflows(REPOSITORY).dispatches
    expect(dispatches.map((dispatch) => dispatch.path)).toEqual(['.github/workflows/mlops-release.yml'])
    expect(dispatches[0]!.inputs).toMatchObject({ reason: expect.stringMatching(/drift/i), 'run-url': expect.stringContaining(`/actions/runs/${run.runId}`) })
  }, 120_000)

  it('on data like the training data, closes that issue', async () => {
    loop.setWith('mlops-drift.yml', 'drift', { current: 'data/train.csv' })
    const run = await loop.run('mlops-drift.yml', scheduleEvent('17 6 * * 1', REPOSITORY))
    expect(run.job('drift / monitor').steps.find((step) => step.id === 'drift')!.outputs.drifted, run.log).toBe('false')
    expect(issues().map((issue) => issue.state)).toEqual(['closed'])
    expect(loop.github.state.workflows(REPOSITORY).dispatches).toHaveLength(1)
  }, 120_000)
})
