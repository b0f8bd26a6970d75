import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packDirectory } from '../../shared/registry/index.js'
import { mergePullRequest, seedPullRequest } from '../emulator/pulls.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { pushEvent, workflowDispatchEvent } from '../helpers/events.js'
import type { WorkflowRun } from '../helpers/runner/index.js'
import { ADMIN_TOKEN, MODEL, pullRequestRun, registerChampion, REPOSITORY, serveChampion, startLoop, type Loop, type ServedModel } from './loop.js'

const HEAD = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3'
const MERGE = 'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4'

describe('a merge to main, through examples/.github/workflows/mlops-release.yml', () => {
  let loop: Loop
  let pullRequest: WorkflowRun
  let release: WorkflowRun
  let traffic: Record<string, Record<string, number>>
  let servers: Record<string, ServedModel>

  beforeAll(async () => {
    loop = await startLoop()
    await registerChampion(loop)
    const number = seedPullRequest(loop.github.state, REPOSITORY, { head: HEAD }).number
    pullRequest = await pullRequestRun(loop, number, HEAD)
    if (pullRequest.conclusion !== 'success') throw new Error(`the pull request's run failed:\n${pullRequest.log}`)
    mergePullRequest(loop.github.state, REPOSITORY, number, MERGE)
    // As README.md says to once there are model servers; short canary steps for the test, from a
    // deploy config file in the repository, which the rollout jobs must check out to read.
    writeFileSync(join(loop.repo, 'mlops', 'deploy.yml'), 'steps: 50,100\ninterval: 2\n')
    loop.setWith(
      'mlops-release.yml',
      'release',
      {
        'deploy-target': 'server',
        'staging-server-url': '${{ vars.STAGING_SERVER_URL }}',
        'production-server-url': '${{ vars.PRODUCTION_SERVER_URL }}',
        'deploy-config': 'mlops/deploy.yml',
      },
      { MLOPS_ADMIN_TOKEN: '${{ secrets.MLOPS_ADMIN_TOKEN }}' },
    )
    servers = { staging: await serveChampion(loop), production: await serveChampion(loop) }
    try {
      release = await loop.run('mlops-release.yml', pushEvent({ after: MERGE, repository: REPOSITORY }), {
        vars: { STAGING_SERVER_URL: servers.staging!.url, PRODUCTION_SERVER_URL: servers.production!.url },
        secrets: { MLOPS_ADMIN_TOKEN: ADMIN_TOKEN },
      })
    } finally {
      traffic = { staging: await servers.staging!.stop(), production: await servers.production!.stop() }
    }
  }, 240_000)
  afterAll(async () => {
    expectFaithfulTraffic(loop.github)
    await loop.close()
  })

  it('registers, rolls out to staging, then production', () => {
    expect(release.jobs.map((job) => [job.name, job.result]), release.log).toEqual([
      ['release / register', 'success'],
      ['release / staging', 'success'],
      ['release / production', 'success'],
      ['release', 'success'],
    ])
    expect(release.job('release / staging').environment).toEqual({ name: 'staging', url: servers.staging!.url })
    expect(release.job('release / production').environment).toEqual({ name: 'production', url: servers.production!.url })
  })

  it('registers the exact model gated on the pull request, with the version it was compared with', () => {
    const register = release.job('release / register').steps.find((step) => step.id === 'register')!
    expect(register.outputs.version).toBe('2')
    const card = loop.github.state.releases(REPOSITORY).find((record) => record.tagName === `model/${MODEL}/v2`)
    expect(card?.body).toContain(`models:/${MODEL}/1`)
  })

  it("registers the bytes of the pull request run's artifact, found by its run id", async () => {
    const register = release.job('release / register').steps.find((step) => step.id === 'register')!
    const gated = join(loop.artifacts.path(pullRequest.runId, 'mlops-candidate'), 'model')
    const { digest } = await packDirectory(gated, join(loop.repo, 'gated.tar'))
    expect(register.outputs.digest).toBe(digest)
    const gatedRun = release.job('release / register').steps.find((step) => step.id === 'gated')!
    expect(gatedRun.outputs['run-id']).toBe(String(pullRequest.runId))
  })

  it('leaves one successful deployment per environment, of the merge commit, at its server', () => {
    const deployments = loop.github.state.deployments(REPOSITORY)
    for (const environment of ['staging', 'production']) {
      const recorded = deployments.list().filter((record) => record.environment === environment)
      expect(recorded.map((record) => [record.ref, record.sha]), environment).toEqual([['main', MERGE]])
      expect(deployments.states(recorded[0]!.id), environment).toEqual(['in_progress', 'success'])
      expect(recorded[0]!.statuses.at(-1)!.environmentUrl).toBe(servers[environment]!.url)
    }
  })

  it('rolls out in the steps of the deploy config file', () => {
    for (const job of ['release / staging', 'release / production']) {
      const deploy = release.job(job).steps.at(-1)!
      expect(deploy.summary, job).toMatch(/\b50 ?%/)
      expect(deploy.summary, job).not.toMatch(/\b10 ?%/)
    }
  })

  it('promotes the canary in both and moves champion to the new version', () => {
    expect(release.job('release / production').outputs.result).toBe('promoted')
    const refs = loop.github.state.refs(REPOSITORY, `tags/model/${MODEL}/`)
    const sha = (name: string) => refs.find((ref) => ref.ref === `refs/tags/model/${MODEL}/${name}`)?.sha
    expect(sha('v2')).toBeDefined()
    expect(sha('alias/champion')).toBe(sha('v2'))
    expect(sha('alias/staging')).toBe(sha('v2'))
  })

  it('was judged under traffic that the servers answered', () => {
    for (const counts of Object.values(traffic)) expect(counts['200'] ?? 0).toBeGreaterThan(20)
  })

  it('retrains when drift dispatches it: trains on the data, gates against the champion and registers what passes', async () => {
    loop.setWith('mlops-release.yml', 'release', { 'deploy-target': 'none' })
    const inputs = { reason: 'drift in temp_max', 'run-url': 'https://github.com/octo-org/weather/actions/runs/1' }
    const retrain = await loop.run('mlops-release.yml', workflowDispatchEvent('.github/workflows/mlops-release.yml', inputs, 'refs/heads/main', REPOSITORY))
    const steps = retrain.job('release / register').steps
    const ran = steps.filter((step) => step.outcome !== 'skipped').map((step) => step.name)
    expect(ran, retrain.log).toEqual([expect.stringMatching(/^actions\/checkout@/), expect.stringMatching(/\/actions\/data-validate@/), 'train', 'gate', 'register'])
    expect(retrain.conclusion).toBe('success')
    const version = steps.find((step) => step.id === 'register')!.outputs.version
    const card = loop.github.state.releases(REPOSITORY).find((record) => record.tagName === `model/${MODEL}/v${version}`)
    expect(card?.body).toContain(`models:/${MODEL}/2`)
    expect(card?.body).toContain('Retrained: drift in temp_max')
  }, 120_000)
})
