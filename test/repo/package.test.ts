import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { packRuntimePackage } from '../../shared/release/index.js'
import { repoPath, repoRoot } from '../helpers/repo.js'

const { version, bin } = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string; bin: Record<string, string> }
const npm = (args: string[], cwd = repoRoot) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the npm package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-pack-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('holds the bundled CLI with its WebAssembly files, the license and the README, and no sources', () => {
    const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[] }[]
    const files = packed!.files.map((file) => file.path)
    expect(files).toEqual(expect.arrayContaining([bin.mlops, 'actions/dist/tfjs-backend-wasm.wasm', 'actions/dist/ort-wasm-simd-threaded.wasm', 'actions/dist/package.json', 'LICENSE', 'README.md', 'CHANGELOG.md']))
    expect(files.filter((file) => !file.startsWith('actions/dist/') && !['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].includes(file))).toEqual([])
  })

  it('installs from its release tarball offline, with no dependency, and runs mlops', () => {
    const tarball = packRuntimePackage(repoRoot, dir)
    const published = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
    expect(published).not.toHaveProperty('dependencies')
    expect(published).not.toHaveProperty('scripts')
    const prefix = join(dir, 'global')
    npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], dir)
    const run = spawnSync(join(prefix, 'bin', 'mlops'), ['--version'], { cwd: dir, encoding: 'utf8' })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${version}\n`, ''])
  })
})

it('npx --no mlops runs the bundled CLI in a clone', () => {
  expect(npm(['exec', '--no', '--', 'mlops', '--version'])).toBe(`${version}\n`)
})
