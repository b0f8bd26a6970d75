import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { repoPath, repoRoot } from '../helpers/repo.js'

// The docs script renders from build/, which the global setup compiles from the current sources.

it('action.yml files and README tables match the command definitions (run npm run build)', () => {
  const run = spawnSync(process.execPath, [repoPath('.github', 'scripts', 'docs.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf8' })
  expect(run.status, run.stdout + run.stderr).toBe(0)
})
