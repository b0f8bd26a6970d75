import { describe, expect, it } from 'vitest'
import { validateCommand } from '../commands/data-validate/index.js'
import { runCommand } from '../../test/helpers/host.js'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hostContext } from './host.js'

describe('the host context', () => {
  it('reads the run, the commit and the thread count from the environment it is given', () => {
    const host = hostContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/churn',
      GITHUB_RUN_ID: '42',
      GITHUB_SHA: 'abc',
      GITHUB_TOKEN: 't',
      MLOPS_THREADS: '3',
    })
    expect(host).toMatchObject({ inActions: true, runUrl: 'https://github.com/acme/churn/actions/runs/42', commit: 'abc', token: 't', threads: 3, artifactRuntime: false })
    expect(host.github.repository).toBe('acme/churn')
  })

  it('leaves the thread count to the machine when MLOPS_THREADS is not a positive integer', () => {
    for (const value of ['0', '-2', '1.5', 'two', '']) expect(hostContext({ MLOPS_THREADS: value }).threads).toBeUndefined()
  })

  it('is what a command sees: the report links the run of the host, not of the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-host-'))
    writeFileSync(join(dir, 'data.csv'), 'a\n1\n')
    const report = join(dir, 'report.json')
    const env = { GITHUB_SERVER_URL: 'https://example.test', GITHUB_REPOSITORY: 'acme/churn', GITHUB_RUN_ID: '7' }
    await runCommand(validateCommand, { data: join(dir, 'data.csv'), report }, env)
    expect(JSON.parse(readFileSync(report, 'utf8')).run).toBe('https://example.test/acme/churn/actions/runs/7')
    await runCommand(validateCommand, { data: join(dir, 'data.csv'), report })
    expect(JSON.parse(readFileSync(report, 'utf8')).run).toBeNull()
  })
})
