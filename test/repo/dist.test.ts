import { mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBundleInto, diffDirectories } from '../helpers/bundle.js'
import { repoPath } from '../helpers/repo.js'

describe('the committed bundle', () => {
  let root: string

  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'mlops-dist-')))
    buildBundleInto(join(root, 'dist'))
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('matches a fresh build of the sources (run npm run build and commit actions/dist)', () => {
    const stale = diffDirectories(repoPath('actions', 'dist'), join(root, 'dist')).map((file) => `actions/dist/${file}`)
    expect(stale, `out of date:\n${stale.join('\n')}`).toEqual([])
  })

  it('has one small entry per action and the thread entry, beside the chunks they share', () => {
    const actions = readdirSync(repoPath('actions')).filter((name) => name !== 'dist')
    for (const name of [...actions, 'worker']) expect(statSync(repoPath('actions', 'dist', `${name}.js`)).size).toBeLessThan(8_000)
    // The CLI's entry holds its own flag parsing and terminal rendering, which no action needs.
    expect(statSync(repoPath('actions', 'dist', 'mlops.js')).size).toBeLessThan(64_000)
  })
})
