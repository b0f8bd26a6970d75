import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** What a package.json keeps in the published package: the bundle needs no dependency at run time. */
const PUBLISHED_KEYS = ['name', 'version', 'description', 'license', 'type', 'engines', 'bin', 'files', 'repository', 'homepage', 'keywords']

/**
 * Packs the package as it is published: the files package.json lists, with a package.json that
 * declares no dependencies and no scripts, since the CLI is the self-contained bundle. Installing
 * the tarball then downloads nothing, and works offline. Returns the tarball's path in `destination`.
 */
export function packRuntimePackage(root: string, destination: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & { files: string[] }
  const staging = mkdtempSync(join(destination, 'mlops-pack-'))
  try {
    for (const entry of [...manifest.files, 'README.md', 'LICENSE']) cpSync(join(root, entry), join(staging, entry), { recursive: true })
    const published = Object.fromEntries(PUBLISHED_KEYS.filter((key) => key in manifest).map((key) => [key, manifest[key]]))
    writeFileSync(join(staging, 'package.json'), JSON.stringify(published, null, 2) + '\n')
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: staging, encoding: 'utf8' })) as { filename: string }[]
    return join(destination, packed!.filename)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
