// Cuts a release of the commit the workflow runs on: tag vX.Y.Z, the GitHub release with the CHANGELOG
// section as notes and the package's tarball (the bundle, no dependencies), then the major tag vX moved to it.
//   GITHUB_TOKEN=... GITHUB_REPOSITORY=o/r GITHUB_SHA=... node .github/scripts/release.mjs 1.2.3
// Runs on the compiled sources in build/ (`npm run build` compiles them).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createGitHubClient, splitRepository } from '../../build/shared/github/index.js'
import { describeError } from '../../build/shared/errors/index.js'
import { cutRelease, packRuntimePackage } from '../../build/shared/release/index.js'

const root = new URL('../..', import.meta.url).pathname
const env = process.env
const log = {
  info: (message) => console.log(message),
  warning: (message) => console.log(`::warning::${message}`),
  group: async (_title, body) => body(),
}

try {
  const requested = process.argv[2] ?? env.RELEASE_VERSION ?? ''
  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
  const destination = env.RUNNER_TEMP ?? root
  const pack = () => packRuntimePackage(root, destination)
  const client = createGitHubClient({ token: env.GITHUB_TOKEN ?? '', apiUrl: env.GITHUB_API_URL, log })
  const result = await cutRelease({ client, ...splitRepository(env.GITHUB_REPOSITORY ?? ''), sha: env.GITHUB_SHA ?? '', requested, packageVersion, changelog, pack, log })
  console.log(JSON.stringify(result))
} catch (error) {
  console.log(`::error::${describeError(error)}`)
  process.exit(1)
}
